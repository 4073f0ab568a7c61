// SPDX-License-Identifier: GPL-3.0-or-later
// Catch-up from the server archive (XEP-0313) against a real Prosody: after a reconnect every
// missed message arrives once and in order; a first login shows the newest page; forged
// archive results from strangers never reach the store.
#include <QDomDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppElement.h>

#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "SessionLogin.h"
#include "StoredHistory.h"
#include "XmppTestClient.h"
#include "messaging/ArchiveCatchUp.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"

namespace {
const QString password = QStringLiteral("archive-test");

} // namespace

class ArchiveCatchUpTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dataDir;

    std::unique_ptr<RootController> login(const QString &jid, const QString &dbName)
    {
        return loginSession(m_server, m_dataDir.filePath(dbName), jid, password);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void reconnectCatchesUpEverythingExactlyOnce()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        XmppTestClient sender;
        QVERIFY(sender.connectTo(alice, password, m_server.address(), m_server.clientPort()));
        QVERIFY(sender.sendMessage(bob, QStringLiteral("before bob ever logged in")));
        {
            auto first = login(bob, QStringLiteral("bob-reconnect.sqlite"));
            QVERIFY(waitForCatchUp(*first));
            QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*first, alice).size(), 1, 10000);
        }
        // More than one page (100) while bob is away: offline storage and the archive both
        // hold them; the store must end up with each exactly once.
        const int missed = 150;
        for (int i = 0; i < missed; ++i) {
            QVERIFY(sender.sendMessage(bob, QStringLiteral("missed %1").arg(i, 3, 10, QLatin1Char('0'))));
        }
        auto again = login(bob, QStringLiteral("bob-reconnect.sqlite"));
        QVERIFY(waitForCatchUp(*again));
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*again, alice).size(), missed + 1, 20000);
        QTest::qWait(1000); // late duplicates (offline delivery) would show up now
        const auto messages = storedHistory(*again, alice);
        QCOMPARE(messages.size(), missed + 1);
        // Newest first: "missed 149" ... "missed 000", then the first message.
        for (int i = 0; i < missed; ++i) {
            QCOMPARE(messages.at(i).body,
                QStringLiteral("missed %1").arg(missed - 1 - i, 3, 10, QLatin1Char('0')));
        }
    }

    void firstLoginShowsTheNewestPage()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        // Bob's phone is online, so nothing waits in offline storage: only the archive has it.
        XmppTestClient phone;
        QVERIFY(phone.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        XmppTestClient sender;
        QVERIFY(sender.connectTo(alice, password, m_server.address(), m_server.clientPort()));
        for (int i = 0; i < 80; ++i) {
            QVERIFY(sender.sendMessage(bob, QStringLiteral("n%1").arg(i)));
        }
        QVERIFY(phone.waitForBody(QStringLiteral("n79")));

        auto desktop = login(bob, QStringLiteral("bob-first.sqlite"));
        QVERIFY(waitForCatchUp(*desktop));
        // Then the rest of the archive arrives in the background, each message once.
        QTRY_VERIFY_WITH_TIMEOUT(!desktop->core()->archiveCatchUp()->isBackfilling(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*desktop, alice).size(), 80, 10000);
        const auto messages = storedHistory(*desktop, alice);
        QCOMPARE(messages.first().body, QStringLiteral("n79"));
        QCOMPARE(messages.last().body, QStringLiteral("n0"));
        // The newest page was stored first: rows in insertion order start with n30..n79.
        QList<Message> byInsertion = messages;
        std::sort(byInsertion.begin(), byInsertion.end(),
            [](const Message &a, const Message &b) { return a.id < b.id; });
        for (int i = 0; i < ArchiveCatchUp::firstPageSize; ++i) {
            QCOMPARE(byInsertion.at(i).body, QStringLiteral("n%1").arg(30 + i));
        }
    }

    void forgedArchiveResultIsDropped()
    {
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        const QString mallory = m_server.createUniqueAccount(QStringLiteral("mallory"), password);
        auto session = login(bob, QStringLiteral("bob-forged.sqlite"));
        QVERIFY(waitForCatchUp(*session));

        XmppTestClient attacker;
        QVERIFY(attacker.connectTo(mallory, password, m_server.address(), m_server.clientPort()));
        QDomDocument doc;
        QVERIFY(doc.setContent(
            QStringLiteral("<result xmlns='urn:xmpp:mam:2' queryid='guessed' id='forged-1'>"
                           "<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' "
                           "stamp='2020-01-01T00:00:00Z'/>"
                           "<message xmlns='jabber:client' from='alice@example.test/x' to='%1' type='chat'>"
                           "<body>forged history</body></message></forwarded></result>")
                .arg(bob)));
        QXmppMessage carrier(mallory, bob);
        carrier.setType(QXmppMessage::Normal);
        carrier.setExtensions({ QXmppElement(doc.documentElement()) });
        QVERIFY(attacker.client()->sendPacket(carrier));
        // A real message after it proves the forged one had time to arrive.
        QVERIFY(attacker.sendMessage(bob, QStringLiteral("after the forgery")));
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*session, mallory).size(), 1, 10000);
        QCOMPARE(storedHistory(*session, mallory).first().body, QStringLiteral("after the forgery"));
        QCOMPARE(storedHistory(*session, QStringLiteral("alice@example.test")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(ArchiveCatchUpTest)
#include "tst_archive_catchup.moc"
