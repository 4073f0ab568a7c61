// SPDX-License-Identifier: GPL-3.0-or-later
// Outgoing messages of one account, and its corrections, retractions and reactions: stored as
// pending *before* they are sent, marked sent on the server's stream-management ack, delivered
// on a receipt, and sent again with the same id after a reconnect or restart.
#pragma once

#include <functional>
#include <optional>

#include <QFuture>
#include <QObject>
#include <QSet>

#include "storage/Message.h"
#include "storage/OutgoingAmendment.h"

class Account;
class QXmppMessage;
class MessageAmendments;
class MessageStore;

class Outbox : public QObject
{
    Q_OBJECT
public:
    Outbox(Account *account, MessageStore *store, MessageAmendments *amendments, QObject *parent = nullptr);

    // originId: the caller's id for the message (e.g. a script's), so that asking twice sends it
    // once; empty: a new UUID. Yields nothing when a message with that id already existed.
    // replyToId/replyToJid: the message this one answers (XEP-0461), by the id its sender used.
    QFuture<std::optional<Message>> sendText(const QString &chatJid, const QString &body,
        const QString &originId = {}, const QString &replyToId = {}, const QString &replyToJid = {});
    // Applies the amendment to the account's copy, queues it, and sends it when connected.
    // amendment.originId: empty for a new UUID.
    QFuture<void> amend(OutgoingAmendment amendment);
    // Sends every pending row that is not already on its way in this process: messages first,
    // then amendments (which may refer to them).
    void resendPending();
    // The person asked to send a bounced (failed, now pending again) message once more.
    void retry(const QString &originId);
    // Passing notices, never stored or resent: a XEP-0085 chat state (QXmppMessage::State), and
    // a XEP-0333 "displayed" marker for the peer's message `messageId`. False when the account
    // is not connected (nothing went out).
    bool sendChatState(const QString &chatJid, int state);
    bool sendDisplayed(const QString &chatJid, const QString &messageId);

private:
    void transmit(const Message &message);
    void transmit(const OutgoingAmendment &amendment);
    // Hands the stanza to the connection once per process; `acked` runs on the server's ack.
    void sendOnce(QXmppMessage &&stanza, std::function<void()> acked);

    Account *m_account;
    MessageStore *m_store;
    MessageAmendments *m_amendments;
    QSet<QString> m_inFlight; // origin-ids handed to the connection and not yet failed
};
