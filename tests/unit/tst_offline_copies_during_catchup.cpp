// SPDX-License-Identifier: GPL-3.0-or-later
// Offline copies that come while the catch-up reads the archive wait for its pages
// (MessagePipeline::holdOfflineCopies): a copy the server hands over late, even before the page
// that lists it, ends in the archive's order, and every message counts as arrived once.
#include <functional>

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmppMessage.h>

#include "AwaitFuture.h"
#include "Interleavings.h"
#include "capability/MessagePipeline.h"
#include "messaging/ChatMessageFilter.h"
#include "messaging/EmptyBodyFilter.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

namespace {
const QString me = QStringLiteral("me@example.test");
const QString bob = QStringLiteral("bob@example.test");
const qint64 base = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000 - 3600 * 1000;

// Message n as the server sent it: offline storage stamps whole seconds, the archive exact ones.
// Messages 1..4 fall within one second, so the stamps of the offline copies cannot order them.
QXmppMessage stanza(int n, bool fromArchive)
{
    QXmppMessage m(bob + QStringLiteral("/phone"), me, QStringLiteral("m%1").arg(n));
    m.setType(QXmppMessage::Chat);
    m.setId(QStringLiteral("id-%1").arg(n));
    m.setStanzaIds({ { QStringLiteral("sid-%1").arg(n), me } });
    const qint64 exact = base + (n == 0 ? -5000 : 100 + 150 * n);
    m.setStamp(QDateTime::fromMSecsSinceEpoch(fromArchive ? exact : exact / 1000 * 1000, QTimeZone::UTC));
    return m;
}

// "m<from>" .. "m<to>"
QStringList names(int from, int to)
{
    QStringList list;
    for (int n = from; n <= to; ++n) {
        list.append(QStringLiteral("m%1").arg(n));
    }
    return list;
}

using Step = std::function<void()>;
using Stream = QList<Step>;
} // namespace

class OfflineCopiesDuringCatchUpTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<MessagePipeline> m_pipeline;
    QList<QFuture<std::optional<Message>>> m_received;

    void open()
    {
        m_pipeline.reset();
        m_store.reset();
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_databases)));
        awaitResult(m_db->open());
        m_store = std::make_unique<MessageStore>(m_db.get());
        m_pipeline = std::make_unique<MessagePipeline>(m_store.get());
        m_pipeline->addStage(std::make_unique<ChatMessageFilter>());
        m_pipeline->addStage(std::make_unique<EmptyBodyFilter>());
        m_received.clear();
    }

    Step offline(int n)
    {
        return [this, n] { m_received.append(m_pipeline->receive(me, stanza(n, false))); };
    }

    Step page(const QList<int> &numbers)
    {
        return [this, numbers] {
            QList<QXmppMessage> stanzas;
            for (int n : numbers) {
                stanzas.append(stanza(n, true));
            }
            MessageStore::ArchiveProgress progress;
            progress.newestId = QStringLiteral("sid-%1").arg(numbers.last());
            awaitResult(m_pipeline->receiveArchivePage(me, me, stanzas, progress));
        };
    }

    QStringList bodies()
    {
        QStringList list;
        for (const Message &m : awaitResult(m_store->chatHistory(me, bob))) {
            list.append(m.body);
        }
        return list;
    }

private Q_SLOTS:
    // The loaded CI failure's order, and every other: the server hands m1 over after m2..m4
    // (re-routed from the old session), before or after the pages that list it.
    void aLateCopyEndsInTheArchivesOrderInEveryInterleaving()
    {
        const Stream offlineDelivery { offline(2), offline(3), offline(4), offline(1) };
        int runs = 0;
        QList<Step> prefix;
        interleavings(
            { offlineDelivery, { page({ 1, 2 }), page({ 3, 4 }) } }, prefix, [&](const QList<Step> &steps) {
                if (QTest::currentTestFailed()) {
                    return;
                }
                open();
                page({ 0 })(); // the anchor of an earlier session
                QSignalSpy arrived(m_pipeline.get(), &MessagePipeline::liveMessageStored);
                m_pipeline->holdOfflineCopies(me);
                for (const Step &step : steps) {
                    step();
                }
                m_pipeline->releaseOfflineCopies(me);
                for (const auto &received : std::as_const(m_received)) {
                    awaitResult(received);
                }
                ++runs;
                QCOMPARE(bodies(), names(0, 4));
                // Each offline copy counts as one arrival (a notification), whichever path stored it.
                QStringList notified;
                for (const QList<QVariant> &signal : std::as_const(arrived)) {
                    notified.append(signal.at(0).value<Message>().body);
                }
                notified.sort();
                QCOMPARE(notified, names(1, 4));
                QCOMPARE(m_pipeline->heldOfflineCopies(me), 0);
            });
        QCOMPARE(runs, 15);
    }

    // A copy no page brings (the server did not archive it) is stored when the hold ends, after
    // the pages, and nothing is lost.
    void aCopyNoPageBroughtIsStoredWhenTheHoldEnds()
    {
        open();
        page({ 0 })();
        QSignalSpy arrived(m_pipeline.get(), &MessagePipeline::liveMessageStored);
        m_pipeline->holdOfflineCopies(me);
        offline(3)();
        offline(1)();
        QCOMPARE(m_pipeline->heldOfflineCopies(me), 2);
        QVERIFY(!m_received.first().isFinished());
        page({ 1, 2 })();
        QCOMPARE(m_pipeline->heldOfflineCopies(me), 1); // m1 came with the page
        QVERIFY(m_received.at(1).isFinished());
        m_pipeline->releaseOfflineCopies(me);
        QVERIFY(awaitResult(m_received.first()));
        QCOMPARE(bodies(), names(0, 3));
        QCOMPARE(arrived.count(), 2);
    }

    // Without a catch-up (or after it), offline copies are stored as they come.
    void withoutAHoldCopiesAreStoredAtOnce()
    {
        open();
        page({ 0 })();
        m_pipeline->holdOfflineCopies(me);
        m_pipeline->releaseOfflineCopies(me);
        offline(1)();
        QVERIFY(awaitResult(m_received.first()));
        QCOMPARE(bodies(), names(0, 1));
    }
};

QTEST_GUILESS_MAIN(OfflineCopiesDuringCatchUpTest)
#include "tst_offline_copies_during_catchup.moc"
