// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, "Loss": a new account logs in once while its archive is empty and quits; while it
// is away its other device is online (so nothing waits in offline storage) and a contact sends
// 120 messages; on the next connect the first sync fetches only the newest page (50). The other
// 70 must still come, from the background backfill or, with that off, from scrolling back.
// Before the fix the empty first sync marked the archive as completely copied: 50 stored, the
// rest never fetched by either path (the issue saw it in 3 of 3 runs).
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "SessionLogin.h"
#include "StoredHistory.h"
#include "XmppTestClient.h"
#include "messaging/ArchiveCatchUp.h"
#include "models/ChatsController.h"
#include "models/MessageListModel.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"

namespace {
const QString password = QStringLiteral("first-sync-gap-test");

QString body(int i)
{
    return QStringLiteral("while away %1").arg(i, 3, 10, QLatin1Char('0'));
}
} // namespace

class ArchiveFirstSyncGapTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dataDir;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void nothingSentAfterAnEmptyFirstSyncIsLost_data()
    {
        QTest::addColumn<bool>("backfill");
        QTest::newRow("backfill") << true;
        QTest::newRow("scroll-back only") << false;
    }

    void nothingSentAfterAnEmptyFirstSyncIsLost()
    {
        QFETCH(bool, backfill);
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        const QString database = m_dataDir.filePath(alice + QStringLiteral(".sqlite"));

        // 1. The first login, with an empty archive, and quit.
        {
            auto desktop = loginSession(m_server, database, alice, password);
            QVERIFY(waitForCatchUp(*desktop));
            QTRY_VERIFY_WITH_TIMEOUT(!desktop->core()->archiveCatchUp()->isBackfilling(), 10000);
            QTest::qWait(300); // whatever the first sync wanted to write, it has written
        }

        // 2. Away; the phone is online, Bob sends 120 messages.
        const int count = 120;
        {
            XmppTestClient phone;
            QVERIFY(phone.connectTo(alice, password, m_server.address(), m_server.clientPort()));
            XmppTestClient peer;
            QVERIFY(peer.connectTo(bob, password, m_server.address(), m_server.clientPort()));
            for (int i = 0; i < count; ++i) {
                QVERIFY(peer.sendMessage(alice, body(i)));
            }
            QVERIFY(phone.waitForBody(body(count - 1)));
        }

        // 3. Back: the newest page at once, the rest by backfill or scroll-back.
        auto desktop = loginSession(m_server, database, alice, password);
        desktop->core()->archiveCatchUp(alice)->setBackfillEnabled(backfill);
        QVERIFY(waitForCatchUp(*desktop));
        if (backfill) {
            QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*desktop, bob).size(), count, 30000);
        } else {
            std::unique_ptr<MessageListModel> chat(desktop->chats()->open(bob));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    if (chat->canFetchMore({})) {
                        chat->fetchMore({});
                    }
                    return chat->atBeginning() && !chat->loadingOlder();
                },
                30000));
            QCOMPARE(chat->rowCount(), count);
        }
        QTest::qWait(500); // late copies must not add anything
        const auto stored = storedHistory(*desktop, bob);
        QCOMPARE(stored.size(), count);
        QSet<QString> bodies;
        for (const Message &m : stored) {
            bodies.insert(m.body);
        }
        for (int i = 0; i < count; ++i) {
            QVERIFY2(bodies.contains(body(i)), qPrintable(body(i)));
        }
    }
};

QTEST_GUILESS_MAIN(ArchiveFirstSyncGapTest)
#include "tst_archive_first_sync_gap.moc"
