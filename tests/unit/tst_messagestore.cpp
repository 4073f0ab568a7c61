// SPDX-License-Identifier: GPL-3.0-or-later
// MessageStore against a real SQLite file: deduplication, keyset paging, chats, states.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "IncomingMessage.h"
#include "models/SearchResultsModel.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

namespace {
const QString me = QStringLiteral("me@example.test");
const QString bob = QStringLiteral("bob@example.test");
const QString carol = QStringLiteral("carol@example.test");

Message incoming(const QString &from, const QString &body, qint64 ts, const QString &stanzaId = {},
    const QString &originId = {})
{
    Message m = incomingMessage(me, from, body, ts);
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
            cursor = { page.last().sortKey, page.last().id };
        }
        QCOMPARE(seen.size(), 120);
        for (int i = 0; i < 120; ++i) {
            QCOMPARE(seen.at(i), QString::number(119 - i));
        }
    }

    // The live stream is in the server's order: a message it brings later goes after what is
    // stored, also when its stamp (a whole second from offline storage, or a delayed message's
    // own date) is earlier. Its stamp stays what it was for display.
    void liveStreamKeepsArrivalOrder()
    {
        awaitResult(m_store->addMessage(incoming(bob, QStringLiteral("first"), 5700)));
        Message delayed = incoming(bob, QStringLiteral("second"), 5000);
        delayed.timestampSlackMs = 999;
        awaitResult(m_store->addMessage(delayed));
        Message older = incoming(bob, QStringLiteral("delayed"), 1000);
        awaitResult(m_store->addMessage(older));
        const qint64 chat = awaitResult(m_store->chatId(me, bob));
        const auto page = awaitResult(m_store->messagesBefore(chat, {}, 10));
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.at(0).body, QStringLiteral("delayed"));
        QCOMPARE(page.at(0).timestamp, 1000);
        QCOMPARE(page.at(1).body, QStringLiteral("second"));
        QCOMPARE(page.at(2).body, QStringLiteral("first"));
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

    // A contact's new device trusted until verification is a quiet line; one not trusted yet waits
    // for a decision, so it counts, also when unread is counted again from a read marker.
    void aBlindlyTrustedNewDeviceIsNotUnread()
    {
        const auto unread = [this] { return awaitResult(m_store->chats()).at(0).unread; };
        awaitResult(
            m_store->addMessage(incoming(bob, QStringLiteral("seen"), 500, {}, QStringLiteral("seen-1"))));
        QCOMPARE(unread(), 1);
        Message trusted = incoming(bob, QStringLiteral("1001"), 1000);
        trusted.kind = MessageKind::NewDeviceTrusted;
        awaitResult(m_store->addMessage(trusted));
        QCOMPARE(unread(), 1);
        Message untrusted = incoming(bob, QStringLiteral("1002"), 2000);
        untrusted.kind = MessageKind::NewDeviceUntrusted;
        awaitResult(m_store->addMessage(untrusted));
        QCOMPARE(unread(), 2);
        // Read on another device up to the first message: what came after it is counted again.
        awaitResult(m_store->markIncomingReadUpTo(me, bob, bob, QStringLiteral("seen-1")));
        QCOMPARE(unread(), 1);
    }

    // History that predates the first sync of the archive is not news: only what the archive
    // brings after that (messages missed while away) counts as unread, and older pages never.
    void onlyArchiveMessagesAfterTheFirstSyncAreUnread()
    {
        const auto unread = [this] { return awaitResult(m_store->chats()).at(0).unread; };
        MessageStore::ArchiveProgress first;
        first.newestId = QStringLiteral("sid-2");
        awaitResult(m_store->addArchivePage(me, me,
            { incoming(bob, QStringLiteral("a"), 1000, QStringLiteral("sid-1")),
                incoming(bob, QStringLiteral("b"), 2000, QStringLiteral("sid-2")) },
            first));
        QCOMPARE(unread(), 0);
        MessageStore::ArchiveProgress older;
        older.olderThanStored = true;
        older.oldestId = QStringLiteral("sid-0");
        awaitResult(m_store->addArchivePage(
            me, me, { incoming(bob, QStringLiteral("z"), 500, QStringLiteral("sid-0")) }, older));
        QCOMPARE(unread(), 0);
        MessageStore::ArchiveProgress missed;
        missed.newestId = QStringLiteral("sid-4");
        awaitResult(m_store->addArchivePage(me, me,
            { incoming(bob, QStringLiteral("c"), 3000, QStringLiteral("sid-3")),
                incoming(bob, QStringLiteral("d"), 4000, QStringLiteral("sid-4")) },
            missed));
        QCOMPARE(unread(), 2);
        awaitResult(m_store->addMessage(incoming(bob, QStringLiteral("live"), 5000)));
        QCOMPARE(unread(), 3);
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
        QCOMPARE(
            awaitResult(m_store->search(QStringLiteral("cli"), 10)).size(), 1); // three letters: a prefix
        QCOMPARE(awaitResult(m_store->search(QStringLiteral("cl"), 10)).size(), 0); // two: a whole word
        QCOMPARE(awaitResult(m_store->search(QStringLiteral("on"), 10)).size(), 1);
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
        awaitResult(m_store->saveDraft(bobChat, QString())); // a cleared field
        QCOMPARE(awaitResult(m_store->draft(bobChat)), QString());
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

    void receiptsMoveOnlyMessagesOfTheirOwnChatThatDidNotFail()
    {
        // Issue 10, "Receipts from anyone": a receipt names our message by its id, which anyone
        // who saw it can repeat. From the chat itself it may come before the server's ack (a
        // loaded run had the message stay "sent" for ever): it moves a pending message too.
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
        awaitResult(m_store->markDelivered(me, carol, QStringLiteral("pending")));
        QCOMPARE(state(QStringLiteral("pending")), MessageState::Pending); // from a stranger
        awaitResult(m_store->markDelivered(me, bob, QStringLiteral("failed")));
        QCOMPARE(state(QStringLiteral("failed")), MessageState::Failed); // the failure stays shown
        QCOMPARE(changed.size(), 0);

        awaitResult(m_store->markDelivered(me, bob, QStringLiteral("sent")));
        QCOMPARE(state(QStringLiteral("sent")), MessageState::Delivered);
        QCOMPARE(changed.size(), 1);
        // Before the ack: delivered, not sent again, and the late ack does not take it back.
        awaitResult(m_store->markDelivered(me, bob, QStringLiteral("pending")));
        QCOMPARE(state(QStringLiteral("pending")), MessageState::Delivered);
        QCOMPARE(awaitResult(m_store->pendingMessages(me)).size(), 0);
        QCOMPARE(changed.size(), 2);
        awaitResult(m_store->setState(me, QStringLiteral("pending"), MessageState::Sent));
        QCOMPARE(state(QStringLiteral("pending")), MessageState::Delivered);
    }
};

QTEST_GUILESS_MAIN(MessageStoreTest)
#include "tst_messagestore.moc"
