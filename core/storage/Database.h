// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite database on its own thread: every statement runs there, callers get a QFuture.
#pragma once

#include <exception>
#include <functional>
#include <memory>
#include <type_traits>

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>

class Database : public QObject
{
    Q_OBJECT
public:
    explicit Database(QString path, QObject *parent = nullptr);
    ~Database() override;

    // Opens the file (WAL) and migrates the schema up to targetVersion; yields the version reached.
    QFuture<int> open(int targetVersion = latestVersion());
    static int latestVersion();

    // Runs job(QSqlDatabase &) on the database thread.
    template<typename Job> auto run(Job job) -> QFuture<std::invoke_result_t<Job, QSqlDatabase &>>
    {
        using Result = std::invoke_result_t<Job, QSqlDatabase &>;
        auto promise = std::make_shared<QPromise<Result>>();
        auto future = promise->future();
        promise->start();
        post([this, promise, job = std::move(job)]() mutable {
            try {
                QSqlDatabase db = connection();
                if constexpr (std::is_void_v<Result>) {
                    job(db);
                } else {
                    promise->addResult(job(db));
                }
            } catch (...) {
                promise->setException(std::current_exception());
            }
            promise->finish();
        });
        return future;
    }

    const QString &path() const { return m_path; }

private:
    void post(std::function<void()> job);
    QSqlDatabase connection();

    QString m_path;
    QString m_connectionName;
    QThread m_thread;
    QObject *m_worker;
};
