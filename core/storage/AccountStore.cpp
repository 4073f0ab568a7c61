// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStore.h"

#include "AccountRows.h"
#include "Database.h"
#include "SqlQuery.h"
#include "Transaction.h"

AccountStore::AccountStore(Database *database, QObject *parent) : QObject(parent), m_database(database) { }

QFuture<void> AccountStore::save(const AccountConfig &config, bool enabled)
{
    return m_database->run([=](QSqlDatabase &db) {
        Transaction transaction(db);
        const qint64 id = AccountRows::accountId(db, config.jid);
        SqlQuery(db,
            QStringLiteral(
                "UPDATE accounts SET configured = 1, enabled = :enabled, host = :host, port = :port"
                " WHERE id = :id"))
            .bind(QStringLiteral(":enabled"), enabled)
            .bind(QStringLiteral(":host"), config.host)
            .bind(QStringLiteral(":port"), config.port)
            .bind(QStringLiteral(":id"), id)
            .exec();
        transaction.commit();
    });
}

QFuture<QList<AccountConfig>> AccountStore::configuredAccounts(bool enabledOnly)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db,
            QStringLiteral("SELECT jid, host, port, certificate_pin FROM accounts WHERE configured = 1 AND "
                           "(enabled = 1 OR :all)"
                           " ORDER BY id"));
        query.bind(QStringLiteral(":all"), !enabledOnly).exec();
        QList<AccountConfig> accounts;
        while (query.next()) {
            AccountConfig config;
            config.jid = query.value(0).toString();
            config.host = query.value(1).toString();
            config.port = query.value(2).toInt();
            config.certificatePin = query.value(3).toString();
            accounts.append(config);
        }
        return accounts;
    });
}

QFuture<void> AccountStore::forget(const QString &jid)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery(
            db, QStringLiteral("UPDATE accounts SET configured = 0, certificate_pin = '' WHERE jid = :jid"))
            .bind(QStringLiteral(":jid"), jid)
            .exec();
    });
}

QFuture<void> AccountStore::setCertificatePin(const QString &jid, const QString &sha256Hex)
{
    return m_database->run([=](QSqlDatabase &db) {
        Transaction transaction(db);
        const qint64 id = AccountRows::accountId(db, jid);
        SqlQuery(db, QStringLiteral("UPDATE accounts SET certificate_pin = :pin WHERE id = :id"))
            .bind(QStringLiteral(":pin"), sha256Hex)
            .bind(QStringLiteral(":id"), id)
            .exec();
        transaction.commit();
    });
}

QFuture<QString> AccountStore::certificatePin(const QString &jid)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db, QStringLiteral("SELECT certificate_pin FROM accounts WHERE jid = :jid"));
        query.bind(QStringLiteral(":jid"), jid).exec();
        return query.next() ? query.value(0).toString() : QString();
    });
}

QFuture<QList<AccountStore::Entry>> AccountStore::entries()
{
    return m_database->run([](QSqlDatabase &db) {
        SqlQuery query(
            db, QStringLiteral("SELECT jid, enabled FROM accounts WHERE configured = 1 ORDER BY id"));
        query.exec();
        QList<Entry> entries;
        while (query.next()) {
            entries.append(Entry { query.value(0).toString(), query.value(1).toBool() });
        }
        return entries;
    });
}

QFuture<void> AccountStore::setEnabled(const QString &jid, bool enabled)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery(db, QStringLiteral("UPDATE accounts SET enabled = :enabled WHERE jid = :jid"))
            .bind(QStringLiteral(":enabled"), enabled)
            .bind(QStringLiteral(":jid"), jid)
            .exec();
    });
}
