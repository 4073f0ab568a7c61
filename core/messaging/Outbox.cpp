// SPDX-License-Identifier: GPL-3.0-or-later
#include "Outbox.h"

#include <QDateTime>
#include <QUuid>
#include <QXmppMessage.h>
#include <QXmppMessageReaction.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include "Logging.h"
#include "OutgoingErrorText.h"
#include "account/Account.h"
#include "capability/OutgoingChain.h"
#include "capability/OutgoingMessage.h"
#include "storage/MessageAmendments.h"
#include "storage/MessageStore.h"
#include "xmpp/Xep0424Retraction.h"

Outbox::Outbox(Account *account, MessageStore *store, MessageAmendments *amendments, OutgoingChain *chain,
    QObject *parent)
    : QObject(parent), m_account(account), m_store(store), m_amendments(amendments), m_chain(chain)
{
    connect(account, &Account::stateChanged, this, [this](Account::State state) {
        if (state == Account::State::Connected) {
            resendPending();
        }
    });
    // A bounce names our message by its id (which is also our origin-id); only the chat's own
    // address or its server may bounce it (checked in the store).
    connect(account, &Account::messageReceived, this, [this](const QXmppMessage &message) {
        if (message.type() != QXmppMessage::Error || message.id().isEmpty())
            return;
        const QString from = QXmppUtils::jidToBareJid(message.from());
        // A stage may know the bounce to be passing (a gateway that was down before we knew):
        // pending again, sent with the same id when the way is open, not failed.
        if (const QString reason = m_chain ? m_chain->bounceHoldReason(m_account->jid(), message) : QString();
            !reason.isEmpty()) {
            qCInfo(lcMessaging) << message.id() << "bounced by" << from << "and waits:" << reason;
            m_inFlight.remove(message.id());
            m_bounced.insert(message.id());
            m_store->markBounceHeld(m_account->jid(), from, message.id(), reason);
            return;
        }
        // A message to a bare address is not lost when one of its devices did not take it: that
        // is what recipient-unavailable says (XEP-0198, a session that ended with it unacked;
        // Prosody sends it when that session had not yet asked its archive, while the message
        // sits in the archive and reached the other devices). A whole address that takes nothing
        // answers service-unavailable. Marking it failed showed "not delivered" beside a message
        // the contact had, and a retry would have sent it twice.
        if (message.error().condition() == QXmppStanza::Error::RecipientUnavailable) {
            qCInfo(lcMessaging) << "one device of" << from << "did not take" << message.id()
                                << "(recipient-unavailable); the address has it";
            return;
        }
        m_store->markFailed(
            m_account->jid(), from, message.id(), OutgoingErrorText::describe(message.error(), from));
    });
    // A receipt names our message by its id too, and anyone can send one: only the chat the
    // message went to (its bare JID; our own account for a note to ourselves) may confirm it.
    connect(account->receipts(), &QXmppMessageReceiptManager::messageDelivered, this,
        [this](const QString &from, const QString &id) {
            m_store->markDelivered(m_account->jid(), QXmppUtils::jidToBareJid(from), id);
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

QFuture<void> Outbox::amend(OutgoingAmendment amendment)
{
    amendment.account = m_account->jid();
    if (amendment.originId.isEmpty()) {
        amendment.originId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    // Committed (with the local change) before it goes on the wire, as messages are.
    return m_amendments->applyOwn(amendment).then(this, [this, amendment] {
        if (m_account->state() == Account::State::Connected) {
            transmit(amendment);
        }
    });
}

void Outbox::retry(const QString &originId)
{
    // Sent (and bounced) before in this process: allowed once more because it was asked for.
    m_inFlight.remove(originId);
    resendPending();
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
        // After the messages: a correction of a message still in the outbox must not overtake it.
        m_amendments->pendingOwn(m_account->jid())
            .then(this, [this](const QList<OutgoingAmendment> &amendments) {
                for (const OutgoingAmendment &amendment : amendments) {
                    if (!m_inFlight.contains(amendment.originId)
                        && m_account->state() == Account::State::Connected) {
                        qCInfo(lcMessaging) << "resending pending amendment" << amendment.originId;
                        transmit(amendment);
                    }
                }
            });
    });
}

std::shared_ptr<OutgoingMessage> Outbox::compose(int kind, const QString &chatJid, const QString &id) const
{
    auto out = std::make_shared<OutgoingMessage>();
    out->kind = OutgoingMessage::Kind(kind);
    out->account = m_account->jid();
    out->chatJid = chatJid;
    out->stanza = QXmppMessage(m_account->client()->configuration().jid(), chatJid);
    out->stanza.setType(QXmppMessage::Chat);
    if (!id.isEmpty()) {
        out->stanza.setId(id);
        out->stanza.setOriginId(id);
    }
    return out;
}

std::shared_ptr<OutgoingMessage> Outbox::compose(const Message &message) const
{
    auto out = compose(int(OutgoingMessage::Kind::Message), message.chatJid, message.originId);
    out->message = message;
    out->stanza.setBody(message.body);
    if (!message.replyToId.isEmpty()) {
        out->stanza.setReply(QXmpp::Reply { message.replyToJid, message.replyToId });
    }
    return out;
}

void Outbox::transmit(const Message &message)
{
    route(compose(message), [this, originId = message.originId] {
        m_store->setState(m_account->jid(), originId, MessageState::Sent);
    });
}

void Outbox::transmit(const OutgoingAmendment &amendment)
{
    using Kind = OutgoingMessage::Kind;
    const Kind kind = amendment.kind == OutgoingAmendment::Kind::Correction ? Kind::Correction
        : amendment.kind == OutgoingAmendment::Kind::Retraction             ? Kind::Retraction
                                                                            : Kind::Reaction;
    auto out = compose(int(kind), amendment.chatJid, amendment.originId);
    QXmppMessage &stanza = out->stanza;
    switch (amendment.kind) {
    case OutgoingAmendment::Kind::Correction:
        stanza.setBody(amendment.body);
        stanza.setReplaceId(amendment.targetId);
        break;
    case OutgoingAmendment::Kind::Retraction:
        Xep0424Retraction::setRetraction(stanza, amendment.targetId);
        break;
    case OutgoingAmendment::Kind::Reaction: {
        QXmppMessageReaction reaction;
        reaction.setMessageId(amendment.targetId);
        reaction.setEmojis(QVector<QString>(amendment.emojis.cbegin(), amendment.emojis.cend()));
        stanza.setReaction(reaction);
        stanza.addHint(QXmppMessage::Store);
        break;
    }
    }
    route(out,
        [this, originId = amendment.originId] { m_amendments->markOwnSent(m_account->jid(), originId); });
}

void Outbox::route(std::shared_ptr<OutgoingMessage> message, std::function<void()> acked)
{
    const bool stored = message->isStored();
    const QString originId = message->stanza.originId();
    if (stored) {
        m_inFlight.insert(originId); // also while the chain prepares it: never twice at once
    }
    auto send = [this, message, stored, originId, acked = std::move(acked)](OutgoingVerdict verdict) {
        // The reason a stage holds our message is kept with its row (the chat shows it, also
        // after a restart) until a later attempt passes.
        if (message->kind == OutgoingMessage::Kind::Message) {
            if (verdict == OutgoingVerdict::Hold) {
                m_store->setHoldReason(m_account->jid(), originId, message->holdReason);
            } else if (verdict == OutgoingVerdict::Send && !message->message.holdReason.isEmpty()) {
                m_store->setHoldReason(m_account->jid(), originId, {});
            }
        }
        if (verdict != OutgoingVerdict::Send || m_account->state() != Account::State::Connected) {
            // Stays pending (a stored kind): the next attempt passes the chain again, same id.
            m_inFlight.remove(originId);
            return;
        }
        m_bounced.remove(originId);
        for (QXmppMessage &copy : message->before) {
            m_account->client()->send(std::move(copy));
        }
        QXmppTask<QXmpp::SendResult> sent = m_account->client()->send(std::move(message->stanza));
        if (!stored) {
            return;
        }
        sent.then(this, [this, originId, acked](QXmpp::SendResult result) {
            // The server's ack of an attempt that bounced (the bounce can come first) is no
            // "sent": the message waits again.
            if (m_bounced.contains(originId)) {
                return;
            }
            if (std::holds_alternative<QXmpp::SendSuccess>(result)) {
                acked();
            } else {
                // Stays pending: the next connection sends it again with the same id.
                m_inFlight.remove(originId);
                qCInfo(lcMessaging) << "stanza" << originId
                                    << "not acknowledged:" << std::get<QXmppError>(result).description;
            }
        });
    };
    if (m_chain) {
        m_chain->prepare(message, std::move(send));
    } else {
        send(OutgoingVerdict::Send);
    }
}

bool Outbox::sendChatState(const QString &chatJid, int state)
{
    if (m_account->state() != Account::State::Connected) {
        return false;
    }
    auto out = compose(int(OutgoingMessage::Kind::ChatState), chatJid, {});
    out->stanza.setState(QXmppMessage::State(state));
    out->stanza.addHint(QXmppMessage::NoStore); // a passing state, not history
    route(out);
    return true;
}

bool Outbox::sendDisplayed(const QString &chatJid, const QString &messageId)
{
    if (m_account->state() != Account::State::Connected) {
        return false;
    }
    auto out = compose(int(OutgoingMessage::Kind::Displayed), chatJid, {});
    out->stanza.setMarker(QXmppMessage::Displayed);
    out->stanza.setMarkerId(messageId);
    out->stanza.addHint(QXmppMessage::Store);
    route(out);
    return true;
}
