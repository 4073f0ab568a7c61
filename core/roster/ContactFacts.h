// SPDX-License-Identifier: GPL-3.0-or-later
// What the roster and the chat list show about a contact beyond its roster item: presence and
// status, whether it is blocked, the network a gateway bridges it to. One place reads the three
// sources (any may be missing: offline, not blocked, plain XMPP) and passes their changes on.
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariant>

class BlockList;
class GatewayNetworks;
class PresenceCache;

class ContactFacts : public QObject
{
    Q_OBJECT
public:
    enum Fact {
        Availability, // Presence::Availability as int
        StatusText,
        LastSeen, // QDateTime, invalid when never seen
        Blocked,
        Network, // "" for XMPP contacts
    };

    explicit ContactFacts(QObject *parent = nullptr);

    void setPresenceCache(PresenceCache *presence);
    void setBlockList(BlockList *blockList);
    void setGatewayNetworks(GatewayNetworks *networks);
    PresenceCache *presenceCache() const;

    QVariant value(Fact fact, const QString &account, const QString &jid) const;
    // What value() says when nothing is known (offline, not blocked, plain XMPP).
    static QVariant unknown(Fact fact);
    // For models: value() of facts, or unknown() without any.
    static QVariant of(const ContactFacts *facts, Fact fact, const QString &account, const QString &jid)
    {
        return facts ? facts->value(fact, account, jid) : unknown(fact);
    }

Q_SIGNALS:
    // Availability, status text and last seen of one contact.
    void presenceChanged(const QString &account, const QString &jid);
    // Blocklist entries (addresses or domains, see BlockList::affects) added or removed.
    void blockListChanged(const QString &account, const QStringList &entries);
    // The network of contacts on this domain.
    void networkChanged(const QString &domain);
    // All of them may be different (a source was set).
    void reset();

private:
    QPointer<PresenceCache> m_presence;
    QPointer<BlockList> m_blockList;
    QPointer<GatewayNetworks> m_networks;
};
