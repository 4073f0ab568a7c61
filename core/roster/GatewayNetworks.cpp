// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayNetworks.h"

#include <algorithm>

#include <QPointer>
#include <QXmppDiscoveryManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include "Logging.h"
#include "account/Account.h"
#include "storage/GatewayNetworkStore.h"
#include "xmpp/Rfc6121RosterManager.h"

namespace {
// Gateway types (XMPP registrar's disco categories, and those Slidge gateways announce) that
// have a name and an icon of their own; any other gateway is just "gateway".
const QSet<QString> knownNetworks { QStringLiteral("irc"), QStringLiteral("telegram"),
    QStringLiteral("signal"), QStringLiteral("whatsapp"), QStringLiteral("matrix"), QStringLiteral("sms"),
    QStringLiteral("discord"), QStringLiteral("facebook"), QStringLiteral("skype"), QStringLiteral("steam"),
    QStringLiteral("mattermost"), QStringLiteral("smtp"), QStringLiteral("pstn") };
// Past this many items a server's list is bad input: the rest are not asked.
constexpr qsizetype maxServerItems = 200;
} // namespace

GatewayNetworks::GatewayNetworks(GatewayNetworkStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    store->all()
        .then(this,
            [this](const QHash<QString, QString> &stored) {
                for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
                    if (!m_networks.contains(it.key())) {
                        learn(it.key(), it.value(), false);
                    }
                }
            })
        .onFailed(this, [](const std::exception &e) {
            qCWarning(lcStorage) << "loading the gateway networks failed:" << e.what();
        });
}

QString GatewayNetworks::networkOf(const QList<QXmppDiscoveryIq::Identity> &identities)
{
    QString network;
    for (const QXmppDiscoveryIq::Identity &identity : identities) {
        const QString type = identity.type().trimmed().toLower();
        if (identity.category() == QLatin1String("gateway")) {
            return knownNetworks.contains(type) ? type : QStringLiteral("gateway");
        }
        // Biboumi, the IRC gateway, presents itself as a service of IRC rooms.
        if (identity.category() == QLatin1String("conference") && type == QLatin1String("irc")) {
            network = QStringLiteral("irc");
        }
    }
    return network;
}

std::optional<Gateway> GatewayNetworks::gatewayOf(const QString &jid, const QXmppDiscoveryIq &info)
{
    const QString network = networkOf(info.identities());
    if (network.isEmpty()) {
        return std::nullopt;
    }
    Gateway gateway;
    gateway.jid = jid;
    gateway.network = network;
    const auto identities = info.identities();
    for (const QXmppDiscoveryIq::Identity &identity : identities) {
        // The gateway identity names the gateway (Slidge also announces a room service).
        if (!identity.name().isEmpty()
            && (gateway.name.isEmpty() || identity.category() == QLatin1String("gateway"))) {
            gateway.name = identity.name();
        }
    }
    if (gateway.name.isEmpty()) {
        gateway.name = jid;
    }
    const QStringList features = info.features();
    gateway.registration = features.contains(QStringLiteral("jabber:iq:register"));
    gateway.prompt = features.contains(QStringLiteral("jabber:iq:gateway"));
    gateway.commands = features.contains(QStringLiteral("http://jabber.org/protocol/commands"));
    gateway.escaping = features.contains(QStringLiteral("jid\\20escaping"));
    return gateway;
}

void GatewayNetworks::discoverServer(Account *account)
{
    const QString accountJid = account->jid();
    const QString domain = QXmppUtils::jidToDomain(accountJid);
    account->discovery()->requestDiscoItems(domain).then(this,
        [this, account = QPointer<Account>(account), accountJid](
            QXmppDiscoveryManager::ItemsResult &&result) {
            const auto *items = std::get_if<QList<QXmppDiscoveryIq::Item>>(&result);
            if (!items || !account) {
                return;
            }
            m_gateways.remove(accountJid);
            Q_EMIT gatewaysChanged(accountJid);
            QSet<QString> seen;
            for (const QXmppDiscoveryIq::Item &item : *items) {
                if (item.jid().isEmpty() || !item.node().isEmpty() || seen.contains(item.jid())) {
                    continue;
                }
                if (seen.size() == maxServerItems) {
                    break;
                }
                seen.insert(item.jid());
                const QString jid = item.jid();
                account->discovery()->requestDiscoInfo(jid).then(
                    this, [this, accountJid, jid](QXmppDiscoveryManager::InfoResult &&info) {
                        const auto *answer = std::get_if<QXmppDiscoveryIq>(&info);
                        if (!answer) {
                            return;
                        }
                        const std::optional<Gateway> gateway = gatewayOf(jid, *answer);
                        if (!gateway) {
                            return;
                        }
                        learn(QXmppUtils::jidToDomain(jid), gateway->network, true);
                        QList<Gateway> &list = m_gateways[accountJid];
                        list.append(*gateway);
                        std::sort(list.begin(), list.end(), [](const Gateway &a, const Gateway &b) {
                            return std::pair(a.network, a.name.toLower())
                                < std::pair(b.network, b.name.toLower());
                        });
                        Q_EMIT gatewaysChanged(accountJid);
                    });
            }
        });
}

void GatewayNetworks::watch(Account *account)
{
    connect(account->client(), &QXmppClient::connected, this, [this, account] { discoverServer(account); });
    Rfc6121RosterManager *roster = account->roster();
    connect(roster, &Rfc6121RosterManager::rosterReceived, this,
        [this, account, roster] { discover(account, roster->getRosterBareJids()); });
    connect(roster, &Rfc6121RosterManager::itemAdded, this,
        [this, account](const QString &jid) { discover(account, { jid }); });
}

void GatewayNetworks::discover(Account *account, const QStringList &jids)
{
    const QString ownDomain = QXmppUtils::jidToDomain(account->jid());
    for (const QString &jid : jids) {
        const QString domain = QXmppUtils::jidToDomain(jid);
        // Our own server is no gateway; a known domain is not asked again.
        if (domain.isEmpty() || domain == ownDomain || m_networks.contains(domain)
            || m_asked.contains(domain)) {
            continue;
        }
        m_asked.insert(domain);
        account->discovery()->requestDiscoInfo(domain).then(
            this, [this, domain](QXmppDiscoveryManager::InfoResult &&result) {
                if (const auto *info = std::get_if<QXmppDiscoveryIq>(&result)) {
                    learn(domain, networkOf(info->identities()), true);
                } else {
                    // Unreachable now (a server down): asked again in the next run.
                    qCInfo(lcAccount) << "no service discovery for" << domain << ":"
                                      << std::get<QXmppError>(result).description;
                }
            });
    }
}

void GatewayNetworks::learn(const QString &domain, const QString &network, bool persist)
{
    const bool changed = m_networks.value(domain) != network;
    m_networks.insert(domain, network);
    if (persist) {
        m_store->save(domain, network).onFailed(this, [](const std::exception &e) {
            qCWarning(lcStorage) << "storing a gateway network failed:" << e.what();
        });
    }
    if (changed) {
        Q_EMIT networkChanged(domain);
    }
}

QString GatewayNetworks::network(const QString &jid) const
{
    return m_networks.value(QXmppUtils::jidToDomain(jid));
}

bool GatewayNetworks::onDomain(const QString &jid, const QString &domain)
{
    return jid == domain
        || (jid.size() > domain.size() && jid.endsWith(domain)
            && jid.at(jid.size() - domain.size() - 1) == u'@');
}
