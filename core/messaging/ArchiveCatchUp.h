// SPDX-License-Identifier: GPL-3.0-or-later
// Catch-up from the account's own message archive (XEP-0313) after every (re)connect: from
// the newest archive id we stored, a page per transaction, the anchor moving only with the
// commit. On the first login (no anchor) it fetches the newest page, never the oldest.
#pragma once

#include <QFuture>
#include <QObject>

class Account;
class MessagePipeline;
class MessageStore;

class ArchiveCatchUp : public QObject
{
    Q_OBJECT
public:
    static constexpr int firstPageSize = 50;
    static constexpr int pageSize = 100;

    ArchiveCatchUp(
        Account *account, MessagePipeline *pipeline, MessageStore *store, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(int newMessages);
    void failed(const QString &reason);

private:
    void fetch(const QString &after);
    void finish();

    Account *m_account;
    MessagePipeline *m_pipeline;
    MessageStore *m_store;
    int m_generation = 0; // a reconnect starts over; answers to an older run are ignored
    int m_stored = 0;
    bool m_running = false;
};
