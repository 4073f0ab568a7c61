// SPDX-License-Identifier: GPL-3.0-or-later
// The order of a chat does not depend on timing: the same messages, arriving as offline copies
// (whole-second stamps), live copies (the receive time) and archive pages (exact stamps, read
// forwards or backwards), end in the server's order in every interleaving of those streams.
#include <functional>

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "Interleavings.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

namespace {
const QString me = QStringLiteral("me@example.test");
const QString bob = QStringLiteral("bob@example.test");

// Message n of the server's order, as one of its copies.
Message copy(int n, qint64 stampMs, int slackMs = 0)
{
    Message m;
    m.account = me;
    m.chatJid = bob;
    m.sender = bob;
    m.body = QStringLiteral("m%1").arg(n);
    m.timestamp = stampMs;
    m.timestampSlackMs = slackMs;
    m.stanzaId = QStringLiteral("sid-%1").arg(n);
    m.stanzaIdBy = me;
    m.messageId = QStringLiteral("id-%1").arg(n);
    return m;
}

// Prosody's archive stamps (microseconds, here in ms) of messages m1..m8: two share a
// millisecond, one falls on a whole second (as .000123 does once in a thousand).
const QList<qint64> exact { 0, 16'100, 16'100, 16'400, 16'950, 17'000, 17'200, 17'201, 17'900 };
// Offline storage stamps the same messages in whole seconds.
Message offline(int n)
{
    return copy(n, exact.at(n) / 1000 * 1000, 999);
}
Message archived(int n)
{
    return copy(n, exact.at(n), exact.at(n) % 1000 == 0 ? 999 : 0);
}
// A live copy carries no stamp: the receive time.
Message live(int n)
{
    return copy(n, QDateTime::currentMSecsSinceEpoch());
}

using Step = std::function<void(MessageStore &)>;
using Stream = QList<Step>;

Step push(const Message &m)
{
    return [m](MessageStore &store) { awaitResult(store.addMessage(m)); };
}

Step page(const QList<int> &numbers, bool backwards = false)
{
    return [=](MessageStore &store) {
        QList<Message> messages;
        for (int n : numbers) {
            messages.append(archived(n));
        }
        MessageStore::ArchiveProgress progress;
        progress.olderThanStored = backwards;
        (backwards ? progress.oldestId : progress.newestId) = messages.last().stanzaId;
        awaitResult(store.addArchivePage(me, me, messages, progress));
    };
}
} // namespace

class MessageOrderTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    // Runs every interleaving on a fresh store (after `setup`) and returns how many there were;
    // fails unless each ends with exactly `expected`, oldest first.
    int checkEveryInterleaving(const Stream &setup, const QList<Stream> &streams, const QStringList &expected)
    {
        int runs = 0;
        QList<Step> prefix;
        interleavings(streams, prefix, [&](const QList<Step> &steps) {
            if (QTest::currentTestFailed()) {
                return;
            }
            Database db(m_dir.filePath(QStringLiteral("order%1.sqlite").arg(++m_databases)));
            awaitResult(db.open());
            MessageStore store(&db);
            for (const Step &step : setup + steps) {
                step(store);
            }
            QStringList bodies;
            for (const Message &m : awaitResult(store.chatHistory(me, bob))) {
                bodies.append(m.body);
            }
            // The UI's keyset pages read the same order, newest first, two rows a page.
            QStringList paged;
            const qint64 chat = awaitResult(store.chatId(me, bob));
            PageCursor cursor;
            for (;;) {
                const auto rows = awaitResult(store.messagesBefore(chat, cursor, 2));
                for (const Message &m : rows) {
                    paged.prepend(m.body);
                }
                if (rows.size() < 2) {
                    break;
                }
                cursor = { rows.last().sortKey, rows.last().id };
            }
            ++runs;
            QCOMPARE(bodies, expected);
            QCOMPARE(paged, expected);
        });
        return runs;
    }

    static QStringList names(int from, int to)
    {
        QStringList list;
        for (int n = from; n <= to; ++n) {
            list.append(QStringLiteral("m%1").arg(n));
        }
        return list;
    }

