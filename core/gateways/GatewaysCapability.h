// SPDX-License-Identifier: GPL-3.0-or-later
// Gateways to other networks: whether each account's gateways are up (GatewayAvailability), and
// messages to their contacts held while one is down (GatewayHoldStage). Sign-in, addresses and
// commands are per-request objects the models build (GatewayRegistration,
// GatewayContactAddress, Xep0050AdHocCommands).
#pragma once

#include <functional>
#include <memory>

#include <QObject>

#include "capability/Capability.h"

class GatewayAvailability;
class GatewaysController;

class GatewaysCapability : public QObject, public Capability
{
    Q_OBJECT
public:
    // knownGateway: whether a domain was discovered to be a gateway (GatewayNetworks, on the
    // roster floor, which this folder may not include).
    explicit GatewaysCapability(
        std::function<bool(const QString &domain)> knownGateway = {}, QObject *parent = nullptr);
    ~GatewaysCapability() override;

    QString name() const override { return QStringLiteral("gateways"); }
    void install(CapabilityHost &host) override;
    QObject *controller() const override;

    GatewayAvailability *availability() const { return m_availability.get(); }

Q_SIGNALS:
    // A gateway of the account is up again: the account's held messages may go now.
    void gatewayBack(const QString &account);

private:
    std::unique_ptr<GatewayAvailability> m_availability;
    std::unique_ptr<GatewaysController> m_controller;
};
