// SPDX-License-Identifier: GPL-3.0-or-later
// Which network a contact is on when its domain is an XMPP gateway (XEP-0100): read once per
// domain from the domain's service discovery identity, kept in the GatewayNetworkStore.
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QXmppDiscoveryIq.h>

class Account;
class GatewayNetworkStore;

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

Q_SIGNALS:
    void networkChanged(const QString &domain);

private:
    void discover(Account *account, const QStringList &jids);
    void learn(const QString &domain, const QString &network, bool persist);

    GatewayNetworkStore *m_store;
    QHash<QString, QString> m_networks; // domain -> network ("" for plain XMPP)
    QSet<QString> m_asked; // domains asked (or being asked) during this run
};
