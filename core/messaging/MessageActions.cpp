// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageActions.h"

#include <QCoreApplication>
#include <QPointer>

#include "Outbox.h"
#include "account/OversizedIdGuard.h"
#include "storage/MessageStore.h"
#include "storage/OutgoingAmendment.h"

namespace {
// The id others use for a message: its stanza id, or its origin-id.
QString referenceId(const Message &message)
{
    return message.messageId.isEmpty() ? message.originId : message.messageId;
}

OutgoingAmendment amendmentOf(const Message &about, OutgoingAmendment::Kind kind)
{
    OutgoingAmendment amendment;
    amendment.chatJid = about.chatJid;
    amendment.kind = kind;
    amendment.targetId = referenceId(about);
    return amendment;
}
} // namespace

MessageActions::MessageActions(MessageStore *messages, OutboxLookup outboxes, QObject *parent)
    : QObject(parent), m_messages(messages), m_outboxes(std::move(outboxes))
{ }

Outbox *MessageActions::outboxFor(const Message &message)
{
    Outbox *outbox = m_outboxes(message.account);
    if (!outbox) {
        Q_EMIT failed(tr("%1 is not set up on this computer any more.").arg(message.account));
    }
    return outbox;
}

void MessageActions::amend(Outbox *outbox, const OutgoingAmendment &amendment)
{
    outbox->amend(amendment).onFailed(this, [this](const std::exception &e) {
        Q_EMIT failed(tr("The change could not be saved: %1").arg(QString::fromUtf8(e.what())));
    });
}

void MessageActions::send(
    const QString &chatJid, const QString &text, const QString &accountJid, qint64 replyToRowId)
{
    const QString body = text.trimmed();
    Outbox *box = m_outboxes(accountJid);
    if (!box || body.isEmpty()) {
        return;
    }
    const auto send = [this, box = QPointer<Outbox>(box), chatJid, body](
                          const QString &replyToId, const QString &replyToJid) {
        if (!box)
            return;
        box->sendText(chatJid, body, {}, replyToId, replyToJid)
            .onFailed(this, [this](const std::exception &e) {
                Q_EMIT saveFailed(QCoreApplication::translate("Session", "The message could not be saved: %1")
                        .arg(QString::fromUtf8(e.what())));
                return std::optional<Message>();
            });
    };
    if (replyToRowId <= 0) {
        send({}, {});
        return;
    }
    m_messages->messageByRowId(replyToRowId).then(this, [send](const std::optional<Message> &original) {
        if (!original) {
            send({}, {});
            return;
        }
        send(referenceId(*original), original->sender);
    });
}

void MessageActions::retry(qint64 rowId)
{
    m_messages->messageByRowId(rowId).then(this, [this](const std::optional<Message> &message) {
        if (!message || !message->outgoing || message->state != MessageState::Failed)
            return;
        const QString account = message->account;
        const QString originId = message->originId;
        m_messages->setState(account, originId, MessageState::Pending).then(this, [this, account, originId] {
            if (Outbox *box = m_outboxes(account))
                box->retry(originId);
        });
    });
}

void MessageActions::markChatRead(qint64 chatId)
{
    m_messages->markChatRead(chatId);
    // Tell the peer (and our other devices, through carbons and the archive) what we have read.
    m_messages->readMarkerTarget(chatId).then(
        this, [this, chatId](const MessageStore::ReadMarkerTarget &target) {
            // Never an absurd id (rows stored before ids were capped): the marker repeats it.
            if (target.messageId.isEmpty() || !OversizedIdGuard::isEchoable(target.messageId)
                || m_lastReadMarker.value(chatId) == target.messageId) {
                return;
            }
            Outbox *box = m_outboxes(target.account);
            if (box && box->sendDisplayed(target.chatJid, target.messageId)) {
                m_lastReadMarker.insert(chatId, target.messageId);
            }
        });
}

QFuture<void> MessageActions::correct(qint64 rowId, const QString &text)
{
    return m_messages->messageByRowId(rowId).then(this, [this, text](const std::optional<Message> &original) {
        const QString body = text.trimmed();
        if (!original || !original->outgoing || original->retracted || body.isEmpty()) {
            return;
        }
        if (Outbox *outbox = outboxFor(*original)) {
            OutgoingAmendment correction = amendmentOf(*original, OutgoingAmendment::Kind::Correction);
            correction.body = body;
            amend(outbox, correction);
        }
    });
}

QFuture<void> MessageActions::retract(qint64 rowId)
{
    return m_messages->messageByRowId(rowId).then(this, [this](const std::optional<Message> &original) {
        if (!original || !original->outgoing || original->retracted) {
            return;
        }
        if (Outbox *outbox = outboxFor(*original)) {
            amend(outbox, amendmentOf(*original, OutgoingAmendment::Kind::Retraction));
        }
    });
}

QFuture<void> MessageActions::toggleReaction(qint64 rowId, const QString &emoji)
{
    return m_messages->messageByRowId(rowId).then(this, [this, emoji](const std::optional<Message> &target) {
        if (!target || target->retracted || emoji.isEmpty()) {
            return;
        }
        // A reaction names its message by the id its sender gave it; a few clients send none.
        if (referenceId(*target).isEmpty()) {
            Q_EMIT failed(tr("This message cannot get reactions: the app that sent it gave it no id."));
            return;
        }
        Outbox *outbox = outboxFor(*target);
        if (!outbox) {
            return;
        }
        // Our own current set: a reactions stanza always carries the complete set.
        QStringList next = target->ownReactions;
        if (next.contains(emoji)) {
            next.removeAll(emoji);
        } else {
            next.append(emoji);
        }
        OutgoingAmendment reaction = amendmentOf(*target, OutgoingAmendment::Kind::Reaction);
        reaction.emojis = next;
        amend(outbox, reaction);
    });
}
