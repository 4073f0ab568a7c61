// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProsodyArchiveRows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace ProsodyArchiveRows {
namespace {
struct PatternRow
{
    QString host;
    QString with;
    QString type;
    QString value;
    double when = 0;
};

bool readPattern(QSqlDatabase &db, const Pattern &pattern, PatternRow *row, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(R"(SELECT "host", "with", "type", "value", "when" FROM "prosodyarchive"
        WHERE "user" = ? AND "store" = 'archive' AND "value" LIKE ? ORDER BY "sort_id" DESC LIMIT 1)"));
    query.addBindValue(pattern.user);
    query.addBindValue(QStringLiteral("%") + pattern.stanzaId + QStringLiteral("%"));
    if (!query.exec() || !query.next()) {
        *error = QStringLiteral("no archived row holds the pattern message %1: %2")
                     .arg(pattern.stanzaId, query.lastError().text());
        return false;
    }
    *row = { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
        query.value(3).toString(), query.value(4).toDouble() };
    if (!row->value.contains(pattern.body)) {
        *error = QStringLiteral("the archived pattern does not hold its body as sent: %1").arg(row->value);
        return false;
    }
    return true;
}

// The same lengths as the live seeding used: a few words to a paragraph.
QString bodyOf(int i)
{
    return QStringLiteral("message %1 ").arg(i, 6, 10, QLatin1Char('0'))
        + QString(QLatin1Char('x')).repeated((i * 37) % 300);
}

bool insertRows(QSqlDatabase &db, const Pattern &pattern, const PatternRow &row, int count, QString *error)
{
    QSqlQuery remove(db);
    // Offline messages too: the pattern may sit there as well, when the device it reached left
    // before acknowledging it (stream management hands unacknowledged messages to offline storage).
    remove.prepare(QStringLiteral(
        R"(DELETE FROM "prosodyarchive" WHERE "user" = ? AND "store" IN ('archive', 'offline'))"));
    remove.addBindValue(pattern.user);
    if (!remove.exec()) {
        *error = remove.lastError().text();
        return false;
    }
    // Times first, newest last, so that sort_id and "when" agree as they do on a live server.
    QList<double> times(count);
    double when = row.when;
    for (int i = count - 1; i >= 0; --i) {
        times[i] = when;
        when -= 2 + (i * 7919) % 178;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(R"(INSERT INTO "prosodyarchive"
        ("host", "user", "store", "when", "with", "key", "type", "value")
        VALUES (?, ?, 'archive', ?, ?, ?, ?, ?))"));
    for (int i = 0; i < count; ++i) {
        QString value = row.value;
        value.replace(pattern.stanzaId, QStringLiteral("seed-%1").arg(i));
        value.replace(pattern.body, bodyOf(i));
        insert.bindValue(0, row.host);
        insert.bindValue(1, pattern.user);
        insert.bindValue(2, times.at(i));
        insert.bindValue(3, row.with);
        insert.bindValue(4, QUuid::createUuid().toString(QUuid::WithoutBraces));
        insert.bindValue(5, row.type);
        insert.bindValue(6, value);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}
} // namespace

bool fill(const QString &databasePath, const Pattern &pattern, int count, QString *error)
{
    const QString connection = QStringLiteral("prosody-archive-rows");
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(databasePath);
        PatternRow row;
        if (!db.open()) {
            *error = db.lastError().text();
        } else if (readPattern(db, pattern, &row, error) && db.transaction()) {
            done = insertRows(db, pattern, row, count, error) && db.commit();
            if (!done) {
                db.rollback();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}
} // namespace ProsodyArchiveRows
