// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveCatchUp.h"

#include <QXmppMamManager.h>
#include <QXmppMessage.h>
#include <QXmppStanza.h>
#include <QXmppTask.h>

#include "Logging.h"
#include "account/Account.h"
#include "capability/MessagePipeline.h"
#include "storage/MessageStore.h"

ArchiveCatchUp::ArchiveCatchUp(
    Account *account, MessagePipeline *pipeline, MessageStore *store, QObject *parent)
    : QObject(parent), m_account(account), m_pipeline(pipeline), m_store(store)
{
    m_holdLimit.setSingleShot(true);
    m_holdLimit.setInterval(holdLimitMs);
    connect(&m_holdLimit, &QTimer::timeout, this, [this] {
        qCWarning(lcMessaging) << m_account->jid() << "archive catch-up still running after" << holdLimitMs
                               << "ms: offline copies are stored as they come";
        releaseOfflineCopies();
    });
    connect(account, &Account::stateChanged, this, [this](Account::State state) {
        if (state == Account::State::Connected) {
            start();
        } else {
            // Nothing held is lost: what no page brought is stored now.
            releaseOfflineCopies();
        }
    });
}

void ArchiveCatchUp::releaseOfflineCopies()
{
    m_holdLimit.stop();
    m_pipeline->releaseOfflineCopies(m_account->jid());
}

void ArchiveCatchUp::start()
{
    const int generation = ++m_generation;
    m_running = true;
    m_stored = 0;
    // From the start: offline delivery may begin before the anchor is read.
    m_pipeline->holdOfflineCopies(m_account->jid());
    m_holdLimit.start();
    m_store->archiveAnchor(m_account->jid(), m_account->jid())
        .then(this, [this, generation](const QString &anchor) {
            if (generation == m_generation) {
                fetch(anchor);
            }
        });
}

void ArchiveCatchUp::fetch(const QString &after)
{
    const int generation = m_generation;
    const bool firstSync = after.isEmpty();
    if (firstSync) {
        // The newest page is not everything after the offline copies: they go in as they come.
        releaseOfflineCopies();
    }
    QXmppResultSetQuery page;
    if (firstSync) {
        page.setMax(firstPageSize);
        page.setBefore(QStringLiteral("")); // an empty <before/>: the newest page
    } else {
        page.setMax(pageSize);
        page.setAfter(after);
    }
    m_account->archive()
        ->retrieveMessages({}, {}, {}, {}, {}, page)
        .then(this, [this, generation, firstSync, after](QXmppMamManager::RetrieveResult result) {
            if (generation != m_generation) {
                return;
            }
            if (const auto *error = std::get_if<QXmppError>(&result)) {
                const auto stanzaError = error->value<QXmppStanza::Error>();
                if (!firstSync && stanzaError
                    && stanzaError->condition() == QXmppStanza::Error::ItemNotFound) {
                    // The archive no longer knows our anchor (expired or reset): start afresh.
                    qCInfo(lcMessaging)
                        << "archive anchor" << after << "unknown to the server, fetching the newest page";
                    m_store->clearArchiveAnchor(m_account->jid(), m_account->jid())
                        .then(this, [this, generation] {
                            if (generation == m_generation) {
                                fetch({});
                            }
                        });
                    return;
                }
                qCWarning(lcMessaging) << "archive catch-up failed:" << error->description;
                m_running = false;
                releaseOfflineCopies();
                Q_EMIT failed(error->description);
                return;
            }
            auto &retrieved = std::get<QXmppMamManager::RetrievedMessages>(result);
            const QString last = retrieved.result.resultSetReply().last();
            const QString first = retrieved.result.resultSetReply().first();
            const bool complete = retrieved.result.complete() || retrieved.messages.isEmpty();
            // The first page also starts the backfill mark: older history is fetched before it.
            // "Nothing older" only with a page to be older than: an empty archive leaves no anchor,
            // so the next connect fetches just the newest page again, and whatever came meanwhile
            // beyond that page is older history the backfill (and scroll-back) must still fetch.
            const MessageStore::ArchiveProgress progress { last, firstSync ? first : QString(),
                firstSync && complete && !first.isEmpty() };
            m_pipeline
                ->receiveArchivePage(
                    m_account->jid(), m_account->jid(), QList<QXmppMessage>(retrieved.messages), progress)
                .then(this,
                    [this, generation, firstSync, complete, last](const QList<Message> &stored) {
                        if (generation != m_generation) {
                            return;
                        }
                        m_stored += int(stored.size());
                        // The first sync stops at the newest page; older history follows in the
                        // background (backfill), newest first.
                        if (firstSync || complete || last.isEmpty()) {
                            finish();
                        } else {
                            fetch(last);
                        }
                    })
                .onFailed(this, [this](const std::exception &e) {
                    qCWarning(lcMessaging) << "storing archive page failed:" << e.what();
                    m_running = false;
                    releaseOfflineCopies();
                    Q_EMIT failed(QString::fromUtf8(e.what()));
                });
        });
}