private Q_SLOTS:
    // Back online after being away: the server delivers its offline copies while the catch-up
    // reads the same messages from the archive, after the anchor m0... in any mix.
    void offlineCopiesAndCatchUpPages()
    {
        const Stream offlineDelivery { push(offline(1)), push(offline(2)), push(offline(3)), push(offline(4)),
            push(offline(5)), push(offline(6)) };
        const Stream catchUp { page({ 1, 2, 3 }), page({ 4, 5, 6 }) };
        const int runs = checkEveryInterleaving({ page({ 0 }) }, { offlineDelivery, catchUp }, names(0, 6));
        QCOMPARE(runs, 28);
    }

    // Another device was online, so nothing was kept offline: the catch-up reads m1..m6 while
    // m7 and m8 arrive live, and the last page brings them again.
    void liveMessagesDuringCatchUp()
    {
        const Stream catchUp { page({ 1, 2, 3 }), page({ 4, 5, 6 }), page({ 7, 8 }) };
        const Stream liveStream { push(live(7)), push(live(8)) };
        const int runs = checkEveryInterleaving({ page({ 0 }) }, { catchUp, liveStream }, names(0, 8));
        QCOMPARE(runs, 10);
    }

    // A first login stores the newest page, then the backfill reads older pages backwards while
    // live messages arrive; whole-second and shared-millisecond stamps do not shuffle either.
    void backfillWhileLiveMessagesArrive()
    {
        const Stream backfill { page({ 4, 5, 6 }, true), page({ 1, 2, 3 }, true) };
        const Stream liveStream { push(live(9)), push(live(10)) };
        QStringList expected = names(1, 8);
        expected << QStringLiteral("m9") << QStringLiteral("m10");
        const int runs = checkEveryInterleaving({ page({ 7, 8 }) }, { backfill, liveStream }, expected);
        QCOMPARE(runs, 6);
    }

    // Offline copies, the live stream after them and a catch-up all at once.
    void offlineLiveAndCatchUp()
    {
        const Stream pushed { push(offline(1)), push(offline(2)), push(offline(3)), push(live(9)) };
        const Stream catchUp { page({ 1, 2 }), page({ 3 }) };
        QStringList expected = names(0, 3);
        expected << QStringLiteral("m9");
        const int runs = checkEveryInterleaving({ page({ 0 }) }, { pushed, catchUp }, expected);
        QCOMPARE(runs, 15);
    }

    // Offline delivery hands one message over after the ones that followed it (the server
    // re-routed it from the old session's queue): the catch-up page that lists it first puts it
    // before their stored copies, though its exact stamp falls after their whole-second ones.
    void catchUpPutsALateOfflineCopyBeforeTheOnesStoredFirst()
    {
        const Stream setup { page({ 0 }), push(offline(2)), push(offline(3)), push(offline(4)),
            push(offline(5)) };
        const Stream inOrder { page({ 1, 2, 3 }), page({ 4, 5 }), push(offline(1)) };
        QCOMPARE(checkEveryInterleaving(setup, { inOrder }, names(0, 5)), 1);
    }

    // Two late ones (loaded CI run: "missed 000" and "missed 001" re-routed from the old session
    // after the 148 that followed them): both go before the stored copies, each in its place,
    // not the second on the key of the first stored copy.
    void catchUpPutsTwoLateOfflineCopiesBeforeTheOnesStoredFirst()
    {
        const Stream setup { page({ 0 }), push(offline(3)), push(offline(4)), push(offline(5)) };
        const Stream inOrder { page({ 1, 2, 3 }), page({ 4, 5 }), push(offline(1)), push(offline(2)) };
        QCOMPARE(checkEveryInterleaving(setup, { inOrder }, names(0, 5)), 1);
    }

    // A sender-chosen date far in the future counts as the time it came: what comes after it
    // in the stream stays after it, and our own next message too.
    void futureStampsCountAsNow()
    {
        Database db(m_dir.filePath(QStringLiteral("future.sqlite")));
        awaitResult(db.open());
        MessageStore store(&db);
        awaitResult(
            store.addMessage(copy(1, QDateTime(QDate(9999, 12, 31), QTime(23, 0)).toMSecsSinceEpoch())));
        awaitResult(store.addMessage(live(2)));
        Message mine = live(3);
        mine.sender = me;
        mine.outgoing = true;
        mine.state = MessageState::Pending;
        mine.stanzaId.clear();
        mine.stanzaIdBy.clear();
        mine.originId = QStringLiteral("o-3");
        awaitResult(store.addMessage(mine));
        QStringList bodies;
        for (const Message &m : awaitResult(store.chatHistory(me, bob))) {
            bodies.append(m.body);
            QVERIFY(m.sortKey <= (QDateTime::currentMSecsSinceEpoch() + 1) * 1000);
        }
        QCOMPARE(bodies, names(1, 3));
    }
};

QTEST_GUILESS_MAIN(MessageOrderTest)
#include "tst_message_order.moc"
