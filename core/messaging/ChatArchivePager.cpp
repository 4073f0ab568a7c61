// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatArchivePager.h"

#include <QPromise>
#include <QXmppMamManager.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>

#include "ArchiveError.h"
#include "Logging.h"
#include "account/Account.h"
#include "capability/MessagePipeline.h"
#include "storage/MessageStore.h"

ChatArchivePager::ChatArchivePager(
    Account *account, MessagePipeline *pipeline, MessageStore *store, QObject *parent)
    : QObject(parent), m_account(account), m_pipeline(pipeline), m_store(store)
{
    connect(account, &Account::stateChanged, this, [this](Account::State state) {
        if (state == Account::State::Connected) {
            Q_EMIT available();
        }
    });
}

QFuture<ChatArchivePager::Result> ChatArchivePager::fetchOlder(const QString &chatJid)
{
    auto promise = std::make_shared<QPromise<Result>>();
    promise->start();
    auto future = promise->future();
    m_store->backfillState(m_account->jid(), m_account->jid())
        .then(this, [this, chatJid, promise](const std::pair<QString, bool> &backfill) {
            if (backfill.second) {
                // The whole archive is in the store already: nothing older exists.
                promise->addResult(Result { 0, true });
                promise->finish();
                return;
            }
            if (const QString resume = m_resumeBefore.take(chatJid); !resume.isEmpty()) {
                fetchPage(chatJid, resume, maxPagesPerCall, promise);
                return;
            }
            m_store->oldestArchiveId(m_account->jid(), chatJid)
                .then(this, [this, chatJid, promise](const QString &oldest) {
                    fetchPage(chatJid, oldest, maxPagesPerCall, promise);
                });
        });
    return future;
}

void ChatArchivePager::fetchPage(
    const QString &chatJid, const QString &before, int pagesLeft, std::shared_ptr<QPromise<Result>> promise)
{
    if (m_account->state() == Account::State::Connecting) {
        // Still logging in (a chat opened at start asks at once): wait for this attempt's end
        // rather than report a failure that is about to go away.
        auto waiting = std::make_shared<QMetaObject::Connection>();
        *waiting = connect(m_account, &Account::stateChanged, this,
            [this, waiting, chatJid, before, pagesLeft, promise](Account::State state) {
                if (state != Account::State::Connecting) {
                    disconnect(*waiting);
                    fetchPage(chatJid, before, pagesLeft, promise);
                }
            });
        return;
    }
    if (m_account->state() != Account::State::Connected) {
        promise->setException(
            ArchiveError(tr("%1 is not connected; older messages load once it is.").arg(m_account->jid())));
        promise->finish();
        return;
    }
    QXmppResultSetQuery page;
    page.setMax(pageSize);
    // An empty <before/> asks for the newest page: the chat has nothing archived stored yet.
    page.setBefore(before.isEmpty() ? QStringLiteral("") : before);
    m_account->archive()
        ->retrieveMessages({}, {}, chatJid, {}, {}, page)
        .then(this, [this, chatJid, pagesLeft, promise](QXmppMamManager::RetrieveResult result) {
            if (const auto *error = std::get_if<QXmppError>(&result)) {
                qCInfo(lcMessaging) << "older history of" << chatJid << "failed:" << error->description;
                promise->setException(
                    ArchiveError(tr("Older messages could not be loaded: %1").arg(error->description)));
                promise->finish();
                return;
            }
            auto &retrieved = std::get<QXmppMamManager::RetrievedMessages>(result);
            const QString first = retrieved.result.resultSetReply().first();
            const bool beginning
                = retrieved.result.complete() || retrieved.messages.isEmpty() || first.isEmpty();
            // No progress marks: this page says nothing about where the account-wide catch-up or
            // backfill stand. It lies before every archived row of the chat stored so far.
            MessageStore::ArchiveProgress progress;
            progress.olderThanStored = true;
            m_pipeline
                ->receiveArchivePage(
                    m_account->jid(), m_account->jid(), QList<QXmppMessage>(retrieved.messages), progress)
                .then(this,
                    [this, chatJid, first, beginning, pagesLeft, promise](const QList<Message> &stored) {
                        // A page of rows we already had (the backfill got there first, or the
                        // oldest stored rows lack archive ids): go on, or the view would wait
                        // for nothing.
                        if (stored.isEmpty() && !beginning) {
                            if (pagesLeft > 1) {
                                fetchPage(chatJid, first, pagesLeft - 1, promise);
                                return;
                            }
                            m_resumeBefore.insert(chatJid, first);
                        }
                        promise->addResult(Result { int(stored.size()), beginning });
                        promise->finish();
                    })
                .onFailed(this, [promise](const std::exception &e) {
                    promise->setException(ArchiveError(QString::fromUtf8(e.what())));
                    promise->finish();
                });
        });
}
