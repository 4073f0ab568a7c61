// SPDX-License-Identifier: GPL-3.0-or-later
// Never lose a message: isthmus-cli sends N numbered messages while this test SIGKILLs it at
// random moments (and re-runs the same command, as a user would), and restarts the server
// once. Afterwards the recipient holds every message exactly once and in order, and the
// sender's outbox holds nothing pending.
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "models/AccountsController.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

namespace {
const QString password = QStringLiteral("fault-test");

QString bodyOf(int i)
{
    return QStringLiteral("numbered message %1").arg(i, 3, 10, QLatin1Char('0'));
}
} // namespace

class FaultSigkillTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dirs;

    // One run of `isthmus-cli send`; SIGKILLed after killAfterMs when that is >= 0.
    int runSend(const QString &sender, const QString &to, int i, int killAfterMs)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ISTHMUS_PASSWORD"), password);
        cli.setProcessEnvironment(env);
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        cli.start(qEnvironmentVariable("ISTHMUS_BINARY_DIR") + QStringLiteral("/bin/isthmus-cli"),
            { QStringLiteral("--jid"), sender, QStringLiteral("--host"), m_server.address(),
                QStringLiteral("--port"), QString::number(m_server.clientPort()),
                QStringLiteral("--data-dir"), m_dirs.filePath(QStringLiteral("sender")),
                QStringLiteral("--timeout"), QStringLiteral("10"), QStringLiteral("send"), to, bodyOf(i),
                QStringLiteral("fault-%1").arg(i) });
        if (!cli.waitForStarted(5000)) {
            return -1;
        }
        // Waits keep the event loop running: the recipient lives in this thread and must keep
        // receiving (a blocked loop would stamp live messages late and misorder them).
        const auto finishedWithin = [&](int ms) {
            return QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, ms);
        };
        if (killAfterMs >= 0 && !finishedWithin(killAfterMs)) {
            cli.kill(); // SIGKILL: no cleanup, no flush, as a crash
            cli.waitForFinished(5000);
            return -9;
        }
        finishedWithin(60000);
        return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void killedSenderAndRestartedServerLoseAndDuplicateNothing()
    {
        const int count = qEnvironmentVariableIntValue("ISTHMUS_FAULT_MESSAGES") > 0
            ? qEnvironmentVariableIntValue("ISTHMUS_FAULT_MESSAGES")
            : 40;
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);

        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        RootController recipient(m_dirs.filePath(QStringLiteral("recipient.sqlite")));
        recipient.accounts()->login(bob, password, m_server.address(), m_server.clientPort());
        QTRY_COMPARE_WITH_TIMEOUT(
            recipient.accounts()->connectionState(), AccountsController::Connected, 15000);

        int kills = 0;
        int attempts = 0;
        bool restarted = false;
        for (int i = 1; i <= count; ++i) {
            for (;;) {
                ++attempts;
                QVERIFY2(attempts < count * 20, "the sender never gets through");
                if (i == count / 2 && !restarted) {
                    // Once, halfway: the server goes down and comes back (the recipient drops
                    // and reconnects, what was queued on the server must survive).
                    restarted = true;
                    m_server.stop();
                    QTest::qWait(300);
                    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
                }
                const bool kill = random.bounded(100) < 35;
                const int result = runSend(alice, bob, i, kill ? int(random.bounded(400)) : -1);
                if (result == -9) {
                    ++kills;
                    continue;
                }
                if (result == 0) {
                    break;
                }
                QTest::qWait(200); // e.g. the server was still starting
            }
        }
        qInfo("%d messages, %d runs, %d SIGKILLs", count, attempts, kills);
        QVERIFY2(kills > 0, "no run was killed: the test proved nothing");

        // Nothing left pending on the sender's side.
        {
            Database database(m_dirs.filePath(QStringLiteral("sender/isthmus.sqlite")));
            awaitResult(database.open());
            MessageStore store(&database);
            QCOMPARE(awaitResult(store.pendingMessages(alice)).size(), 0);
            QCOMPARE(awaitResult(store.chatHistory(alice, bob)).size(), count);
        }

        // Everything arrived exactly once and in order (the recipient also reconnected after
        // the restart and caught up from its archive).
        const auto received
            = [&] { return awaitResult(recipient.core()->messageStore()->chatHistory(bob, alice)); };
        QTRY_VERIFY_WITH_TIMEOUT(received().size() >= count, 60000);
        QTest::qWait(2000); // late duplicates would arrive now
        const QList<Message> messages = received();
        QStringList bodies;
        for (const Message &m : messages) {
            bodies.append(m.body);
        }
        if (qEnvironmentVariableIsSet("ISTHMUS_FAULT_VERBOSE")) {
            for (const Message &m : messages) {
                qInfo("%s ts=%lld id=%lld sid=%s", qPrintable(m.body), m.timestamp, m.id,
                    qPrintable(m.stanzaId));
            }
        }
        QStringList expected;
        for (int i = 1; i <= count; ++i) {
            expected.append(bodyOf(i));
        }
        QCOMPARE(bodies, expected);
    }
};

QTEST_GUILESS_MAIN(FaultSigkillTest)
#include "tst_fault_sigkill.moc"
