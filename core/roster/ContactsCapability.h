// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts: the roster kept in step with the store (a RosterSync per account), presence,
// blocking (XEP-0191), the network of gateway contacts, what the models read of them
// (ContactFacts) and what the person does to them (ContactActions).
#pragma once

#include <memory>

#include <QObject>

#include "capability/Capability.h"

class BlockList;
class ContactActions;
class ContactFacts;
class GatewayNetworkStore;
class GatewayNetworks;
class PresenceCache;
class PresenceStore;

class ContactsCapability : public QObject, public Capability
{
    Q_OBJECT
public:
    explicit ContactsCapability(QObject *parent = nullptr);
    ~ContactsCapability() override;

    QString name() const override { return QStringLiteral("contacts"); }
    void install(CapabilityHost &host) override;

    // Null before install().
    PresenceCache *presenceCache() const { return m_presence.get(); }
    BlockList *blockList() const { return m_blockList.get(); }
    GatewayNetworks *gatewayNetworks() const { return m_networks.get(); }
    ContactFacts *contactFacts() const { return m_facts.get(); }
    ContactActions *contactActions() const { return m_actions.get(); }

Q_SIGNALS:
    // Something the person asked for could not be done; a passing message, not a state.
    void notice(const QString &text);

private:
    std::unique_ptr<PresenceStore> m_presenceStore;
    std::unique_ptr<PresenceCache> m_presence;
    std::unique_ptr<BlockList> m_blockList;
    std::unique_ptr<GatewayNetworkStore> m_networkStore;
    std::unique_ptr<GatewayNetworks> m_networks;
    std::unique_ptr<ContactFacts> m_facts;
    std::unique_ptr<ContactActions> m_actions;
};
