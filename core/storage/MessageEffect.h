// SPDX-License-Identifier: GPL-3.0-or-later
// What a received stanza changes in messages already stored (a marker, a correction, a
// retraction, reactions), applied by MessageStore in the transaction that stores the message or
// archive page it came with: a crash keeps both or neither, and effects of one stream apply in
// the order their stanzas arrived.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "Message.h"

struct MessageEffect
{
    enum class Kind {
        OutgoingReadUpTo, // the peer displayed our message targetId and all ours before it (XEP-0333)
        IncomingReadUpTo, // we read the chat up to the peer's message targetId on another device
        Correction, // sender's message targetId now says body (XEP-0308)
        Retraction, // sender withdraws its message targetId (XEP-0424)
        Reactions, // sender's complete set of reactions (emojis) to targetId in the chat (XEP-0444)
        Encryption, // our pending message targetId goes out as `encryption`
    };
    Kind kind = Kind::Correction;
    QString account;
    QString chatJid;
    QString sender;
    QString targetId;
    QString body;
    QStringList emojis;
    // Correction: stored as a message of its own (marked edited) when the original is not here.
    Message standalone;
    MessageEncryption encryption = MessageEncryption::None;

    static MessageEffect outgoingReadUpTo(const QString &account, const QString &chatJid, const QString &id)
    {
        return { Kind::OutgoingReadUpTo, account, chatJid, account, id, {}, {}, {} };
    }
    static MessageEffect incomingReadUpTo(const QString &account, const QString &chatJid, const QString &id)
    {
        return { Kind::IncomingReadUpTo, account, chatJid, chatJid, id, {}, {}, {} };
    }
    static MessageEffect correction(const Message &correction, const QString &replaceId)
    {
        Message standalone = correction;
        standalone.edited = true;
        return { Kind::Correction, correction.account, correction.chatJid, correction.sender, replaceId,
            correction.body, {}, standalone };
    }
    static MessageEffect retraction(const QString &account, const QString &sender, const QString &id)
    {
        return { Kind::Retraction, account, {}, sender, id, {}, {}, {} };
    }
    static MessageEffect reactions(const QString &account, const QString &chatJid, const QString &id,
        const QString &reactor, const QStringList &emojis)
    {
        return { Kind::Reactions, account, chatJid, reactor, id, {}, emojis, {} };
    }
    static MessageEffect encryptionOf(const QString &account, const QString &id, MessageEncryption encryption)
    {
        return { Kind::Encryption, account, {}, account, id, {}, {}, {}, encryption };
    }
};
