// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayState.h"

#include <QXmppUtils.h>

#include "Session.h"
#include "gateways/GatewayAvailability.h"
#include "gateways/GatewaysCapability.h"
#include "roster/GatewayNetworks.h"
#include "session/SessionCore.h"

GatewayState::GatewayState(QObject *parent) : QObject(parent) { }

GatewayAvailability *GatewayState::availabilityOf(Session *session)
{
    auto *capability = session
        ? dynamic_cast<GatewaysCapability *>(session->core()->capability(QStringLiteral("gateways")))
        : nullptr;
    return capability ? capability->availability() : nullptr;
}

Session *GatewayState::session() const
{
    return m_session;
}

void GatewayState::setSession(Session *session)
{
    if (m_session == session) {
        return;
    }
    for (const auto &c : std::as_const(m_connections)) {
        disconnect(c);
    }
    m_connections.clear();
    m_session = session;
    if (session) {
        if (GatewayAvailability *a = availabilityOf(session)) {
            m_connections.append(connect(a, &GatewayAvailability::changed, this,
                [this](const QString &account, const QString &domain) {
                    if (account == accountJid() && domain == QXmppUtils::jidToDomain(m_jid).toLower()) {
                        Q_EMIT changed();
                    }
                }));
        }
        m_connections.append(connect(session->gatewayNetworks(), &GatewayNetworks::networkChanged, this,
            [this](const QString &domain) {
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
    return m_account.isEmpty() && m_session ? m_session->accountJid() : m_account;
}

QString GatewayState::network() const
{
    return m_session ? m_session->gatewayNetworks()->network(m_jid) : QString();
}

QString GatewayState::gateway() const
{
    return network().isEmpty() ? QString() : QXmppUtils::jidToDomain(m_jid);
}

QString GatewayState::state() const
{
    GatewayAvailability *a = availabilityOf(m_session);
    if (!a || m_jid.isEmpty()) {
        return QStringLiteral("unknown");
    }
    return stateName(int(a->state(accountJid(), QXmppUtils::jidToDomain(m_jid))));
}

QString GatewayState::stateName(int state)
{
    switch (GatewayAvailability::State(state)) {
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

bool GatewayState::down() const
{
    GatewayAvailability *a = availabilityOf(m_session);
    return a && !m_jid.isEmpty() && a->isDown(accountJid(), m_jid);
}

QString GatewayState::statusText() const
{
    GatewayAvailability *a = availabilityOf(m_session);
    return a ? a->statusText(accountJid(), QXmppUtils::jidToDomain(m_jid)) : QString();
}
