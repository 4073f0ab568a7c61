// SPDX-License-Identifier: GPL-3.0-or-later
// Catch-up from the account's own message archive (XEP-0313) after every (re)connect: from
// the newest archive id we stored, a page per transaction, the anchor moving only with the
// commit. On the first login (no anchor) it fetches the newest page, never the oldest, then
// copies the rest of the archive backwards in the background (for search and scroll-back).
// While it reads forwards from an anchor, offline copies wait for its pages
// (MessagePipeline::holdOfflineCopies), at most holdLimitMs.
#pragma once

#include <memory>

#include <QFuture>
#include <QObject>
#include <QTimer>
#include <QXmppMamManager.h>

class Account;
class MessagePipeline;
class MessageStore;

class ArchiveCatchUp : public QObject
{
    Q_OBJECT
public:
    static constexpr int firstPageSize = 50;
    // What we ask for; servers cap it (Prosody at 50 unless configured, ejabberd at 250).
    static constexpr int pageSize = 250;
    // A catch-up slower than this (a server that never answers) no longer holds offline copies
    // back: they are stored as they came, after what is stored.
    static constexpr int holdLimitMs = 30'000;

    ArchiveCatchUp(
        Account *account, MessagePipeline *pipeline, MessageStore *store, QObject *parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }
    // Copying older history (before what the first login fetched) in the background.
    bool isBackfilling() const { return m_backfilling; }
    // Off: older history comes only when a chat scrolls back to it (e.g. on a metered link).
    // Takes effect at the next catch-up.
    void setBackfillEnabled(bool enabled) { m_backfillEnabled = enabled; }

Q_SIGNALS:
    void finished(int newMessages);
    void failed(const QString &reason);
    void backfillFinished();

private:
    void fetch(const QString &after);
    void finish();
    void releaseOfflineCopies();
    void fetchOlder(const QString &before);
    void storeOlder(int generation, const std::shared_ptr<QXmppMamManager::RetrievedMessages> &page);

    Account *m_account;
    MessagePipeline *m_pipeline;
    MessageStore *m_store;
    int m_generation = 0; // a reconnect starts over; answers to an older run are ignored
    int m_stored = 0;
    bool m_running = false;
    bool m_backfilling = false;
    bool m_backfillEnabled = true;
    QTimer m_holdLimit;
    QFuture<void> m_lastBackfillCommit = QtFuture::makeReadyVoidFuture();
};
