// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlQuery.h"

#include <QSqlError>

#include "DatabaseError.h"
#include "SqlStatementCache.h"

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_connection(db.connectionName()), m_sql(sql)
{
    if (QSqlQuery *kept = SqlStatementCache::acquire(db, sql)) {
        m_query = kept;
        return;
    }
    m_query = &m_own.emplace(db);
    SqlStatementCache::prepare(*m_query, sql);
}

SqlQuery::~SqlQuery()
{
    if (!m_own) {
        SqlStatementCache::release(m_connection, m_sql);
    }
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query->bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query->exec()) {
        throw DatabaseError(QStringLiteral("%1 [%2]").arg(m_query->lastError().text(), m_sql));
    }
    return *this;
}

void SqlQuery::execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        throw DatabaseError(QStringLiteral("%1 [%2]").arg(query.lastError().text(), sql));
    }
}
