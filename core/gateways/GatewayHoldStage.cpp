// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayHoldStage.h"

#include <QCoreApplication>

#include "GatewayAvailability.h"
#include "capability/OutgoingMessage.h"

OutgoingVerdict GatewayHoldStage::prepare(OutgoingMessage &message)
{
    // Chat states and markers are passing notices: better lost than late.
    if (!m_availability->isDown(message.account, message.chatJid)) {
        return OutgoingVerdict::Send;
    }
    if (!message.isStored()) {
        return OutgoingVerdict::Drop;
    }
    message.holdReason
        = QCoreApplication::translate("Gateways", "The gateway is unreachable; the message waits");
    return OutgoingVerdict::Hold;
}
