// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactFacts.h"

#include <QDateTime>

#include "BlockList.h"
#include "GatewayNetworks.h"
#include "PresenceCache.h"

ContactFacts::ContactFacts(QObject *parent) : QObject(parent) { }

void ContactFacts::setPresenceCache(PresenceCache *presence)
{
    if (m_presence)
        disconnect(m_presence, nullptr, this, nullptr);
    m_presence = presence;
    if (presence)
        connect(presence, &PresenceCache::presenceChanged, this, &ContactFacts::presenceChanged);
    Q_EMIT reset();
}

void ContactFacts::setBlockList(BlockList *blockList)
{
    if (m_blockList)
        disconnect(m_blockList, nullptr, this, nullptr);
    m_blockList = blockList;
    if (blockList)
        connect(blockList, &BlockList::blockListChanged, this, &ContactFacts::blockListChanged);
    Q_EMIT reset();
}

void ContactFacts::setGatewayNetworks(GatewayNetworks *networks)
{
    if (m_networks)
        disconnect(m_networks, nullptr, this, nullptr);
    m_networks = networks;
    if (networks)
        connect(networks, &GatewayNetworks::networkChanged, this, &ContactFacts::networkChanged);
    Q_EMIT reset();
}

PresenceCache *ContactFacts::presenceCache() const
{
    return m_presence.data();
}

QVariant ContactFacts::unknown(Fact fact)
{
    return ContactFacts().value(fact, {}, {});
}

QVariant ContactFacts::value(Fact fact, const QString &account, const QString &jid) const
{
    switch (fact) {
    case Blocked:
        return m_blockList && m_blockList->isBlocked(account, jid);
    case Network:
        return m_networks ? m_networks->network(jid) : QString();
    case Availability:
    case StatusText:
    case LastSeen:
        break;
    }
    const ContactPresence presence = m_presence ? m_presence->presence(account, jid) : ContactPresence();
    if (fact == Availability)
        return int(presence.availability);
    if (fact == StatusText)
        return presence.statusText;
    return presence.lastSeen > 0 ? QDateTime::fromMSecsSinceEpoch(presence.lastSeen) : QDateTime();
}
