// SPDX-License-Identifier: GPL-3.0-or-later
// Kept statements behave as freshly prepared ones: nothing bound or read carries over to the next
// use, a nested use of the same SQL gets its own, and a connection not opened by Database keeps none.
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "AwaitFuture.h"
#include "storage/Database.h"
#include "storage/DatabaseError.h"
#include "storage/SqlQuery.h"
#include "storage/SqlStatementCache.h"

class TestSqlStatementCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_database = std::make_unique<Database>(m_dir.filePath(QStringLiteral("cache.sqlite")));
        QVERIFY(awaitFuture(m_database->run([](QSqlDatabase &db) {
            SqlQuery::execute(db, QStringLiteral("CREATE TABLE IF NOT EXISTS t (k INTEGER, v TEXT)"));
            SqlQuery::execute(db, QStringLiteral("DELETE FROM t"));
            SqlQuery::execute(
                db, QStringLiteral("INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three')"));
        })));
    }
    void cleanup() { m_database.reset(); }

    void aStatementIsPreparedOnce()
    {
        const auto same = awaitResult(m_database->run([](QSqlDatabase &db) {
            const QString sql = QStringLiteral("SELECT v FROM t WHERE k = :k");
            QSqlQuery *first = SqlStatementCache::acquire(db, sql);
            SqlStatementCache::release(db.connectionName(), sql);
            QSqlQuery *second = SqlStatementCache::acquire(db, sql);
            SqlStatementCache::release(db.connectionName(), sql);
            return first != nullptr && first == second;
        }));
        QVERIFY(same);
    }

    void nothingBoundCarriesOver()
    {
        const auto values = awaitResult(m_database->run([](QSqlDatabase &db) {
            const QString sql = QStringLiteral("SELECT count(*) FROM t WHERE k = :k OR v = :v");
            QList<int> counts;
            {
                SqlQuery query(db, sql);
                query.bind(QStringLiteral(":k"), 1).bind(QStringLiteral(":v"), QStringLiteral("two")).exec();
                counts << (query.next() ? query.value(0).toInt() : -1);
            }
            {
                // :v left unbound: NULL, as in a fresh statement, not the "two" of the last use.
                SqlQuery query(db, sql);
                query.bind(QStringLiteral(":k"), 3).exec();
                counts << (query.next() ? query.value(0).toInt() : -1);
            }
            return counts;
        }));
        QCOMPARE(values, (QList<int> { 2, 1 }));
    }

    void aNestedUseOfTheSameSqlGetsItsOwn()
    {
        const auto pairs = awaitResult(m_database->run([](QSqlDatabase &db) {
            const QString sql = QStringLiteral("SELECT k FROM t ORDER BY k");
            QStringList seen;
            SqlQuery outer(db, sql);
            outer.exec();
            while (outer.next()) {
                SqlQuery inner(db, sql);
                inner.exec();
                int innerRows = 0;
                while (inner.next()) {
                    ++innerRows;
                }
                seen << QStringLiteral("%1:%2").arg(outer.value(0).toInt()).arg(innerRows);
            }
            return seen;
        }));
        QCOMPARE(
            pairs, (QStringList { QStringLiteral("1:3"), QStringLiteral("2:3"), QStringLiteral("3:3") }));
    }

    void aStatementLeftHalfReadHoldsNothing()
    {
        // A statement still stepping would keep the table locked against DROP.
        const auto dropped = awaitResult(m_database->run([](QSqlDatabase &db) {
            {
                SqlQuery query(db, QStringLiteral("SELECT k FROM t"));
                query.exec();
                query.next();
            }
            try {
                SqlQuery::execute(db, QStringLiteral("DROP TABLE t"));
            } catch (const DatabaseError &) {
                return false;
            }
            return true;
        }));
        QVERIFY(dropped);
    }

    void aConnectionNotOpenedByDatabaseKeepsNone()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QCOMPARE(SqlStatementCache::acquire(db, QStringLiteral("SELECT 1")), nullptr);
            SqlQuery query(db, QStringLiteral("SELECT 1"));
            query.exec();
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    }

    void theNumberKeptIsBounded()
    {
        const auto kept = awaitResult(m_database->run([](QSqlDatabase &db) {
            int count = 0;
            for (int i = 0; i < SqlStatementCache::maxStatements + 20; ++i) {
                const QString sql = QStringLiteral("SELECT %1").arg(i);
                if (SqlStatementCache::acquire(db, sql)) {
                    ++count;
                    SqlStatementCache::release(db.connectionName(), sql);
                }
                SqlQuery query(db, sql); // still works, kept or not
                query.exec();
                if (!query.next() || query.value(0).toInt() != i) {
                    return -1;
                }
            }
            return count;
        }));
        QVERIFY(kept > 0);
        QVERIFY(kept <= SqlStatementCache::maxStatements);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestSqlStatementCache)
#include "tst_sqlstatementcache.moc"
