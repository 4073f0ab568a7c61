// SPDX-License-Identifier: GPL-3.0-or-later
// Changes to stored messages made by later stanzas: corrections (XEP-0308), retractions
// (XEP-0424) and reactions (XEP-0444). Only a message's own sender may correct or retract it.
#pragma once

#include <functional>
#include <optional>

#include <QFuture>
#include <QObject>
#include <QStringList>

#include "Message.h"
#include "OutgoingAmendment.h"

class Database;
class MessageStore;

class MessageAmendments : public QObject
{
    Q_OBJECT
public:
    MessageAmendments(Database *database, MessageStore *messages, QObject *parent = nullptr);

    // One change each, in a transaction of its own (received ones come through the pipeline and
    // commit with their stanza's message or page instead).
    // `correction` replaces the text of the sender's message `replaceId`. When that message is
    // not stored (yet), the correction is stored as a message of its own, marked edited.
    QFuture<void> applyCorrection(const Message &correction, const QString &replaceId);
    // The sender withdraws its message `id`: its text is removed everywhere, search included.
    QFuture<void> retract(const QString &account, const QString &sender, const QString &id);
    // `reactor`'s complete set of reactions to the message `id` in the chat with `chatJid`
    // (empty: none any more).
    QFuture<void> setReactions(const QString &account, const QString &chatJid, const QString &id,
        const QString &reactor, const QStringList &emojis);

    // The account's own amendment: applied to its copy and queued for sending, in one
    // transaction, so neither a crash nor a lost connection loses it. An unsent reaction to the
    // same message is replaced (each carries the whole set).
    QFuture<void> applyOwn(const OutgoingAmendment &amendment);
    // Queued amendments of the account not yet acknowledged by the server, oldest first.
    QFuture<QList<OutgoingAmendment>> pendingOwn(const QString &account);
    QFuture<void> markOwnSent(const QString &account, const QString &originId);

Q_SIGNALS:
    // A stored message reads differently (also for the changes the store applied:
    // MessageStore::messageChanged).
    void messageChanged(const Message &message);

private:
    QFuture<void> settle(QFuture<void> applied);

    Database *m_database;
    MessageStore *m_messages;
};
