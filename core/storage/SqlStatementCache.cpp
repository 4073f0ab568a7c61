// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlStatementCache.h"

#include <memory>
#include <unordered_map>

#include <QSqlError>
#include <QVariant>

#include "DatabaseError.h"

namespace SqlStatementCache {
namespace {
struct Statement
{
    std::unique_ptr<QSqlQuery> query;
    bool inUse = false;
};

using Statements = std::unordered_map<QString, Statement>;

// Per thread: a connection is only used on the thread that opened it.
thread_local std::unordered_map<QString, Statements> cache;
} // namespace

void prepare(QSqlQuery &query, const QString &sql)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        throw DatabaseError(QStringLiteral("prepare failed: %1 [%2]").arg(query.lastError().text(), sql));
    }
}

void enable(const QString &connection)
{
    cache.try_emplace(connection);
}

void drop(const QString &connection)
{
    cache.erase(connection);
}

QSqlQuery *acquire(const QSqlDatabase &db, const QString &sql)
{
    const auto connection = cache.find(db.connectionName());
    if (connection == cache.end()) {
        return nullptr;
    }
    Statements &statements = connection->second;
    auto found = statements.find(sql);
    if (found == statements.end()) {
        if (statements.size() >= std::size_t(maxStatements)) {
            return nullptr;
        }
        auto query = std::make_unique<QSqlQuery>(db);
        prepare(*query, sql);
        found = statements.emplace(sql, Statement { std::move(query), false }).first;
    } else if (found->second.inUse) {
        return nullptr;
    }
    found->second.inUse = true;
    return found->second.query.get();
}

void release(const QString &connectionName, const QString &sql)
{
    const auto connection = cache.find(connectionName);
    if (connection == cache.end()) {
        return;
    }
    const auto found = connection->second.find(sql);
    if (found == connection->second.end()) {
        return;
    }
    QSqlQuery &query = *found->second.query;
    query.finish();
    // A value left bound would be used by the next run that does not bind that name itself.
    const QStringList names = query.boundValueNames();
    for (const QString &name : names) {
        query.bindValue(name, QVariant());
    }
    found->second.inUse = false;
}

} // namespace SqlStatementCache
