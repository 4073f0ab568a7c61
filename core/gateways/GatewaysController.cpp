// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewaysController.h"

#include "GatewayAvailability.h"

GatewaysController::GatewaysController(GatewayAvailability *availability, QObject *parent)
    : QObject(parent), m_availability(availability)
{
    connect(m_availability, &GatewayAvailability::changed, this, &GatewaysController::changed);
}

QString GatewaysController::state(const QString &account, const QString &domain) const
{
    switch (m_availability->state(account, domain)) {
    case GatewayAvailability::State::Online:
        return QStringLiteral("online");
    case GatewayAvailability::State::Connecting:
        return QStringLiteral("connecting");
    case GatewayAvailability::State::Offline:
        return QStringLiteral("offline");
    case GatewayAvailability::State::LoginFailed:
        return QStringLiteral("loginFailed");
    case GatewayAvailability::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString GatewaysController::statusText(const QString &account, const QString &domain) const
{
    return m_availability->statusText(account, domain);
}

bool GatewaysController::isDown(const QString &account, const QString &jid) const
{
    return m_availability->isDown(account, jid);
}
