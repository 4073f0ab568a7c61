// SPDX-License-Identifier: GPL-3.0-or-later
// One step of the outgoing chain: prepares each stanza of ours before the outbox sends it
// (receipt request, markable, chat state, group-chat type, file metadata, encryption).
#pragma once

#include <memory>

#include <QFuture>
#include <QString>

class QXmppMessage;
struct OutgoingMessage;

// Where a stage runs; groups run in this order, stages of a group in the order they were added.
enum class OutgoingGroup {
    Compose, // adds to what the stanza says (receipt request, markable, chat state, file metadata)
    Address, // how it is addressed (chat or group-chat type)
    Encrypt, // turns the stanza into ciphertext: after everything that adds content
};

enum class OutgoingVerdict {
    Send,
    // Not now, with a reason (OutgoingMessage::holdReason): e.g. no trusted key for the peer,
    // instead of sending plaintext. A stored message stays pending: every later attempt (a
    // reconnect, a restart, a retry) passes through the chain again, with the same id.
    Hold,
    Drop, // never (nothing is sent; a stored message stays pending)
};

class OutgoingStage
{
public:
    virtual ~OutgoingStage() = default;
    virtual QString name() const = 0;
    virtual OutgoingGroup group() const = 0;
    virtual OutgoingVerdict prepare(OutgoingMessage &message) = 0;
    // A bounce of a message of ours that this stage knows to be passing (its gateway was down):
    // why it waits, and it is pending again instead of failed. Empty: not this stage's.
    virtual QString bounceHoldReason(const QString &account, const QXmppMessage &bounce) const
    {
        Q_UNUSED(account)
        Q_UNUSED(bounce)
        return {};
    }

    // An asynchronous stage (encryption on the database thread) says so and overrides
    // prepareAsync(); until its future finishes, only it touches *message. The chain still hands
    // an account's stanzas to the connection in the order they were given to it. A future that is
    // finished when returned (nothing to wait for) passes at once, in the same call.
    virtual bool isAsynchronous() const { return false; }
    virtual QFuture<OutgoingVerdict> prepareAsync(std::shared_ptr<OutgoingMessage> message)
    {
        return QtFuture::makeReadyValueFuture(prepare(*message));
    }
};
