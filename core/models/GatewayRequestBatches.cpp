// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayRequestBatches.h"

#include <QXmppUtils.h>

#include "Session.h"
#include "SubscriptionRequestModel.h"
#include "roster/GatewayNetworks.h"

GatewayRequestBatches::GatewayRequestBatches(QObject *parent)
    : QAbstractListModel(parent)
    , m_singles(new SingleRequestFilter(
          [this](const QString &account, const QString &jid) { return covers(account, jid); }, this))
{
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &GatewayRequestBatches::rebuild);
}

Session *GatewayRequestBatches::session() const
{
    return m_session;
}

void GatewayRequestBatches::setSession(Session *session)
{
    if (m_session == session) {
        return;
    }
    for (const auto &c : std::as_const(m_connections)) {
        disconnect(c);
    }
    m_connections.clear();
    m_session = session;
    m_singles->setSourceModel(session ? session->subscriptionRequests() : nullptr);
    if (session) {
        auto later = [this] { m_rebuild.start(); };
        SubscriptionRequestModel *requests = session->subscriptionRequests();
        m_connections.append(connect(requests, &SubscriptionRequestModel::countChanged, this, later));
        m_connections.append(connect(requests, &QAbstractItemModel::modelReset, this, later));
        m_connections.append(
            connect(session->gatewayNetworks(), &GatewayNetworks::gatewaysChanged, this, later));
        m_connections.append(
            connect(session->gatewayNetworks(), &GatewayNetworks::networkChanged, this, later));
    }
    rebuild();
    Q_EMIT sessionChanged();
}

bool GatewayRequestBatches::isGateway(
    const QString &account, const QString &domain, QString *network, QString *name) const
{
    const auto gateways = m_session->gatewayNetworks()->gateways(account);
    for (const Gateway &g : gateways) {
        if (g.jid.compare(domain, Qt::CaseInsensitive) == 0) {
            *network = g.network;
            *name = g.name;
            return true;
        }
    }
    *network = m_session->gatewayNetworks()->network(domain);
    *name = domain;
    return !network->isEmpty();
}

void GatewayRequestBatches::rebuild()
{
    QList<Batch> batches;
    if (m_session) {
        SubscriptionRequestModel *requests = m_session->subscriptionRequests();
        QHash<QPair<QString, QString>, int> counts;
        QList<QPair<QString, QString>> order;
        for (int row = 0; row < requests->rowCount(); ++row) {
            const QModelIndex index = requests->index(row);
            const QPair<QString, QString> key { index.data(SubscriptionRequestModel::AccountRole).toString(),
                index.data(SubscriptionRequestModel::DomainRole).toString().toLower() };
            if (!counts.contains(key)) {
                order.append(key);
            }
            ++counts[key];
        }
        for (const auto &key : std::as_const(order)) {
            Batch batch { key.first, key.second, {}, {}, counts.value(key) };
            batch.isGateway = isGateway(key.first, key.second, &batch.network, &batch.name);
            if (batch.count >= (batch.isGateway ? minimumBatch : minimumFlood)
                && !m_reviewing.contains(key)) {
                batches.append(batch);
            }
        }
    }
    beginResetModel();
    m_batches = batches;
    endResetModel();
    m_singles->refresh();
    Q_EMIT countChanged();
}

QAbstractItemModel *GatewayRequestBatches::singles() const
{
    return m_singles;
}

void GatewayRequestBatches::review(int row)
{
    if (row >= 0 && row < m_batches.size()) {
        m_reviewing.insert({ m_batches.at(row).account, m_batches.at(row).gateway });
        rebuild();
    }
}

int GatewayRequestBatches::sourceRow(int singlesRow) const
{
    return m_singles->mapToSource(m_singles->index(singlesRow, 0)).row();
}

int GatewayRequestBatches::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

QVariant GatewayRequestBatches::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_batches.size()) {
        return {};
    }
    const Batch &b = m_batches.at(index.row());
    switch (role) {
    case AccountRole:
        return b.account;
    case GatewayRole:
        return b.gateway;
    case NetworkRole:
        return b.network;
    case Qt::DisplayRole:
    case NameRole:
        return b.name;
    case CountRole:
        return b.count;
    case IsGatewayRole:
        return b.isGateway;
    default:
        return {};
    }
}

QHash<int, QByteArray> GatewayRequestBatches::roleNames() const
{
    return { { AccountRole, "account" }, { GatewayRole, "gateway" }, { NetworkRole, "network" },
        { NameRole, "name" }, { CountRole, "count" }, { IsGatewayRole, "isGateway" } };
}

bool GatewayRequestBatches::covers(const QString &account, const QString &jid) const
{
    // Counted live, not from the last rebuild: the rows of a burst are hidden as they arrive,
    // before the batch's banner is built, so none of them becomes a delegate first.
    const QString domain = QXmppUtils::jidToDomain(jid).toLower();
    if (!m_session || m_reviewing.contains({ account, domain })) {
        return false;
    }
    QString network;
    QString name;
    const int count = m_session->subscriptionRequests()->countFrom(account, domain);
    return count >= (isGateway(account, domain, &network, &name) ? minimumBatch : minimumFlood);
}

void GatewayRequestBatches::acceptAll(int row)
{
    if (m_session && row >= 0 && row < m_batches.size() && m_batches.at(row).isGateway) {
        const Batch b = m_batches.at(row);
        m_session->subscriptionRequests()->approveAllFrom(b.account, b.gateway);
    }
}

void GatewayRequestBatches::denyAll(int row)
{
    if (m_session && row >= 0 && row < m_batches.size()) {
        const Batch b = m_batches.at(row);
        m_session->subscriptionRequests()->denyAllFrom(b.account, b.gateway);
    }
}
