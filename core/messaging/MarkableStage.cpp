// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkableStage.h"

#include "capability/OutgoingMessage.h"

OutgoingVerdict MarkableStage::prepare(OutgoingMessage &message)
{
    if (message.kind == OutgoingMessage::Kind::Message || message.kind == OutgoingMessage::Kind::Correction) {
        message.stanza.setMarkable(true);
    }
    return OutgoingVerdict::Send;
}
