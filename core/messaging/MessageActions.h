// SPDX-License-Identifier: GPL-3.0-or-later
// What a person does to a message already in a chat: correct or retract their own (XEP-0308,
// XEP-0424), and add or remove a reaction (XEP-0444). Applied to the local store at once and
// queued in the outbox of the account that owns the chat, which sends it now or after the
// next connect.
#pragma once

#include <functional>

#include <QFuture>
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

    QFuture<void> correct(qint64 rowId, const QString &text);
    QFuture<void> retract(qint64 rowId);
    // Adds the emoji to our reactions on the message, or removes it when it is there.
    QFuture<void> toggleReaction(qint64 rowId, const QString &emoji);

Q_SIGNALS:
    // Something could not be done, in words for a person.
    void failed(const QString &reason);

private:
    // The outbox of the account `message` belongs to, or nullptr after reporting why not.
    Outbox *outboxFor(const Message &message);
    // Hands the amendment to the outbox and reports when it could not be kept.
    void amend(Outbox *outbox, const OutgoingAmendment &amendment);

    MessageStore *m_messages;
    OutboxLookup m_outboxes;
};
