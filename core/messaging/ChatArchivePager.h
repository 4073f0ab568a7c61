// SPDX-License-Identifier: GPL-3.0-or-later
// Older history of one chat from the account's own archive (XEP-0313, filtered by `with`), for
// scrolling back past what the store holds while the background backfill has not got there yet.
// Pages go through the receive pipeline into the store (deduplicated by archive id), so a page
// the backfill copies at the same time is stored once.
#pragma once

#include <memory>

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>

class Account;
class MessagePipeline;
class MessageStore;

class ChatArchivePager : public QObject
{
    Q_OBJECT
public:
    static constexpr int pageSize = 50;
    // Pages that only repeat stored rows are skipped; this bounds how many one call reads.
    static constexpr int maxPagesPerCall = 20;

    struct Result
    {
        int stored = 0; // rows that were new to the store
        bool beginning = false; // nothing older is left in the archive for this chat
    };

    ChatArchivePager(
        Account *account, MessagePipeline *pipeline, MessageStore *store, QObject *parent = nullptr);

    // Fetches and stores the archive page of `chatJid` just before the oldest archived message
    // stored for it. Fails (with words for a person) when the account is not connected or the
    // server refuses.
    QFuture<Result> fetchOlder(const QString &chatJid);

Q_SIGNALS:
    // The account (re)connected: a fetch that failed for want of a connection may be retried.
    void available();

private:
    void fetchPage(const QString &chatJid, const QString &before, int pagesLeft,
        std::shared_ptr<QPromise<Result>> promise);

    Account *m_account;
    MessagePipeline *m_pipeline;
    MessageStore *m_store;
    // Where a call that met only stored rows stopped, per chat: the next call goes on from there.
    QHash<QString, QString> m_resumeBefore;
};
