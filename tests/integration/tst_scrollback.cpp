// SPDX-License-Identifier: GPL-3.0-or-later
// Scrolling back past the stored history against a real Prosody: older messages of the chat come
// from the server's archive (XEP-0313, `with` the peer) while the background backfill copies the
// same archive, and every message shows exactly once, in order, until the chat's beginning.
#include <QElapsedTimer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "XmppTestClient.h"
#include "account/Account.h"
#include "messaging/ArchiveCatchUp.h"
#include "messaging/ArchiveError.h"
#include "messaging/ChatArchivePager.h"
#include "models/AccountsController.h"
#include "models/ChatsController.h"
#include "models/MessageListModel.h"
#include "models/RootController.h"
#include "session/AccountContext.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"

namespace {
const QString password = QStringLiteral("scrollback-test");

QString aliceBody(int i)
{
    return QStringLiteral("a%1").arg(i, 3, 10, QLatin1Char('0'));
}
} // namespace

class ScrollBackTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dataDir;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    // A chat opened at start asks for older history while its account is still logging in: the
    // request waits for the login instead of failing with "not connected" (the first thing a
    // newcomer saw in the demo); once the login fails, it fails with words.
    void olderHistoryAskedWhileLoggingInWaitsForTheLogin()
    {
        // A "server" that accepts the connection and never answers: the login stays Connecting.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) {
                held.append(socket);
            }
        });
        RootController desktop(m_dataDir.filePath(QStringLiteral("connecting.sqlite")));
        desktop.accounts()->login(
            QStringLiteral("dave@example.test"), password, QStringLiteral("127.0.0.1"), silent.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), 15000);
        QCOMPARE(desktop.core()->account()->state(), Account::State::Connecting);

        auto older
            = desktop.core()->context()->chatArchive()->fetchOlder(QStringLiteral("erin@example.test"));
        // Still connecting after the store answered: nothing has failed yet.
        QTest::qWait(300);
        QCOMPARE(desktop.core()->account()->state(), Account::State::Connecting);
        QVERIFY2(!older.isFinished(), "asked while logging in, the fetch failed at once");

        // The login ends without a connection: now the request fails, in words.
        for (QTcpSocket *socket : held) {
            socket->abort();
        }
        QVERIFY(awaitFuture(older, 15000));
        try {
            older.waitForFinished();
            QFAIL("a fetch without a connection must fail");
        } catch (const ArchiveError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("not connected")), qPrintable(error.message()));
        }
    }

    void olderHistoryComesFromTheServerExactlyOnce_data()
    {
        QTest::addColumn<bool>("backfill");
        // With the background backfill racing the scroll-back (which one fetches a page first
        // depends on timing), and without it (every older page comes from the chat's own query).
        QTest::newRow("backfill running") << true;
        QTest::newRow("no backfill") << false;
    }

    void olderHistoryComesFromTheServerExactlyOnce()
    {
        QFETCH(bool, backfill);
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString carol = m_server.createUniqueAccount(QStringLiteral("carol"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        // Bob's phone is online, so the history lives only in the archive (no offline storage).
        XmppTestClient phone;
        QVERIFY(phone.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        XmppTestClient fromAlice;
        QVERIFY(fromAlice.connectTo(alice, password, m_server.address(), m_server.clientPort()));
        XmppTestClient fromCarol;
        QVERIFY(fromCarol.connectTo(carol, password, m_server.address(), m_server.clientPort()));
        // Alice's messages spread over the whole archive, between Carol's: the backfill pages and
        // the chat's own pages overlap.
        const int fromAliceCount = 200;
        for (int i = 0; i < fromAliceCount; ++i) {
            QVERIFY(fromAlice.sendMessage(bob, aliceBody(i)));
            for (int j = 0; j < 3; ++j) {
                QVERIFY(fromCarol.sendMessage(bob, QStringLiteral("c%1-%2").arg(i).arg(j)));
            }
        }
        QVERIFY(phone.waitForBody(QStringLiteral("c199-2")));

        RootController desktop(m_dataDir.filePath(QStringLiteral("bob.sqlite")));
        desktop.accounts()->login(bob, password, m_server.address(), m_server.clientPort());
        desktop.core()->archiveCatchUp(bob)->setBackfillEnabled(backfill);
        QTRY_COMPARE_WITH_TIMEOUT(
            desktop.accounts()->connectionState(), AccountsController::Connected, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!desktop.core()->archiveCatchUp()->isRunning(), 30000);

        std::unique_ptr<MessageListModel> chat(desktop.chats()->open(alice));
        QSignalSpy loadingOlder(chat.get(), &MessageListModel::loadingOlderChanged);
        QSignalSpy failures(chat.get(), &MessageListModel::olderHistoryFailed);
        // Scroll back as a view does: ask for more whenever the model says there is more.
        QElapsedTimer clock;
        clock.start();
        bool backfillRunningDuringScrollBack = false;
        int serverFetches = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (chat->loadingOlder()) {
                    backfillRunningDuringScrollBack |= desktop.core()->archiveCatchUp()->isBackfilling();
                }
                if (chat->canFetchMore({})) {
                    chat->fetchMore({});
                    // Only the server path sets loadingOlder (the store's pages do not); a chat
                    // with nothing stored yet goes there with its very first fetch.
                    serverFetches += chat->loadingOlder() ? 1 : 0;
                }
                return chat->atBeginning();
            },
            60000));
        const qint64 scrollBackMs = clock.elapsed();
        QVERIFY(failures.isEmpty());
        QVERIFY(!chat->loadingOlder());
        if (!backfill || backfillRunningDuringScrollBack)
            QVERIFY2(serverFetches > 0, "the older pages never came from the server");
        qInfo("scroll-back to the beginning of %d messages: %lld ms, %d server fetches, backfill %s",
            fromAliceCount, scrollBackMs, serverFetches,
            backfillRunningDuringScrollBack ? "running at the same time" : "not running");

        // Late copies from the backfill must not show twice.
        QTRY_VERIFY_WITH_TIMEOUT(!desktop.core()->archiveCatchUp()->isBackfilling(), 60000);
        QTest::qWait(500);
        QCOMPARE(chat->rowCount(), fromAliceCount);
        for (int row = 0; row < fromAliceCount; ++row) {
            QCOMPARE(chat->data(chat->index(row), MessageListModel::BodyRole).toString(),
                aliceBody(fromAliceCount - 1 - row));
        }
        QVERIFY(chat->data(chat->index(fromAliceCount - 1), MessageListModel::FirstOfDayRole).toBool());
        QVERIFY(loadingOlder.size() >= 2); // on and off again

        // And the store holds each message once.
        const qint64 chatId = awaitResult(desktop.core()->messageStore()->chatId(bob, alice));
        const auto stored = awaitResult(desktop.core()->messageStore()->messagesBefore(chatId, {}, 1000));
        QCOMPARE(stored.size(), fromAliceCount);
        QSet<QString> bodies;
        for (const Message &m : stored) {
            bodies.insert(m.body);
        }
        QCOMPARE(bodies.size(), fromAliceCount);

        // A chat opened after the backfill reached the beginning needs no server at all.
        std::unique_ptr<MessageListModel> again(desktop.chats()->open(alice));
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (again->canFetchMore({})) {
                    again->fetchMore({});
                }
                return again->atBeginning();
            },
            10000));
        QCOMPARE(again->rowCount(), fromAliceCount);
    }
};

QTEST_GUILESS_MAIN(ScrollBackTest)
#include "tst_scrollback.moc"
