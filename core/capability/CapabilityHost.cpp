// SPDX-License-Identifier: GPL-3.0-or-later
#include "CapabilityHost.h"

CapabilityHost::CapabilityHost(Services services) : m_services(std::move(services)) { }

Account *CapabilityHost::account(const QString &jid) const
{
    return m_services.account ? m_services.account(jid) : nullptr;
}

void CapabilityHost::retryHeld(const QString &accountJid) const
{
    if (m_services.retryHeld) {
        m_services.retryHeld(accountJid);
    }
}

void CapabilityHost::onAccountAdded(AccountHook added)
{
    m_added.push_back(std::move(added));
}

void CapabilityHost::onAccountRemoved(AccountGoneHook removed)
{
    m_removed.push_back(std::move(removed));
}

void CapabilityHost::accountAdded(AccountParts &parts, std::size_t first) const
{
    for (std::size_t i = first; i < m_added.size(); ++i) {
        m_added[i](parts);
    }
}

void CapabilityHost::accountRemoved(const QString &jid) const
{
    for (const auto &removed : m_removed) {
        removed(jid);
    }
}
