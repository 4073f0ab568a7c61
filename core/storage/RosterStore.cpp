// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterStore.h"

#include "AccountRows.h"
#include "Database.h"
#include "SqlQuery.h"
#include "Transaction.h"

namespace {
// Group names cannot contain a newline in practice; a newline-joined column keeps the table flat.
const QChar groupSeparator = QLatin1Char('\n');

void writeItem(const QSqlDatabase &db, qint64 accountId, const RosterItem &item)
{
    SqlQuery(db,
        QStringLiteral(
            "INSERT INTO roster_items (account_id, jid, name, subscription, groups)"
            " VALUES (:a, :jid, :name, :sub, :groups) ON CONFLICT (account_id, jid) DO UPDATE SET"
            " name = excluded.name, subscription = excluded.subscription, groups = excluded.groups"))
        .bind(QStringLiteral(":a"), accountId)
        .bind(QStringLiteral(":jid"), item.jid)
        // Never a null QString: it binds as SQL NULL, which the NOT NULL columns refuse.
        .bind(QStringLiteral(":name"), item.name.isNull() ? QStringLiteral("") : item.name)
        .bind(QStringLiteral(":sub"), item.subscription)
        .bind(QStringLiteral(":groups"),
            item.groups.isEmpty() ? QStringLiteral("") : item.groups.join(groupSeparator))
        .exec();
}

void writeVersion(const QSqlDatabase &db, qint64 accountId, const QString &version)
{
    SqlQuery(db, QStringLiteral("UPDATE accounts SET roster_version = :v WHERE id = :a"))
        .bind(QStringLiteral(":v"), version.isEmpty() ? QVariant() : QVariant(version))
        .bind(QStringLiteral(":a"), accountId)
        .exec();
}

QList<RosterItem> readItems(const QSqlDatabase &db, const QString &account)
{
    SqlQuery query(db,
        QStringLiteral("SELECT r.jid, r.name, r.subscription, r.groups FROM roster_items r"
                       " JOIN accounts a ON a.id = r.account_id WHERE a.jid = :account ORDER BY r.jid"));
    query.bind(QStringLiteral(":account"), account).exec();
    QList<RosterItem> items;
    while (query.next()) {
        RosterItem item;
        item.jid = query.value(0).toString();
        item.name = query.value(1).toString();
        item.subscription = query.value(2).toInt();
        const QString groups = query.value(3).toString();
        item.groups = groups.isEmpty() ? QStringList() : groups.split(groupSeparator);
        items.append(item);
    }
    return items;
}
} // namespace

RosterStore::RosterStore(Database *database, QObject *parent) : QObject(parent), m_database(database) { }

QFuture<void> RosterStore::replaceRoster(
    const QString &account, const QList<RosterItem> &items, const QString &version)
{
    return m_database
        ->run([=](QSqlDatabase &db) {
            Transaction transaction(db);
            const qint64 accountId = AccountRows::accountId(db, account);
            SqlQuery(db, QStringLiteral("DELETE FROM roster_items WHERE account_id = :a"))
                .bind(QStringLiteral(":a"), accountId)
                .exec();
            for (const RosterItem &item : items) {
                writeItem(db, accountId, item);
            }
            writeVersion(db, accountId, version);
            transaction.commit();
        })
        .then(this, [=, this] { Q_EMIT rosterChanged(account); });
}

QFuture<void> RosterStore::upsertItem(const QString &account, const RosterItem &item, const QString &version)
{
    return m_database
        ->run([=](QSqlDatabase &db) {
            Transaction transaction(db);
            const qint64 accountId = AccountRows::accountId(db, account);
            writeItem(db, accountId, item);
            if (!version.isEmpty()) {
                writeVersion(db, accountId, version);
            }
            transaction.commit();
        })
        .then(this, [=, this] { Q_EMIT rosterChanged(account); });
}

QFuture<void> RosterStore::removeItem(const QString &account, const QString &jid, const QString &version)
{
    return m_database
        ->run([=](QSqlDatabase &db) {
            Transaction transaction(db);
            const qint64 accountId = AccountRows::accountId(db, account);
            SqlQuery(db, QStringLiteral("DELETE FROM roster_items WHERE jid = :jid AND account_id = :a"))
                .bind(QStringLiteral(":jid"), jid)
                .bind(QStringLiteral(":a"), accountId)
                .exec();
            if (!version.isEmpty()) {
                writeVersion(db, accountId, version);
            }
            transaction.commit();
        })
        .then(this, [=, this] { Q_EMIT rosterChanged(account); });
}

QFuture<QList<RosterItem>> RosterStore::items(const QString &account)
{
    return m_database->run([=](QSqlDatabase &db) { return readItems(db, account); });
}

QFuture<StoredRoster> RosterStore::storedRoster(const QString &account)
{
    return m_database->run([=](QSqlDatabase &db) {
        Transaction transaction(db);
        StoredRoster roster;
        roster.items = readItems(db, account);
        SqlQuery query(db, QStringLiteral("SELECT roster_version FROM accounts WHERE jid = :account"));
        query.bind(QStringLiteral(":account"), account).exec();
        if (query.next()) {
            roster.version = query.value(0).toString();
        }
        transaction.commit();
        return roster;
    });
}
