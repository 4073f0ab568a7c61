// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiptRequestStage.h"

#include "capability/OutgoingMessage.h"

OutgoingVerdict ReceiptRequestStage::prepare(OutgoingMessage &message)
{
    if (message.kind == OutgoingMessage::Kind::Message) {
        message.stanza.setReceiptRequested(true);
    }
    return OutgoingVerdict::Send;
}
