// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewaysCapability.h"

#include "GatewayAvailability.h"
#include "GatewayHoldStage.h"
#include "GatewaysController.h"
#include "account/Account.h"
#include "capability/AccountParts.h"
#include "capability/CapabilityHost.h"
#include "capability/OutgoingChain.h"

GatewaysCapability::GatewaysCapability(std::function<bool(const QString &)> knownGateway, QObject *parent)
    : QObject(parent)
    , m_availability(std::make_unique<GatewayAvailability>(std::move(knownGateway)))
    , m_controller(std::make_unique<GatewaysController>(m_availability.get()))
{
    connect(m_availability.get(), &GatewayAvailability::back, this,
        [this](const QString &account, const QString &) { Q_EMIT gatewayBack(account); });
}

GatewaysCapability::~GatewaysCapability() = default;

QObject *GatewaysCapability::controller() const
{
    return m_controller.get();
}

void GatewaysCapability::install(CapabilityHost &host)
{
    host.outgoing()->addStage(std::make_unique<GatewayHoldStage>(m_availability.get()));
    host.onAccountAdded([this](AccountParts &parts) { m_availability->watch(parts.account()); });
    host.onAccountRemoved([this](const QString &jid) { m_availability->forget(jid); });
}
