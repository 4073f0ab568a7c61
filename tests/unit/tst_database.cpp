// SPDX-License-Identifier: GPL-3.0-or-later
// The schema: fresh creation, upgrades from every older version with data kept, WAL, errors.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "AwaitFuture.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"
#include "storage/SqlQuery.h"

namespace {
// The migration that added contact_presence and gateway_networks (may be renumbered at merge).
constexpr int contactPresenceVersion = 13;
} // namespace

class DatabaseTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }

    static QStringList tables(Database &db)
    {
        return awaitResult(db.run([](QSqlDatabase &sql) { return sql.tables(); }));
    }

private Q_SLOTS:
    void freshDatabaseReachesLatestVersion()
    {
        Database db(freshPath());
        QCOMPARE(awaitResult(db.open()), Database::latestVersion());
        const QStringList names = tables(db);
        for (const char *table :
            { "accounts", "chats", "messages", "roster_items", "archive_sync", "schema_migrations" }) {
            QVERIFY2(names.contains(QLatin1String(table)), table);
        }
    }

    void usesWriteAheadLogOnItsOwnThread()
    {
        Database db(freshPath());
        awaitResult(db.open());
        const auto mode = awaitResult(db.run([](QSqlDatabase &sql) {
            QSqlQuery query(QStringLiteral("PRAGMA journal_mode"), sql);
            query.next();
            return query.value(0).toString();
        }));
        QCOMPARE(mode, QStringLiteral("wal"));
        const auto *thread = awaitResult(db.run([](QSqlDatabase &) { return QThread::currentThread(); }));
        QVERIFY(thread != QThread::currentThread());
    }

    // Every older version, filled with data, upgrades to the latest without losing a row.
    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 1; version < Database::latestVersion(); ++version) {
            QTest::addRow("v%d", version) << version;
        }
    }
    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        {
            Database old(path);
            QCOMPARE(awaitResult(old.open(from)), from);
            awaitResult(old.run([from](QSqlDatabase &sql) {
                SqlQuery::execute(
                    sql, QStringLiteral("INSERT INTO accounts (id, jid) VALUES (1, 'me@example.test')"));
                if (from >= contactPresenceVersion) {
                    SqlQuery::execute(sql,
                        QStringLiteral(
                            "INSERT INTO contact_presence (account_id, jid, availability, status_text,"
                            " last_seen) VALUES (1, 'you@example.test', 4, 'on holiday', 1000)"));
                    SqlQuery::execute(sql,
                        QStringLiteral("INSERT INTO gateway_networks (domain, network, checked_at)"
                                       " VALUES ('irc.example.test', 'irc', 1000)"));
                }
                SqlQuery::execute(sql,
                    QStringLiteral(
                        "INSERT INTO chats (id, account_id, jid) VALUES (1, 1, 'you@example.test')"));
                SqlQuery::execute(sql,
                    QStringLiteral(
                        "INSERT INTO messages (chat_id, account_id, sender, outgoing, body, timestamp)"
                        " VALUES (1, 1, 'you@example.test', 0, 'kept across upgrades', 1000)"));
            }));
        }
        Database upgraded(path);
        QCOMPARE(awaitResult(upgraded.open()), Database::latestVersion());
        const auto body = awaitResult(upgraded.run([](QSqlDatabase &sql) {
            QSqlQuery query(QStringLiteral("SELECT body FROM messages"), sql);
            return query.next() ? query.value(0).toString() : QString();
        }));
        QCOMPARE(body, QStringLiteral("kept across upgrades"));
        // Search finds it, by a word's first letters too (the index rebuilt in v21).
        const auto found = awaitResult(upgraded.run([](QSqlDatabase &sql) {
            QSqlQuery query(
                QStringLiteral("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'acr* upgrades'"),
                sql);
            return query.next() ? query.value(0).toInt() : -1;
        }));
        QCOMPARE(found, 1);
        QVERIFY(tables(upgraded).contains(QStringLiteral("roster_items")));
        QVERIFY(tables(upgraded).contains(QStringLiteral("outgoing_amendments")));
        // The account row from before is still there, with no certificate trusted (v12).
        const auto pin = awaitResult(upgraded.run([](QSqlDatabase &sql) {
            QSqlQuery query(QStringLiteral("SELECT jid, certificate_pin FROM accounts"), sql);
            return query.next() ? query.value(0).toString() + u'|' + query.value(1).toString() : QString();
        }));
        QCOMPARE(pin, QStringLiteral("me@example.test|"));
        // The message from before has no failure reason (v14).
        const auto reason = awaitResult(upgraded.run([](QSqlDatabase &sql) {
            QSqlQuery query(QStringLiteral("SELECT error_text FROM messages"), sql);
            return query.next() ? query.value(0).toString() : QStringLiteral("<no row>");
        }));
        QCOMPARE(reason, QString());
        // No roster version yet (v15): the first session after the upgrade asks for the whole roster.
        const auto rosterVersion = awaitResult(upgraded.run([](QSqlDatabase &sql) {
            QSqlQuery query(QStringLiteral("SELECT roster_version IS NULL FROM accounts"), sql);
            return query.next() ? query.value(0).toInt() : -1;
        }));
        QCOMPARE(rosterVersion, 1);
        // Presence and gateway rows: kept when they were there, storable when they were not.
        const auto presence = awaitResult(upgraded.run([from](QSqlDatabase &sql) {
            if (from < contactPresenceVersion) {
                SqlQuery::execute(sql,
                    QStringLiteral("INSERT INTO contact_presence (account_id, jid, availability, status_text,"
                                   " last_seen) VALUES (1, 'you@example.test', 4, 'on holiday', 1000)"));
                SqlQuery::execute(sql,
                    QStringLiteral("INSERT INTO gateway_networks (domain, network, checked_at)"
                                   " VALUES ('irc.example.test', 'irc', 1000)"));
            }
            QSqlQuery query(
                QStringLiteral("SELECT p.status_text, p.last_seen, g.network FROM contact_presence p,"
                               " gateway_networks g WHERE p.jid = 'you@example.test'"),
                sql);
            return query.next() ? QStringList { query.value(0).toString(), query.value(1).toString(),
                query.value(2).toString() }
                                : QStringList();
        }));
        QCOMPARE(presence,
            QStringList({ QStringLiteral("on holiday"), QStringLiteral("1000"), QStringLiteral("irc") }));
    }

    void reopeningDoesNotMigrateAgain()
    {
        const QString path = freshPath();
        {
            Database db(path);
            awaitResult(db.open());
        }
        Database db(path);
        QCOMPARE(awaitResult(db.open()), Database::latestVersion());
        const int rows = awaitResult(db.run([](QSqlDatabase &sql) {
            QSqlQuery query(QStringLiteral("SELECT count(*) FROM schema_migrations"), sql);
            query.next();
            return query.value(0).toInt();
        }));
        QCOMPARE(rows, Database::latestVersion());
    }

    void refusesADatabaseFromTheFuture()
    {
        const QString path = freshPath();
        {
            Database db(path);
            awaitResult(db.open());
            awaitResult(db.run([](QSqlDatabase &sql) {
                SqlQuery::execute(sql, QStringLiteral("INSERT INTO schema_migrations VALUES (999, 0)"));
            }));
        }
        Database db(path);
        auto future = db.open();
        QVERIFY(awaitFuture(future));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, future.result());
    }

    void sqlErrorsReachTheCallerInsteadOfCrashing()
    {
        Database db(freshPath());
        awaitResult(db.open());
        auto future = db.run(
            [](QSqlDatabase &sql) { SqlQuery::execute(sql, QStringLiteral("SELECT * FROM nowhere")); });
        QVERIFY(awaitFuture(future));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, future.waitForFinished());
        // And the database keeps working afterwards.
        QCOMPARE(awaitResult(db.run([](QSqlDatabase &) { return 42; })), 42);
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "tst_database.moc"
