// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include <QDateTime>
#include <QUuid>
#include <QXmppMessage.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppTask.h>

#include "Logging.h"
#include "account/Account.h"
#include "storage/MessageStore.h"

Outbox::Outbox(Account *account, MessageStore *store, QObject *parent)
    : QObject(parent), m_account(account), m_store(store)
{
    connect(account, &Account::stateChanged, this, [this](Account::State state) {
        if (state == Account::State::Connected) {
            resendPending();
        }
    });
    connect(account->receipts(), &QXmppMessageReceiptManager::messageDelivered, this,
        [this](const QString &, const QString &id) {
            m_store->setState(m_account->jid(), id, MessageState::Delivered);
        });
}

QFuture<std::optional<Message>> Outbox::sendText(const QString &chatJid, const QString &body,
    const QString &originId, const QString &replyToId, const QString &replyToJid)
{
    Message message;
    message.account = m_account->jid();
    message.chatJid = chatJid;
    message.sender = m_account->jid();
    message.outgoing = true;
    message.body = body;
    message.timestamp = QDateTime::currentMSecsSinceEpoch();
    message.originId = originId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : originId;
    message.messageId = message.originId;
    message.replyToId = replyToId;
    message.replyToJid = replyToJid;
    message.state = MessageState::Pending;
    // Committed before it goes on the wire: a crash from here on leaves a pending row to resend.
    return m_store->addMessage(message).then(this, [this](std::optional<Message> stored) {
        if (stored && m_account->state() == Account::State::Connected) {
            transmit(*stored);
        }
        return stored;
    });
}

void Outbox::resendPending()
{
    m_store->pendingMessages(m_account->jid()).then(this, [this](const QList<Message> &pending) {
        for (const Message &message : pending) {
            if (!m_inFlight.contains(message.originId)) {
                qCInfo(lcMessaging) << "resending pending message" << message.originId;
                transmit(message);
            }
        }
    });
}

void Outbox::transmit(const Message &message)
{
    QXmppMessage stanza(m_account->client()->configuration().jid(), message.chatJid, message.body);
    stanza.setType(QXmppMessage::Chat);
    stanza.setId(message.originId);
    stanza.setOriginId(message.originId);
    stanza.setReceiptRequested(true);
    stanza.setMarkable(true);
    stanza.setState(QXmppMessage::Active); // XEP-0085: a sent message ends "typing"
    if (!message.replyToId.isEmpty()) {
        stanza.setReply(QXmpp::Reply { message.replyToJid, message.replyToId });
    }
    m_inFlight.insert(message.originId);
    m_account->client()
        ->send(std::move(stanza))
        .then(this, [this, originId = message.originId](QXmpp::SendResult result) {
            if (std::holds_alternative<QXmpp::SendSuccess>(result)) {
                m_store->setState(m_account->jid(), originId, MessageState::Sent);
            } else {
                // Stays pending: the next connection sends it again with the same id.
                m_inFlight.remove(originId);
                qCInfo(lcMessaging) << "message" << originId
                                    << "not acknowledged:" << std::get<QXmppError>(result).description;
            }
        });
}
