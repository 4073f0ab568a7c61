// SPDX-License-Identifier: GPL-3.0-or-later
// Outgoing messages of one account: stored as pending *before* they are sent, marked sent on
// the server's stream-management ack, delivered on a receipt, and sent again with the same id
// after a reconnect or restart.
#pragma once

#include <optional>

#include <QFuture>
#include <QObject>
#include <QSet>

#include "storage/Message.h"

class Account;
class MessageStore;

class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(Account *account, MessageStore *store, QObject *parent = nullptr);

    // originId: the caller's id for the message (e.g. a script's), so that asking twice sends it
    // once; empty: a new UUID. Yields nothing when a message with that id already existed.
    // replyToId/replyToJid: the message this one answers (XEP-0461), by the id its sender used.
    QFuture<std::optional<Message>> sendText(const QString &chatJid, const QString &body,
        const QString &originId = {}, const QString &replyToId = {}, const QString &replyToJid = {});
    // Sends every pending row that is not already on its way in this process.
    void resendPending();

private:
    void transmit(const Message &message);

    Account *m_account;
    MessageStore *m_store;
    QSet<QString> m_inFlight; // origin-ids handed to the connection and not yet failed
};
