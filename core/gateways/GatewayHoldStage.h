// SPDX-License-Identifier: GPL-3.0-or-later
// Holds what we send to a contact behind a gateway that is down or whose login failed: it stays
// pending in the outbox (OutgoingVerdict::Hold) instead of bouncing, and goes out with the same
// id once the gateway is back (GatewaysCapability::gatewayBack → the outbox resends).
#pragma once

#include "capability/OutgoingStage.h"

class GatewayAvailability;

class GatewayHoldStage : public OutgoingStage
{
public:
    explicit GatewayHoldStage(const GatewayAvailability *availability) : m_availability(availability) { }
    QString name() const override { return QStringLiteral("gateway-hold"); }
    OutgoingGroup group() const override { return OutgoingGroup::Address; }
    OutgoingVerdict prepare(OutgoingMessage &message) override;

private:
    const GatewayAvailability *m_availability;
};
