// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsCapability.h"

#include "BlockList.h"
#include "ContactActions.h"
#include "ContactFacts.h"
#include "GatewayNetworks.h"
#include "PresenceCache.h"
#include "RosterSync.h"
#include "capability/AccountParts.h"
#include "capability/CapabilityHost.h"
#include "storage/GatewayNetworkStore.h"
#include "storage/PresenceStore.h"

ContactsCapability::ContactsCapability(QObject *parent) : QObject(parent) { }

ContactsCapability::~ContactsCapability() = default;

void ContactsCapability::install(CapabilityHost &host)
{
    m_presenceStore = std::make_unique<PresenceStore>(host.database());
    m_presence = std::make_unique<PresenceCache>(m_presenceStore.get());
    m_blockList = std::make_unique<BlockList>();
    m_networkStore = std::make_unique<GatewayNetworkStore>(host.database());
    m_networks = std::make_unique<GatewayNetworks>(m_networkStore.get());
    m_facts = std::make_unique<ContactFacts>();
    m_facts->setPresenceCache(m_presence.get());
    m_facts->setBlockList(m_blockList.get());
    m_facts->setGatewayNetworks(m_networks.get());
    m_actions = std::make_unique<ContactActions>([&host](const QString &jid) { return host.account(jid); });
    connect(m_actions.get(), &ContactActions::notice, this, &ContactsCapability::notice);

    RosterStore *roster = host.rosterStore();
    host.onAccountAdded([this, roster](AccountParts &parts) {
        parts.add(std::make_unique<RosterSync>(parts.account(), roster));
        m_presence->watch(parts.account());
        m_blockList->watch(parts.account());
        m_networks->watch(parts.account());
    });
    host.onAccountRemoved([this](const QString &jid) { m_blockList->forget(jid); });
}
