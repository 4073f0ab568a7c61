// SPDX-License-Identifier: GPL-3.0-or-later
// A stanza of ours on its way out through the outgoing chain: what it is, the stored row it
// carries (for messages) and the stanza being prepared.
#pragma once

#include <QString>
#include <QXmppMessage.h>

#include "storage/Message.h"

struct OutgoingMessage
{
    enum class Kind {
        Message, // a stored message (kept pending until the server has it)
        Correction, // our amendments to a sent message (stored and resent like messages)
        Retraction,
        Reaction,
        ChatState, // passing notices: never stored or resent
        Displayed,
    };
    Kind kind = Kind::Message;
    QString account;
    QString chatJid;
    // Kind::Message: the stored row (body, ids, reply); otherwise only what identifies it.
    Message message;
    QXmppMessage stanza;
    // Sent just before `stanza`, with the same ids (an encrypt stage's copy for another OMEMO
    // version); the stored message's state follows `stanza` alone.
    QList<QXmppMessage> before;
    // Set by a stage that holds the message (OutgoingVerdict::Hold): why it is not sent now.
    QString holdReason;

    // Stored and sent again until the server has it.
    bool isStored() const { return kind != Kind::ChatState && kind != Kind::Displayed; }
};
