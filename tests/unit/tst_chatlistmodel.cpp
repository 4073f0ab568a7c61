// SPDX-License-Identifier: GPL-3.0-or-later
// ChatListModel over a real SQLite file: after the first load, one incoming message (or a pin, a
// read, a rename) changes or moves that chat's row only, and the order stays the store's.
#include <QAbstractItemModelTester>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "IncomingMessage.h"
#include "models/ChatListModel.h"
#include "storage/ChatStore.h"
#include "storage/Database.h"
#include "storage/MessageAmendments.h"
#include "storage/MessageStore.h"
#include "storage/RosterStore.h"

namespace {
const QString me = QStringLiteral("me@example.test");
constexpr int seeded = 5;

QString peer(int i)
{
    return QStringLiteral("peer%1@example.test").arg(i);
}

Message incoming(const QString &from, const QString &body, qint64 ts)
{
    return incomingMessage(me, from, body, ts, QStringLiteral("o-%1-%2").arg(from).arg(ts));
}
} // namespace

class ChatListModelTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<ChatStore> m_chats;
    std::unique_ptr<ChatListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QStringList shownOrder() const
    {
        QStringList jids;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            jids.append(m_model->index(row).data(ChatListModel::JidRole).toString());
        }
        return jids;
    }
    QStringList storedOrder() const
    {
        QStringList jids;
        for (const Chat &chat : awaitResult(m_chats->chats())) {
            jids.append(chat.jid);
        }
        return jids;
    }
    int rowOf(const QString &jid) const { return int(shownOrder().indexOf(jid)); }
    // Everything queued on the database thread so far has answered on this thread.
    void settle()
    {
        awaitResult(m_db->run([](QSqlDatabase &) { }));
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("chats%1.sqlite").arg(++n)));
        awaitResult(m_db->open());
        m_messages = std::make_unique<MessageStore>(m_db.get());
        // peer0 waited longest, peer4 wrote last: the list shows peer4 … peer0.
        // Live messages, so each chat has one unread (an archive's first page would be history).
        for (int i = 0; i < seeded; ++i) {
            awaitResult(
                m_messages->addMessage(incoming(peer(i), QStringLiteral("hello %1").arg(i), 1000 * (i + 1))));
        }
        // Made after the seeding: no row of it is announced while the model loads.
        m_chats = std::make_unique<ChatStore>(m_db.get(), m_messages.get());
        m_model = std::make_unique<ChatListModel>(m_chats.get(), m_messages.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(m_model->count(), seeded);
        settle();
        QCOMPARE(shownOrder(), storedOrder());
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_chats.reset();
        m_messages.reset();
        m_db.reset();
    }

    void firstLoadIsOneReset()
    {
        // The database thread waits until the spy listens: the list cannot load before it.
        QSemaphore hold;
        m_db->run([&hold](QSqlDatabase &) { hold.acquire(); });
        ChatListModel model(m_chats.get(), m_messages.get());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        hold.release();
        QTRY_COMPARE(model.count(), seeded);
        settle();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserted.count(), 0);
    }

    void incomingMessageMovesOneRow()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QCOMPARE(rowOf(peer(0)), seeded - 1);

        awaitResult(m_messages->addMessage(incoming(peer(0), QStringLiteral("back again"), 10000)));
        QTRY_COMPARE(
            m_model->index(0).data(ChatListModel::LastMessageRole).toString(), QStringLiteral("back again"));
        settle();

        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(1).toInt(), seeded - 1); // from the bottom
        QCOMPARE(moved.at(0).at(2).toInt(), seeded - 1);
        QCOMPARE(moved.at(0).at(4).toInt(), 0); // to the top
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 0);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(ChatListModel::LastMessageRole));
        QVERIFY(roles.contains(ChatListModel::LastActivityRole));
        QVERIFY(roles.contains(ChatListModel::UnreadRole));
        QVERIFY(!roles.contains(ChatListModel::NameRole));
        QCOMPARE(m_model->index(0).data(ChatListModel::JidRole).toString(), peer(0));
        QCOMPARE(m_model->index(0).data(ChatListModel::UnreadRole).toInt(), 2);
        QCOMPARE(shownOrder(), storedOrder());
    }

    void messageToTheTopChatChangesItsRowOnly()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        awaitResult(m_messages->addMessage(incoming(peer(seeded - 1), QStringLiteral("more"), 10000)));
        QTRY_COMPARE(changed.count(), 1);
        settle();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(shownOrder(), storedOrder());
    }

    void firstMessageOfANewChatInsertsItsRow()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy count(m_model.get(), &ChatListModel::countChanged);
        awaitResult(m_messages->addMessage(
            incoming(QStringLiteral("new@example.test"), QStringLiteral("hi"), 10000)));
        QTRY_COMPARE(m_model->count(), seeded + 1);
        settle();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(count.count(), 1);
        QCOMPARE(shownOrder(), storedOrder());
    }

    void pinningMovesUpAndUnpinningMovesBack()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        const qint64 id = m_model->index(2).data(ChatListModel::ChatIdRole).toLongLong();
        const QString jid = m_model->index(2).data(ChatListModel::JidRole).toString();
        m_model->setPinned(id, true);
        QTRY_VERIFY(m_model->index(0).data(ChatListModel::PinnedRole).toBool());
        QCOMPARE(rowOf(jid), 0);
        QCOMPARE(shownOrder(), storedOrder());
        // Newer activity elsewhere stays below the pinned chat.
        awaitResult(m_messages->addMessage(incoming(peer(0), QStringLiteral("later"), 10000)));
        QTRY_COMPARE(rowOf(peer(0)), 1);
        m_model->setPinned(id, false);
        QTRY_VERIFY(!m_model->index(rowOf(jid)).data(ChatListModel::PinnedRole).toBool());
        settle();
        QCOMPARE(shownOrder(), storedOrder());
        QCOMPARE(rowOf(jid), 3);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(moved.count(), 3);
    }

    void readingChangesTheUnreadCountOnly()
    {
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const qint64 id = m_model->index(2).data(ChatListModel::ChatIdRole).toLongLong();
        QCOMPARE(m_model->unreadOf(id), 1);
        awaitResult(m_messages->markChatRead(id));
        QTRY_COMPARE(m_model->unreadOf(id), 0);
        settle();
        QCOMPARE(moved.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>({ ChatListModel::UnreadRole }));
    }

    void aDraftStaysWhenAMessageMovesItsChat()
    {
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        const qint64 id = m_model->index(seeded - 1).data(ChatListModel::ChatIdRole).toLongLong();
        m_model->saveDraft(id, QStringLiteral("half a thought"));
        QCOMPARE(m_model->draftOf(id), QStringLiteral("half a thought")); // at once, for the chat page
        QCOMPARE(changed.count(), 1);
        awaitResult(m_messages->addMessage(incoming(peer(0), QStringLiteral("news"), 10000)));
        QTRY_COMPARE(
            m_model->index(0).data(ChatListModel::LastMessageRole).toString(), QStringLiteral("news"));
        settle();
        QCOMPARE(
            m_model->index(0).data(ChatListModel::DraftRole).toString(), QStringLiteral("half a thought"));
        QCOMPARE(awaitResult(m_messages->draft(id)), QStringLiteral("half a thought"));
    }

    void anArchivePageAnnouncesEachChatOnce()
    {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy rows(m_chats.get(), &ChatStore::chatChanged);
        const QList<Message> page { incoming(peer(0), QStringLiteral("a"), 10000),
            incoming(peer(1), QStringLiteral("b"), 11000), incoming(peer(0), QStringLiteral("c"), 12000) };
        awaitResult(m_messages->addArchivePage(me, me, page, {}));
        QTRY_COMPARE(m_model->index(0).data(ChatListModel::LastMessageRole).toString(), QStringLiteral("c"));
        settle();
        QCOMPARE(rows.count(), 2);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(shownOrder(), QStringList({ peer(0), peer(1), peer(4), peer(3), peer(2) }));
        QCOMPARE(shownOrder(), storedOrder());
    }

    void aCorrectionOfTheLastMessageChangesThePreview()
    {
        MessageAmendments amendments(m_db.get(), m_messages.get());
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        Message correction = incoming(peer(2), QStringLiteral("hello 2, corrected"), 20000);
        awaitResult(amendments.applyCorrection(correction, incoming(peer(2), {}, 3000).originId));
        QTRY_COMPARE(m_model->index(rowOf(peer(2))).data(ChatListModel::LastMessageRole).toString(),
            QStringLiteral("hello 2, corrected"));
        QCOMPARE(moved.count(), 0);
    }

    void aRenameChangesTheNameWithoutAReset()
    {
        RosterStore roster(m_db.get());
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        // A chat page titled by nameOf() re-reads it on this (its count does not change).
        QSignalSpy names(m_model.get(), &ChatListModel::nameRevisionChanged);
        awaitResult(roster.upsertItem(me, { peer(1), QStringLiteral("Petra"), 3, {} }));
        m_model->reload();
        QTRY_COMPARE(
            m_model->index(rowOf(peer(1))).data(ChatListModel::NameRole).toString(), QStringLiteral("Petra"));
        settle();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(names.count(), 1);
        QCOMPARE(m_model->nameOf(peer(1)), QStringLiteral("Petra"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(),
            QList<int>({ ChatListModel::NameRole, Qt::DisplayRole }));
        QCOMPARE(shownOrder(), storedOrder());
    }
};

QTEST_GUILESS_MAIN(ChatListModelTest)
#include "tst_chatlistmodel.moc"