void ArchiveCatchUp::finish()
{
    m_running = false;
    releaseOfflineCopies();
    qCInfo(lcMessaging) << m_account->jid() << "archive catch-up done," << m_stored << "new messages";
    Q_EMIT finished(m_stored);
    const int generation = m_generation;
    m_store->backfillState(m_account->jid(), m_account->jid())
        .then(this, [this, generation](const std::pair<QString, bool> &state) {
            // Without a stored page (the archive was empty) there is nothing to go back from: an
            // empty <before/> would ask for the newest page and take its end for the beginning.
            if (generation == m_generation && !state.second && !state.first.isEmpty() && m_backfillEnabled) {
                m_backfilling = true;
                fetchOlder(state.first);
            }
        });
}

void ArchiveCatchUp::fetchOlder(const QString &before)
{
    const int generation = m_generation;
    QXmppResultSetQuery page;
    page.setMax(pageSize);
    page.setBefore(before.isEmpty() ? QStringLiteral("") : before);
    m_account->archive()
        ->retrieveMessages({}, {}, {}, {}, {}, page)
        .then(this, [this, generation](QXmppMamManager::RetrieveResult result) {
            if (generation != m_generation) {
                return;
            }
            if (const auto *error = std::get_if<QXmppError>(&result)) {
                // Not fatal: the next connect resumes from the last committed page.
                qCInfo(lcMessaging) << "archive backfill paused:" << error->description;
                m_backfilling = false;
                return;
            }
            auto retrieved = std::make_shared<QXmppMamManager::RetrievedMessages>(
                std::get<QXmppMamManager::RetrievedMessages>(std::move(result)));
            // The server reads the next page while this one commits, but a page is handed to
            // the store only after the one before it committed: pages commit in archive order
            // (each moves the resume point) and at most two are held in memory.
            if (m_lastBackfillCommit.isFinished()) {
                storeOlder(generation, retrieved);
            } else {
                m_lastBackfillCommit.then(
                    this, [this, generation, retrieved] { storeOlder(generation, retrieved); });
            }
        });
}

void ArchiveCatchUp::storeOlder(
    int generation, const std::shared_ptr<QXmppMamManager::RetrievedMessages> &retrieved)
{
    if (generation != m_generation) {
        return;
    }
    const QString first = retrieved->result.resultSetReply().first();
    const bool complete = retrieved->result.complete() || retrieved->messages.isEmpty() || first.isEmpty();
    m_lastBackfillCommit = m_pipeline
                               ->receiveArchivePage(m_account->jid(), m_account->jid(),
                                   QList<QXmppMessage>(retrieved->messages), { {}, first, complete, true })
                               .then(this, [this, generation, complete](const QList<Message> &) {
                                   if (generation != m_generation || !complete) {
                                       return;
                                   }
                                   m_backfilling = false;
                                   qCInfo(lcMessaging) << m_account->jid() << "archive backfill complete";
                                   Q_EMIT backfillFinished();
                               });
    if (!complete) {
        fetchOlder(first);
    }
}
