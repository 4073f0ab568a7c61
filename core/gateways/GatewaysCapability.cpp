// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewaysCapability.h"

#include "GatewayAvailability.h"
#include "GatewayHoldStage.h"
#include "account/Account.h"
#include "capability/AccountParts.h"
#include "capability/CapabilityHost.h"
#include "capability/OutgoingChain.h"

GatewaysCapability::GatewaysCapability(QObject *parent)
    : QObject(parent), m_availability(std::make_unique<GatewayAvailability>())
{
    connect(m_availability.get(), &GatewayAvailability::back, this,
        [this](const QString &account, const QString &) { Q_EMIT gatewayBack(account); });
}

GatewaysCapability::~GatewaysCapability() = default;

void GatewaysCapability::install(CapabilityHost &host)
{
    host.outgoing()->addStage(std::make_unique<GatewayHoldStage>(m_availability.get()));
    host.onAccountAdded([this](AccountParts &parts) { m_availability->watch(parts.account()); });
    host.onAccountRemoved([this](const QString &jid) { m_availability->forget(jid); });
}
