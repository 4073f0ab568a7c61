// SPDX-License-Identifier: GPL-3.0-or-later
// Prepared statements kept per connection. Preparing costs more than running a small statement:
// QSqlQuery::prepare parses the named placeholders and SQLite compiles the SQL; in a first login's
// archive walk that was 3/4 of the time spent storing. Only connections that Database opened
// keep statements, each used by its own database thread, so the cache is per thread and unlocked.
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace SqlStatementCache {

// Before a connection's first statement; `drop` before it closes (kept statements hold it open).
void enable(const QString &connection);
void drop(const QString &connection);

// The statement for `sql` on that connection, prepared once; nullptr when the connection keeps
// none, or this one is in use further up the stack (the caller then prepares its own).
// Throws DatabaseError when preparing fails.
QSqlQuery *acquire(const QSqlDatabase &db, const QString &sql);
// Resets it (no rows held, no values bound) for the next use.
void release(const QString &connection, const QString &sql);

// Prepares `query` to be read forward only; throws DatabaseError when SQLite refuses the SQL.
// What every statement goes through, kept or not.
void prepare(QSqlQuery &query, const QString &sql);

// How many statements a connection keeps at most: SQL built on the fly (IN lists of every
// length) must not grow it without bound.
constexpr int maxStatements = 200;

} // namespace SqlStatementCache
