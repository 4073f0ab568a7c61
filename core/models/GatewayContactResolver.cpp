// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayContactResolver.h"

#include "Session.h"
#include "account/Account.h"
#include "session/SessionCore.h"

GatewayContactResolver::GatewayContactResolver(QObject *parent) : QObject(parent) { }

Session *GatewayContactResolver::session() const
{
    return m_session;
}

void GatewayContactResolver::setSession(Session *session)
{
    if (m_session != session) {
        m_session = session;
        delete m_address;
        m_address = nullptr;
        refresh();
    }
}

void GatewayContactResolver::setAccount(const QString &account)
{
    if (m_account != account) {
        m_account = account;
        delete m_address;
        m_address = nullptr;
        refresh();
    }
}

void GatewayContactResolver::setGateway(const QString &gateway)
{
    if (m_gatewayJid != gateway) {
        m_gatewayJid = gateway;
        refresh();
    }
}

void GatewayContactResolver::setSender(Xep0050AdHocCommands::IqSender sender)
{
    m_injected = std::move(sender);
    delete m_address;
    m_address = nullptr;
}

void GatewayContactResolver::setGatewayInfo(const Gateway &gateway)
{
    m_gatewayJid = gateway.jid;
    m_target = { gateway.jid, gateway.network, gateway.prompt, gateway.escaping, {} };
    m_prompt.clear();
    ++m_generation;
    Q_EMIT gatewayChanged();
    Q_EMIT promptChanged();
    if (m_target.prompt && address()) {
        const quint64 generation = m_generation;
        setBusy(true);
        address()->prompt(m_target).then(this, [this, generation](GatewayContactAddress::Result &&result) {
            if (generation != m_generation) {
                return;
            }
            setBusy(false);
            if (const auto *text = std::get_if<QString>(&result)) {
                m_prompt = text->left(200);
                Q_EMIT promptChanged();
            }
        });
    }
}

GatewayContactAddress *GatewayContactResolver::address()
{
    if (m_address) {
        return m_address;
    }
    if (m_injected) {
        m_address = new GatewayContactAddress(m_injected, this);
    } else if (Account *account = m_session ? m_session->core()->account(m_account) : nullptr) {
        m_address = new GatewayContactAddress(Xep0050AdHocCommands::senderFor(account->client()), this);
    }
    return m_address;
}

void GatewayContactResolver::refresh()
{
    Gateway found;
    found.jid = m_gatewayJid;
    if (m_session && !m_gatewayJid.isEmpty()) {
        const QString account = m_account.isEmpty() ? m_session->accountJid() : m_account;
        const auto gateways = m_session->gatewayNetworks()->gateways(account);
        for (const Gateway &g : gateways) {
            if (g.jid == m_gatewayJid) {
                found = g;
            }
        }
    }
    setGatewayInfo(found);
}

void GatewayContactResolver::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void GatewayContactResolver::resolve(const QString &legacyId)
{
    const QString id = legacyId.trimmed();
    if (m_target.gateway.isEmpty()) {
        Q_EMIT resolved(id, id);
        return;
    }
    GatewayContactAddress *a = address();
    if (!a) {
        // Offline: the fallback needs nobody.
        auto result = GatewayContactAddress::fallbackJid(m_target, id);
        if (const auto *jid = std::get_if<QString>(&result)) {
            Q_EMIT resolved(id, *jid);
        } else {
            Q_EMIT failed(std::get<QXmppError>(result).description);
        }
        return;
    }
    const quint64 generation = m_generation;
    setBusy(true);
    a->jidFor(m_target, id).then(this, [this, generation, id](GatewayContactAddress::Result &&result) {
        if (generation != m_generation) {
            return;
        }
        setBusy(false);
        if (const auto *jid = std::get_if<QString>(&result)) {
            Q_EMIT resolved(id, *jid);
        } else {
            Q_EMIT failed(std::get<QXmppError>(result).description);
        }
    });
}
