// SPDX-License-Identifier: GPL-3.0-or-later
// A prepared statement that throws DatabaseError instead of failing silently. On a connection
// Database opened, the statement is prepared once and kept (SqlStatementCache); it is reset when
// this object goes.
#pragma once

#include <optional>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &exec();
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }

    // Runs a statement without parameters.
    static void execute(const QSqlDatabase &db, const QString &sql);

private:
    std::optional<QSqlQuery> m_own; // when the connection keeps no statement for this SQL free
    QSqlQuery *m_query = nullptr;
    QString m_connection;
    QString m_sql;
};
