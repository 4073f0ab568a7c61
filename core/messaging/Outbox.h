// SPDX-License-Identifier: GPL-3.0-or-later
// Outgoing messages of one account, and its corrections, retractions and reactions: stored as
// pending *before* they are sent, marked sent on the server's stream-management ack, delivered
// on a receipt, and sent again with the same id after a reconnect or restart. Every stanza of
// ours (also chat states and read markers) takes one route: composed here, prepared by the
// outgoing chain's stages (receipt request, markable, chat state, encryption...), then sent.
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QFuture>
#include <QObject>
#include <QSet>

#include "storage/Message.h"
#include "storage/OutgoingAmendment.h"

class Account;
class MessageAmendments;
class MessageStore;
class OutgoingChain;
struct OutgoingMessage;

class Outbox : public QObject
{
    Q_OBJECT
public:
    // chain: null sends the stanzas as composed (no stage prepares them).
    Outbox(Account *account, MessageStore *store, MessageAmendments *amendments,
        OutgoingChain *chain = nullptr, QObject *parent = nullptr);

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

    // The stanza for a stored message as composed here, before the chain's stages.
    std::shared_ptr<OutgoingMessage> compose(const Message &message) const;

private:
    std::shared_ptr<OutgoingMessage> compose(int kind, const QString &chatJid, const QString &id) const;
    void transmit(const Message &message);
    void transmit(const OutgoingAmendment &amendment);
    // The one route: through the chain, then to the connection (a stored kind once per process;
    // `acked` runs on the server's ack).
    void route(std::shared_ptr<OutgoingMessage> message, std::function<void()> acked = {});

    Account *m_account;
    MessageStore *m_store;
    MessageAmendments *m_amendments;
    OutgoingChain *m_chain;
    QSet<QString> m_inFlight; // origin-ids handed to the connection and not yet failed
    QSet<QString> m_bounced; // origin-ids whose last attempt bounced and that wait again
};
