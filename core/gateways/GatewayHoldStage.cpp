// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayHoldStage.h"

#include <QCoreApplication>
#include <QXmppMessage.h>

#include "GatewayAvailability.h"
#include "capability/OutgoingMessage.h"

namespace {
QString waitsText()
{
    return QCoreApplication::translate("Gateways", "The gateway is unreachable; the message waits");
}
} // namespace

OutgoingVerdict GatewayHoldStage::prepare(OutgoingMessage &message)
{
    // Chat states and markers are passing notices: better lost than late.
    if (!m_availability->isDown(message.account, message.chatJid)) {
        return OutgoingVerdict::Send;
    }
    if (!message.isStored()) {
        return OutgoingVerdict::Drop;
    }
    message.holdReason = waitsText();
    return OutgoingVerdict::Hold;
}

QString GatewayHoldStage::bounceHoldReason(const QString &account, const QXmppMessage &bounce) const
{
    // GatewayAvailability takes the same bounce as news that the gateway is down (or still
    // logging in), so its next available presence sends the message again (back()).
    return m_availability->isGatewayBounce(account, bounce) ? waitsText() : QString();
}
