// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayNetworkStore.h"

#include <QDateTime>

#include "Database.h"
#include "SqlQuery.h"

GatewayNetworkStore::GatewayNetworkStore(Database *database, QObject *parent)
    : QObject(parent), m_database(database)
{ }

QFuture<void> GatewayNetworkStore::save(const QString &domain, const QString &network)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery(db,
            QStringLiteral("INSERT INTO gateway_networks (domain, network, checked_at) VALUES (:d, :n, :t)"
                           " ON CONFLICT (domain) DO UPDATE SET network = excluded.network,"
                           " checked_at = excluded.checked_at"))
            .bind(QStringLiteral(":d"), domain)
            // Never a null QString: it binds as SQL NULL, which the NOT NULL column refuses.
            .bind(QStringLiteral(":n"), network.isNull() ? QStringLiteral("") : network)
            .bind(QStringLiteral(":t"), QDateTime::currentMSecsSinceEpoch())
            .exec();
    });
}

QFuture<QHash<QString, QString>> GatewayNetworkStore::all()
{
    return m_database->run([](QSqlDatabase &db) {
        SqlQuery query(db, QStringLiteral("SELECT domain, network FROM gateway_networks"));
        query.exec();
        QHash<QString, QString> networks;
        while (query.next()) {
            networks.insert(query.value(0).toString(), query.value(1).toString());
        }
        return networks;
    });
}
