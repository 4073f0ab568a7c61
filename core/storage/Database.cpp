// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include "DatabaseError.h"
#include "Logging.h"
#include "Migrations.h"
#include "SqlQuery.h"
#include "SqlStatementCache.h"

namespace {
QAtomicInt connectionCounter;
}

Database::Database(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connectionName(QStringLiteral("isthmus-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("database"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

Database::~Database()
{
    // Queued after every job posted so far, so all of them still run and finish their futures.
    post([this] {
        if (QSqlDatabase::contains(m_connectionName)) {
            SqlStatementCache::drop(m_connectionName);
            QSqlDatabase::database(m_connectionName, false).close();
            QSqlDatabase::removeDatabase(m_connectionName);
        }
        m_thread.quit();
    });
    m_thread.wait();
}

void Database::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

QSqlDatabase Database::connection()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        return QSqlDatabase::database(m_connectionName, false);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!db.open()) {
        throw DatabaseError(QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text()));
    }
    SqlQuery::execute(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    SqlQuery::execute(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    SqlQuery::execute(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    SqlStatementCache::enable(m_connectionName);
    return db;
}

int Database::latestVersion()
{
    return Migrations::latestVersion();
}

QFuture<int> Database::open(int targetVersion)
{
    return run([targetVersion, path = m_path](QSqlDatabase &db) {
        const int version = Migrations::migrate(db, targetVersion);
        qCInfo(lcStorage) << "database" << path << "at schema version" << version;
        return version;
    });
}
