// SPDX-License-Identifier: GPL-3.0-or-later
// An independent client (slixmpp) forges carbons, a roster push, archive results (one behind a
// decoy <result>), receipts and read markers at our client through a real Prosody. None of it may
// change the store.
#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>

#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "StoredHistory.h"
#include "XmppTestClient.h"
#include "account/Account.h"
#include "models/AccountsController.h"
#include "models/ChatsController.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"
#include "storage/RosterStore.h"

namespace {
const QString password = QStringLiteral("forgery-test");

std::optional<MessageState> storedState(RootController &session, const QString &chat)
{
    const auto messages = storedHistory(session, chat);
    return messages.isEmpty() ? std::nullopt : std::optional(messages.constFirst().state);
}
} // namespace

class ForgedStanzasTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void forgeriesChangeNothing()
    {
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString mallory = m_server.createUniqueAccount(QStringLiteral("mallory"), password);
        const QString carol = m_server.createUniqueAccount(QStringLiteral("carol"), password);
        {
            XmppTestClient setup;
            QVERIFY(setup.connectTo(bob, password, m_server.address(), m_server.clientPort()));
            QVERIFY(setup.addContact(carol, QStringLiteral("Carol"), { QStringLiteral("Work") }));
            setup.disconnect();
        }
        RootController session(m_dir.filePath(QStringLiteral("bob.sqlite")));
        session.accounts()->login(bob, password, m_server.address(), m_server.clientPort());
        QTRY_COMPARE_WITH_TIMEOUT(
            session.accounts()->connectionState(), AccountsController::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(awaitResult(session.core()->rosterStore()->items(bob)).size(), 1, 10000);
        const QString victim = session.core()->account()->client()->configuration().jid();
        QVERIFY2(victim.contains(QLatin1Char('/')), qPrintable(victim));

        // Two messages of Bob's for the receipts a stranger forges (issue 10, "Receipts from
        // anyone"): one the server took (sent; Carol is offline, so no real receipt comes) and
        // one it bounced (failed: that address does not exist).
        const QString nobody
            = QStringLiteral("nobody%1@").arg(QDateTime::currentMSecsSinceEpoch()) + m_server.domain();
        session.chats()->send(carol, QStringLiteral("for Carol"));
        session.chats()->send(nobody, QStringLiteral("for nobody"));
        QTRY_VERIFY_WITH_TIMEOUT(storedState(session, carol) == MessageState::Sent, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(storedState(session, nobody) == MessageState::Failed, 10000);
        const QString toCarol = storedHistory(session, carol).constFirst().originId;
        const QString toNobody = storedHistory(session, nobody).constFirst().originId;

        QProcess forger;
        forger.setProcessChannelMode(QProcess::ForwardedChannels);
        forger.start(QStringLiteral("python3"),
            { qEnvironmentVariable("ISTHMUS_SOURCE_DIR") + QStringLiteral("/tests/support/peers/forger.py"),
                QStringLiteral("--jid"), mallory, QStringLiteral("--password"), password,
                QStringLiteral("--host"), m_server.address(), QStringLiteral("--port"),
                QString::number(m_server.clientPort()), QStringLiteral("--victim"), victim,
                QStringLiteral("--impersonate"), alice, QStringLiteral("--done"),
                QStringLiteral("forger done"), QStringLiteral("--receipt-for"), toCarol,
                QStringLiteral("--receipt-for"), toNobody });
        QVERIFY(QTest::qWaitFor([&] { return forger.state() == QProcess::NotRunning; }, 40000));
        QCOMPARE(forger.exitCode(), 0);

        // The ordinary message after the forgeries arrives...
        const auto fromMallory
            = [&] { return awaitResult(session.core()->messageStore()->chatHistory(bob, mallory)); };
        QTRY_COMPARE_WITH_TIMEOUT(fromMallory().size(), 1, 10000);
        QCOMPARE(fromMallory().first().body, QStringLiteral("forger done"));
        QTest::qWait(500);

        // ...and nothing forged is anywhere.
        QCOMPARE(awaitResult(session.core()->messageStore()->search(QStringLiteral("FORGED"), 10)).size(), 0);
        QCOMPARE(awaitResult(session.core()->messageStore()->chatHistory(bob, alice)).size(), 0);
        const auto roster = awaitResult(session.core()->rosterStore()->items(bob));
        QCOMPARE(roster.size(), 1);
        QCOMPARE(roster.first().jid, carol);
        QCOMPARE(roster.first().name, QStringLiteral("Carol"));
        // Receipts and read markers count only from the chat the message went to.
        QVERIFY(storedState(session, carol) == MessageState::Sent);
        QVERIFY(storedState(session, nobody) == MessageState::Failed);
        QCOMPARE(session.accounts()->connectionState(), AccountsController::Connected);
    }
};

QTEST_GUILESS_MAIN(ForgedStanzasTest)
#include "tst_forged_stanzas.moc"
