// SPDX-License-Identifier: GPL-3.0-or-later
// What a person does to a chat's messages: send one (maybe as a reply), send a bounced one again,
// mark the chat read (and tell the peer), and, to a message already in a chat: correct or retract their own
// (XEP-0308, XEP-0424), and add or remove a reaction (XEP-0444). Applied to the local store at once and
// queued in the outbox of the account that owns the chat, which sends it now or after the
// next connect.
#pragma once

#include <functional>

#include <QFuture>
#include <QHash>
#include <QObject>

class MessageStore;
class Outbox;
struct Message;
struct OutgoingAmendment;

class MessageActions : public QObject
{
    Q_OBJECT
public:
    using OutboxLookup = std::function<Outbox *(const QString &accountJid)>;

    MessageActions(MessageStore *messages, OutboxLookup outboxes, QObject *parent = nullptr);

    // accountJid empty: the primary account. replyToRowId: the stored message this one answers.
    void send(const QString &chatJid, const QString &text, const QString &accountJid, qint64 replyToRowId);
    // A message the server bounced goes out again, with the same id.
    void retry(qint64 rowId);
    // Marks the chat read here, and sends the peer a "displayed" marker for its newest message.
    void markChatRead(qint64 chatId);
    QFuture<void> correct(qint64 rowId, const QString &text);
    QFuture<void> retract(qint64 rowId);
    // Adds the emoji to our reactions on the message, or removes it when it is there.
    QFuture<void> toggleReaction(qint64 rowId, const QString &emoji);

Q_SIGNALS:
    // Something could not be done, in words for a person.
    void failed(const QString &reason);
    // A message to send could not be written to the outbox (the database failed).
    void saveFailed(const QString &reason);

private:
    // The outbox of the account `message` belongs to, or nullptr after reporting why not.
    Outbox *outboxFor(const Message &message);
    // Hands the amendment to the outbox and reports when it could not be kept.
    void amend(Outbox *outbox, const OutgoingAmendment &amendment);

    MessageStore *m_messages;
    OutboxLookup m_outboxes;
    QHash<qint64, QString> m_lastReadMarker; // chat id -> message id we last sent "displayed" for
};
