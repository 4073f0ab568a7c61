// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayState.h"

#include <QXmppUtils.h>

#include "SessionConnections.h"
#include "gateways/GatewaysController.h"
#include "models/AccountsController.h"
#include "models/RootController.h"
#include "roster/GatewayNetworks.h"
#include "session/SessionCore.h"

GatewayState::GatewayState(QObject *parent) : QObject(parent) { }

GatewaysController *GatewayState::gatewaysOf(RootController *controllers)
{
    return controllers
        ? qobject_cast<GatewaysController *>(controllers->controller(QStringLiteral("gateways")))
        : nullptr;
}

RootController *GatewayState::controllers() const
{
    return m_controllers;
}

void GatewayState::setControllers(RootController *controllers)
{
    if (m_controllers == controllers) {
        return;
    }
    disconnectAll(m_connections);
    m_controllers = controllers;
    if (controllers) {
        if (GatewaysController *gateways = gatewaysOf(controllers)) {
            m_connections.append(connect(gateways, &GatewaysController::changed, this,
                [this](const QString &account, const QString &domain) {
                    if (account == accountJid() && domain == QXmppUtils::jidToDomain(m_jid).toLower()) {
                        Q_EMIT changed();
                    }
                }));
        }
        m_connections.append(connect(controllers->core()->gatewayNetworks(), &GatewayNetworks::networkChanged,
            this, [this](const QString &domain) {
                if (domain == QXmppUtils::jidToDomain(m_jid)) {
                    Q_EMIT changed();
                }
            }));
    }
    Q_EMIT changed();
}

void GatewayState::setAccount(const QString &account)
{
    if (m_account != account) {
        m_account = account;
        Q_EMIT changed();
    }
}

void GatewayState::setJid(const QString &jid)
{
    if (m_jid != jid) {
        m_jid = jid;
        Q_EMIT changed();
    }
}

QString GatewayState::accountJid() const
{
    return m_account.isEmpty() && m_controllers ? m_controllers->accounts()->primaryJid() : m_account;
}

QString GatewayState::network() const
{
    return m_controllers ? m_controllers->core()->gatewayNetworks()->network(m_jid) : QString();
}

QString GatewayState::gateway() const
{
    return network().isEmpty() ? QString() : QXmppUtils::jidToDomain(m_jid);
}

QString GatewayState::state() const
{
    GatewaysController *gateways = gatewaysOf(m_controllers);
    if (!gateways || m_jid.isEmpty()) {
        return QStringLiteral("unknown");
    }
    return gateways->state(accountJid(), QXmppUtils::jidToDomain(m_jid));
}

bool GatewayState::down() const
{
    GatewaysController *gateways = gatewaysOf(m_controllers);
    return gateways && !m_jid.isEmpty() && gateways->isDown(accountJid(), m_jid);
}

QString GatewayState::statusText() const
{
    GatewaysController *gateways = gatewaysOf(m_controllers);
    return gateways ? gateways->statusText(accountJid(), QXmppUtils::jidToDomain(m_jid)) : QString();
}
