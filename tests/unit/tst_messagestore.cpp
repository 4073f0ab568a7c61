// SPDX-License-Identifier: GPL-3.0-or-later
// MessageStore against a real SQLite file: deduplication, keyset paging, chats, states.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "MessageListModel.h"
#include "SearchResultsModel.h"
#include "storage/Database.h"
#include "storage/MessageAmendments.h"
#include "storage/MessageStore.h"

namespace {
const QString me = QStringLiteral("me@example.test");
const QString bob = QStringLiteral("bob@example.test");
const QString carol = QStringLiteral("carol@example.test");

Message incoming(const QString &from, const QString &body, qint64 ts, const QString &stanzaId = {},
    const QString &originId = {})
{
    Message m;
    m.account = me;
    m.chatJid = from;
    m.sender = from;
    m.body = body;
    m.timestamp = ts;
    m.stanzaId = stanzaId;
    m.stanzaIdBy = stanzaId.isEmpty() ? QString() : me;
    m.originId = originId;
    return m;
}
} // namespace

class MessageStoreTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++n)));
        awaitResult(m_db->open());
        m_store = std::make_unique<MessageStore>(m_db.get());
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void storesAndSignals()
    {
        QSignalSpy added(m_store.get(), &MessageStore::messageAdded);
        const auto stored = awaitResult(m_store->addMessage(incoming(bob, QStringLiteral("hi"), 1000)));
        QVERIFY(stored.has_value());
        QVERIFY(stored->id > 0);
        QVERIFY(stored->chatId > 0);
        QCOMPARE(added.count(), 1);
    }

    void duplicateArchiveIdIsStoredOnce()
    {
        QVERIFY(awaitResult(
            m_store->addMessage(incoming(bob, QStringLiteral("a"), 1000, QStringLiteral("sid-1")))));
        // The same archived message again (a second catch-up), even with another timestamp.
        QVERIFY(!awaitResult(
            m_store->addMessage(incoming(bob, QStringLiteral("a"), 2000, QStringLiteral("sid-1")))));
        // Same text but another id is another message: never deduplicate by body.
        QVERIFY(awaitResult(
            m_store->addMessage(incoming(bob, QStringLiteral("a"), 3000, QStringLiteral("sid-2")))));
        const qint64 chat = awaitResult(m_store->chatId(me, bob));
        QCOMPARE(awaitResult(m_store->messagesBefore(chat, {}, 10)).size(), 2);
    }

    void duplicateOriginIdFromTheSameSenderIsStoredOnce()
    {
        QVERIFY(awaitResult(
            m_store->addMessage(incoming(bob, QStringLiteral("x"), 1000, {}, QStringLiteral("o-1")))));
        QVERIFY(!awaitResult(
            m_store->addMessage(incoming(bob, QStringLiteral("x"), 1000, {}, QStringLiteral("o-1")))));
        // Another sender may pick the same origin-id.
        QVERIFY(awaitResult(
            m_store->addMessage(incoming(carol, QStringLiteral("x"), 1000, {}, QStringLiteral("o-1")))));
    }

    void archiveCopyOfOwnMessageAddsItsStanzaId()
    {
        Message sent;
        sent.account = me;
        sent.chatJid = bob;
        sent.sender = me;
        sent.outgoing = true;
        sent.body = QStringLiteral("mine");
        sent.timestamp = 1000;
        sent.originId = QStringLiteral("uuid-1");
        sent.state = MessageState::Pending;
        QVERIFY(awaitResult(m_store->addMessage(sent)));
        Message archived = sent;
        archived.stanzaId = QStringLiteral("archive-7");
        archived.stanzaIdBy = me;
        archived.state = MessageState::Sent;
        QVERIFY(!awaitResult(m_store->addMessage(archived)));
        const qint64 chat = awaitResult(m_store->chatId(me, bob));
        const auto page = awaitResult(m_store->messagesBefore(chat, {}, 10));
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().stanzaId, QStringLiteral("archive-7"));
    }

    void pagesByKeysetNewestFirstWithoutGapsOrRepeats()
    {
        // Equal timestamps on purpose: the id breaks the tie.
        for (int i = 0; i < 120; ++i) {
            awaitResult(m_store->addMessage(incoming(bob, QString::number(i), 1000 + i / 3)));
        }
        const qint64 chat = awaitResult(m_store->chatId(me, bob));
        QStringList seen;
        PageCursor cursor;
        for (;;) {
            const auto page = awaitResult(m_store->messagesBefore(chat, cursor, 25));
            for (const Message &m : page) {
                seen.append(m.body);
            }
            if (page.size() < 25) {
                break;
            }
            cursor = { page.last().timestamp, page.last().id };
        }
        QCOMPARE(seen.size(), 120);
        for (int i = 0; i < 120; ++i) {
            QCOMPARE(seen.at(i), QString::number(119 - i));
        }
    }

    // A live message at 05.700, then one stamped "05" (whole seconds) by the server's offline
    // storage that really came later: it must not jump ahead.
    void wholeSecondStampsKeepArrivalOrder()
    {
        awaitResult(m_store->addMessage(incoming(bob, QStringLiteral("first"), 5700)));
        Message delayed = incoming(bob, QStringLiteral("second"), 5000);
        delayed.timestampSlackMs = 999;
        awaitResult(m_store->addMessage(delayed));
        // Outside the second's slack it keeps its stamp.
        Message older = incoming(bob, QStringLiteral("much older"), 1000);
        older.timestampSlackMs = 999;
        awaitResult(m_store->addMessage(older));
        const qint64 chat = awaitResult(m_store->chatId(me, bob));
        const auto page = awaitResult(m_store->messagesBefore(chat, {}, 10));
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.at(0).body, QStringLiteral("second"));
        QCOMPARE(page.at(1).body, QStringLiteral("first"));
        QCOMPARE(page.at(2).body, QStringLiteral("much older"));
    }

    // Scrolling back (or the backfill) brings a page older than what is stored, stamped in whole
    // seconds like the stored rows of the same second: it goes before them, in archive order.
    void olderArchivePageGoesBeforeStoredRowsOfTheSameSecond()
    {
        Message newest = incoming(bob, QStringLiteral("newest"), 5000, QStringLiteral("id-9"));
        newest.timestampSlackMs = 999;
        awaitResult(m_store->addArchivePage(me, me, { newest }, {}));
        QList<Message> older;
        for (int i = 0; i < 3; ++i) { // oldest first, as the archive sends them
            Message m
                = incoming(bob, QStringLiteral("older %1").arg(i), 5000, QStringLiteral("id-%1").arg(i));
            m.timestampSlackMs = 999;
            older.append(m);
        }
        MessageStore::ArchiveProgress backwards;
        backwards.olderThanStored = true;
        const auto stored = awaitResult(m_store->addArchivePage(me, me, older, backwards));
        QCOMPARE(stored.size(), 3);
        const qint64 chat = awaitResult(m_store->chatId(me, bob));
        const auto page = awaitResult(m_store->messagesBefore(chat, {}, 10));
        QCOMPARE(page.size(), 4);
        QCOMPARE(page.at(0).body, QStringLiteral("newest"));
        QCOMPARE(page.at(1).body, QStringLiteral("older 2"));
        QCOMPARE(page.at(2).body, QStringLiteral("older 1"));
        QCOMPARE(page.at(3).body, QStringLiteral("older 0"));
    }

    // Offline delivery stamps whole seconds, the archive exact ones (Prosody: microseconds). An
    // offline copy that arrives after exact rows of its second lands after them; when the
    // archive's copy of it comes, its exact stamp puts it back where it belongs.
    void archiveCopyCorrectsAWholeSecondGuess()
    {
        const QList<Message> page { incoming(bob, QStringLiteral("two"), 16'300, QStringLiteral("id-2")),
            incoming(bob, QStringLiteral("three"), 16'400, QStringLiteral("id-3")) };
        awaitResult(m_store->addArchivePage(me, me, page, {}));
        Message offline = incoming(bob, QStringLiteral("one"), 16'000, QStringLiteral("id-1"));
        offline.timestampSlackMs = 999;
        awaitResult(m_store->addMessage(offline));
        const qint64 chat = awaitResult(m_store->chatId(me, bob));
        QCOMPARE(awaitResult(m_store->messagesBefore(chat, {}, 10)).first().body, QStringLiteral("one"));
        // An open chat shows it where it was stored...
        MessageAmendments amendments(m_db.get(), m_store.get());
        MessageListModel open(m_store.get(), &amendments, me, bob);
        QTRY_COMPARE(open.rowCount(), 3);
        const auto bodies = [&open] {
            QStringList shown;
            for (int row = 0; row < open.rowCount(); ++row) {
                shown.append(open.data(open.index(row), MessageListModel::BodyRole).toString());
            }
            return shown.join(u',');
        };
        QCOMPARE(bodies(), QStringLiteral("one,three,two"));
        QSignalSpy moved(m_store.get(), &MessageStore::messageMoved);

        const auto stored = awaitResult(m_store->addArchivePage(
            me, me, { incoming(bob, QStringLiteral("one"), 16'200, QStringLiteral("id-1")) }, {}));
        QCOMPARE(stored.size(), 0); // a duplicate: nothing new
        const auto corrected = awaitResult(m_store->messagesBefore(chat, {}, 10));
        QCOMPARE(corrected.size(), 3);
        QCOMPARE(corrected.at(0).body, QStringLiteral("three"));
        QCOMPARE(corrected.at(1).body, QStringLiteral("two"));
        QCOMPARE(corrected.at(2).body, QStringLiteral("one"));
        QCOMPARE(corrected.at(2).timestamp, 16'200);
        // ...and moves it when the archive's stamp comes.
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().at(0).toLongLong(), chat);
        QCOMPARE(moved.first().at(2).toLongLong(), 16'200);
        QCOMPARE(bodies(), QStringLiteral("three,two,one"));

        // A live copy is no archive: it never moves a stored row, nor does an exact stamp far off.
        awaitResult(
            m_store->addMessage(incoming(bob, QStringLiteral("two"), 16'900, QStringLiteral("id-2"))));
        awaitResult(m_store->addArchivePage(
            me, me, { incoming(bob, QStringLiteral("three"), 99'000, QStringLiteral("id-3")) }, {}));
        const auto kept = awaitResult(m_store->messagesBefore(chat, {}, 10));
        QCOMPARE(kept.at(0).timestamp, 16'400);
        QCOMPARE(kept.at(1).timestamp, 16'300);
    }

    void chatsSortByActivityAndCountUnread()
    {
        awaitResult(m_store->addMessage(incoming(bob, QStringLiteral("old"), 1000)));
        awaitResult(m_store->addMessage(incoming(carol, QStringLiteral("newer"), 2000)));
        awaitResult(m_store->addMessage(incoming(bob, QStringLiteral("newest"), 3000)));
        auto chats = awaitResult(m_store->chats());
        QCOMPARE(chats.size(), 2);
        QCOMPARE(chats.at(0).jid, bob);
        QCOMPARE(chats.at(0).lastMessage, QStringLiteral("newest"));
        QCOMPARE(chats.at(0).unread, 2);
        QCOMPARE(chats.at(1).jid, carol);
        awaitResult(m_store->markChatRead(chats.at(0).id));
        chats = awaitResult(m_store->chats());
        QCOMPARE(chats.at(0).unread, 0);
    }

    void fullTextSearchAcrossChats()
    {
        awaitResult(
            m_store->addMessage(incoming(bob, QStringLiteral("The climbing trip is on Saturday"), 1000)));
        awaitResult(
            m_store->addMessage(incoming(carol, QStringLiteral("Café at nine? Bring the ROPE."), 2000)));
        awaitResult(m_store->addMessage(incoming(bob, QStringLiteral("nothing to see"), 3000)));
        QCOMPARE(awaitResult(m_store->search(QStringLiteral("climb"), 10)).size(), 1); // prefix
        QCOMPARE(awaitResult(m_store->search(QStringLiteral("cafe rope"), 10)).size(), 1); // accents, case
        QCOMPARE(awaitResult(m_store->search(QStringLiteral("the"), 10)).size(), 2);
        QCOMPARE(
            awaitResult(m_store->search(QStringLiteral("the"), 10)).first().chatJid, carol); // newest first
        QCOMPARE(awaitResult(m_store->search(QStringLiteral("saturday rope"), 10)).size(), 0); // every word
    }

    void searchResultsModelShowsTheNewestQuery()
    {
        awaitResult(
            m_store->addMessage(incoming(bob, QStringLiteral("The climbing trip is on Saturday"), 1000)));
        awaitResult(m_store->addMessage(incoming(carol, QStringLiteral("pizza tonight"), 2000)));
        SearchResultsModel model(m_store.get());
        model.setQuery(QStringLiteral("pizza"));
        model.setQuery(QStringLiteral("climb")); // typed on: only the last query counts
        QTRY_VERIFY(!model.searching() && model.count() == 1);
        QCOMPARE(model.data(model.index(0), SearchResultsModel::ChatRole).toString(), bob);
        model.setQuery(QStringLiteral("nothing-like-this"));
        QTRY_COMPARE(model.count(), 0);
    }

    void searchInputIsNeverFts5Syntax_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addRow("quote") << QStringLiteral("\"unbalanced");
        QTest::addRow("operators") << QStringLiteral("NOT AND OR NEAR(");
        QTest::addRow("column filter") << QStringLiteral("body:x");
        QTest::addRow("star only") << QStringLiteral("*");
        QTest::addRow("blank") << QStringLiteral("   ");
    }
    void searchInputIsNeverFts5Syntax()
    {
        QFETCH(QString, input);
        awaitResult(m_store->addMessage(incoming(bob, QStringLiteral("body NOT and or near x"), 1000)));
        auto future = m_store->search(input, 10);
        QVERIFY(awaitFuture(future));
        future.waitForFinished(); // throws (fails the test) if SQLite rejected the query
    }

    void pinnedChatsComeFirstAndDraftsAndMutesAreKept()
    {
        awaitResult(m_store->addMessage(incoming(bob, QStringLiteral("old"), 1000)));
        awaitResult(m_store->addMessage(incoming(carol, QStringLiteral("new"), 2000)));
        const qint64 bobChat = awaitResult(m_store->chatId(me, bob));
        awaitResult(m_store->setChatFlag(bobChat, MessageStore::ChatFlag::Pinned, true));
        awaitResult(m_store->setChatFlag(bobChat, MessageStore::ChatFlag::Muted, true));
        awaitResult(m_store->saveDraft(bobChat, QStringLiteral("half a thought")));
        auto chats = awaitResult(m_store->chats());
        QCOMPARE(chats.at(0).jid, bob); // pinned, though older
        QVERIFY(chats.at(0).pinned);
        QVERIFY(chats.at(0).muted);
        QCOMPARE(chats.at(0).draft, QStringLiteral("half a thought"));
        QCOMPARE(awaitResult(m_store->draft(bobChat)), QStringLiteral("half a thought"));
        awaitResult(m_store->setChatFlag(bobChat, MessageStore::ChatFlag::Pinned, false));
        QCOMPARE(awaitResult(m_store->chats()).at(0).jid, carol);
    }

    void deliveryStateOnlyMovesForward()
    {
        Message sent = incoming(bob, QStringLiteral("out"), 1000, {}, QStringLiteral("u-1"));
        sent.sender = me;
        sent.outgoing = true;
        sent.state = MessageState::Pending;
        awaitResult(m_store->addMessage(sent));
        QCOMPARE(awaitResult(m_store->pendingMessages(me)).size(), 1);
        awaitResult(m_store->setState(me, QStringLiteral("u-1"), MessageState::Delivered));
        // A late server ack must not turn "delivered" back into "sent".
        awaitResult(m_store->setState(me, QStringLiteral("u-1"), MessageState::Sent));
        const qint64 chat = awaitResult(m_store->chatId(me, bob));
        QCOMPARE(awaitResult(m_store->messagesBefore(chat, {}, 1)).first().state, MessageState::Delivered);
        QCOMPARE(awaitResult(m_store->pendingMessages(me)).size(), 0);
    }

    void receiptsMoveOnlySentMessagesOfTheirOwnChat()
    {
        // Issue 10, "Receipts from anyone": a receipt names our message by its id, which anyone
        // who saw it can repeat.
        const auto send = [&](const QString &id, MessageState state) {
            Message m = incoming(bob, id, 1000, {}, id);
            m.sender = me;
            m.outgoing = true;
            m.state = state;
            awaitResult(m_store->addMessage(m));
        };
        const auto state
            = [&](const QString &id) { return awaitResult(m_store->outgoingState(me, id)).value(); };
        send(QStringLiteral("sent"), MessageState::Sent);
        send(QStringLiteral("pending"), MessageState::Pending);
        send(QStringLiteral("failed"), MessageState::Failed);
        QSignalSpy changed(m_store.get(), &MessageStore::messageStateChanged);

        awaitResult(m_store->markDelivered(me, carol, QStringLiteral("sent")));
        QCOMPARE(state(QStringLiteral("sent")), MessageState::Sent); // from a stranger
        awaitResult(m_store->markDelivered(me, bob, QStringLiteral("pending")));
        QCOMPARE(state(QStringLiteral("pending")), MessageState::Pending); // must still be sent
        QCOMPARE(awaitResult(m_store->pendingMessages(me)).size(), 1);
        awaitResult(m_store->markDelivered(me, bob, QStringLiteral("failed")));
        QCOMPARE(state(QStringLiteral("failed")), MessageState::Failed); // the failure stays shown
        QCOMPARE(changed.size(), 0);

        awaitResult(m_store->markDelivered(me, bob, QStringLiteral("sent")));
        QCOMPARE(state(QStringLiteral("sent")), MessageState::Delivered);
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(MessageStoreTest)
#include "tst_messagestore.moc"
