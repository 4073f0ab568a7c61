// SPDX-License-Identifier: GPL-3.0-or-later
// Which network a contact is on when its domain is an XMPP gateway (XEP-0100): read once per
// domain from the domain's service discovery identity, kept in the GatewayNetworkStore. Also
// the gateways each account's server offers (its disco#items whose identities name a network).
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QXmppDiscoveryIq.h>

class Account;
class GatewayNetworkStore;

// A gateway a server offers, as its disco#info describes it.
struct Gateway
{
    QString jid;
    QString name; // the identity's name, the jid when it has none
    QString network; // as GatewayNetworks::network()
    bool registration = false; // jabber:iq:register (XEP-0077 sign-in)
    bool prompt = false; // jabber:iq:gateway (XEP-0100 address translation)
    bool commands = false; // ad-hoc commands (XEP-0050)
    bool escaping = false; // jid\20escaping (XEP-0106)
};

class GatewayNetworks : public QObject
{
    Q_OBJECT
public:
    explicit GatewayNetworks(GatewayNetworkStore *store, QObject *parent = nullptr);

    // Discovers the domains of the account's contacts (once connected, and as contacts are added).
    void watch(Account *account);

    // "irc", "telegram", "signal", …, "gateway" for a gateway of another kind; empty for plain
    // XMPP contacts and for domains not discovered yet.
    QString network(const QString &jid) const;
    // Whether jid is the domain itself or an address on it.
    static bool onDomain(const QString &jid, const QString &domain);
    // The network that disco#info identities announce (same values as network()).
    static QString networkOf(const QList<QXmppDiscoveryIq::Identity> &identities);
    // The gateway that jid's disco#info describes; none for a room service, a server, …
    static std::optional<Gateway> gatewayOf(const QString &jid, const QXmppDiscoveryIq &info);
    // The gateways the account's server offers, by network then name (after discoverServer()).
    QList<Gateway> gateways(const QString &account) const { return m_gateways.value(account); }
    // Asks the account's server for its items and each item for its identities (done on each connect).
    void discoverServer(Account *account);

Q_SIGNALS:
    void networkChanged(const QString &domain);
    void gatewaysChanged(const QString &account);

private:
    void discover(Account *account, const QStringList &jids);
    void learn(const QString &domain, const QString &network, bool persist);

    GatewayNetworkStore *m_store;
    QHash<QString, QString> m_networks; // domain -> network ("" for plain XMPP)
    QSet<QString> m_asked; // domains asked (or being asked) during this run
    QHash<QString, QList<Gateway>> m_gateways; // account -> its server's gateways
};
