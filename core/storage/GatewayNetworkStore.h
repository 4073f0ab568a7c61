// SPDX-License-Identifier: GPL-3.0-or-later
// The network each contact domain bridges to (empty: plain XMPP), as discovered, so a domain
// is asked only once.
#pragma once

#include <QFuture>
#include <QHash>
#include <QObject>

class Database;

class GatewayNetworkStore : public QObject
{
    Q_OBJECT
public:
    explicit GatewayNetworkStore(Database *database, QObject *parent = nullptr);

    QFuture<void> save(const QString &domain, const QString &network);
    // domain -> network, every domain ever discovered.
    QFuture<QHash<QString, QString>> all();

private:
    Database *m_database;
};
