// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActiveStateStage.h"

#include "capability/OutgoingMessage.h"

OutgoingVerdict ActiveStateStage::prepare(OutgoingMessage &message)
{
    if (message.kind == OutgoingMessage::Kind::Message || message.kind == OutgoingMessage::Kind::Correction) {
        message.stanza.setState(QXmppMessage::Active);
    }
    return OutgoingVerdict::Send;
}
