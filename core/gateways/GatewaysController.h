// SPDX-License-Identifier: GPL-3.0-or-later
// The gateways capability's controller (Capability::controller(), reached from QML and the models
// by controller("gateways")): whether each account's gateways are up, logging in, down or failed
// their login, in words QML can compare, and the gateway's own words about it.
#pragma once

#include <QObject>

class GatewayAvailability;

class GatewaysController : public QObject
{
    Q_OBJECT
public:
    explicit GatewaysController(GatewayAvailability *availability, QObject *parent = nullptr);

    // "unknown", "online", "connecting", "offline", "loginFailed" (domain: the gateway's).
    Q_INVOKABLE QString state(const QString &account, const QString &domain) const;
    // The gateway's own words about its state (plain text); empty when it said nothing.
    Q_INVOKABLE QString statusText(const QString &account, const QString &domain) const;
    // Whether messages to jid (an address on a gateway, or the gateway) wait in the outbox.
    Q_INVOKABLE bool isDown(const QString &account, const QString &jid) const;

Q_SIGNALS:
    void changed(const QString &account, const QString &domain);

private:
    GatewayAvailability *m_availability;
};
