// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageActions.h"

#include <QUuid>
#include <QXmppMessage.h>
#include <QXmppMessageReaction.h>
#include <QXmppTask.h>

#include "Xep0424Retraction.h"
#include "account/Account.h"
#include "storage/MessageAmendments.h"
#include "storage/MessageStore.h"

namespace {
// The id others use for a message: its stanza id, or its origin-id.
QString referenceId(const Message &message)
{
    return message.messageId.isEmpty() ? message.originId : message.messageId;
}

QXmppMessage stanzaFor(Account *account, const Message &about)
{
    QXmppMessage stanza(account->client()->configuration().jid(), about.chatJid);
    stanza.setType(QXmppMessage::Chat);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    stanza.setId(id);
    stanza.setOriginId(id);
    return stanza;
}
} // namespace

MessageActions::MessageActions(
    MessageStore *messages, MessageAmendments *amendments, AccountLookup accounts, QObject *parent)
    : QObject(parent), m_messages(messages), m_amendments(amendments), m_accounts(std::move(accounts))
{ }

Account *MessageActions::sender(const Message &message)
{
    Account *account = m_accounts(message.account);
    if (!account || account->state() != Account::State::Connected) {
        Q_EMIT failed(tr("%1 is not connected; try again when it is.").arg(message.account));
        return nullptr;
    }
    return account;
}

QFuture<void> MessageActions::correct(qint64 rowId, const QString &text)
{
    return m_messages->messageByRowId(rowId).then(this, [this, text](const std::optional<Message> &original) {
        const QString body = text.trimmed();
        if (!original || !original->outgoing || original->retracted || body.isEmpty()) {
            return;
        }
        Account *account = sender(*original);
        if (!account) {
            return;
        }
        QXmppMessage stanza = stanzaFor(account, *original);
        stanza.setBody(body);
        stanza.setReplaceId(referenceId(*original));
        stanza.setMarkable(true);
        account->client()->send(std::move(stanza));
        Message correction = *original;
        correction.body = body;
        m_amendments->applyCorrection(correction, referenceId(*original));
    });
}

QFuture<void> MessageActions::retract(qint64 rowId)
{
    return m_messages->messageByRowId(rowId).then(this, [this](const std::optional<Message> &original) {
        if (!original || !original->outgoing || original->retracted) {
            return;
        }
        Account *account = sender(*original);
        if (!account) {
            return;
        }
        QXmppMessage stanza = stanzaFor(account, *original);
        Xep0424Retraction::setRetraction(stanza, referenceId(*original));
        account->client()->send(std::move(stanza));
        m_amendments->retract(original->account, original->sender, referenceId(*original));
    });
}

QFuture<void> MessageActions::toggleReaction(qint64 rowId, const QString &emoji)
{
    return m_messages->messageByRowId(rowId).then(this, [this, emoji](const std::optional<Message> &target) {
        if (!target || target->retracted || emoji.isEmpty()) {
            return;
        }
        Account *account = sender(*target);
        if (!account) {
            return;
        }
        // Our own current set: a reactions stanza always carries the complete set.
        const QStringList ours = target->ownReactions;
        QStringList next = ours;
        if (next.contains(emoji)) {
            next.removeAll(emoji);
        } else {
            next.append(emoji);
        }
        QXmppMessage stanza = stanzaFor(account, *target);
        QXmppMessageReaction reaction;
        reaction.setMessageId(referenceId(*target));
        reaction.setEmojis(QVector<QString>(next.cbegin(), next.cend()));
        stanza.setReaction(reaction);
        stanza.addHint(QXmppMessage::Store);
        account->client()->send(std::move(stanza));
        m_amendments->setReactions(
            target->account, target->chatJid, referenceId(*target), target->account, next);
    });
}
