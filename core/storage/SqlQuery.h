// SPDX-License-Identifier: GPL-3.0-or-later
// A prepared statement that throws DatabaseError instead of failing silently.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }

    // Runs a statement without parameters.
    static void execute(const QSqlDatabase &db, const QString &sql);

private:
    QSqlQuery m_query;
    QString m_sql;
};
