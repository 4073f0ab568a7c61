// SPDX-License-Identifier: GPL-3.0-or-later
// Never lose, never duplicate, with both ends killed: two accounts write to each other through
// isthmus-cli, one run per message. Every run logs in, catches up from the archive (receiving
// what the other wrote) and sends, and runs are SIGKILLed at random moments, mid login, mid
// catch-up or mid send; connections are cut from outside (ss -K) and the server restarts twice.
// For a stretch after the first restart the receiving end is the app itself: it stays online,
// takes the messages live and is SIGKILLed at random moments (mid login, mid catch-up, right
// after a message reached it), where a stanza acknowledged before it was committed would be lost.
// Afterwards each store holds every message of both exactly once, each sender's in its order,
// and no outbox row is pending. ISTHMUS_SOAK_MESSAGES sets the count each way (the suite runs a
// short soak; `devroot soak` a long one).
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "AppProcess.h"
#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "SessionLogin.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

namespace {
const QString password = QStringLiteral("soak-test");

QString bodyOf(const QString &who, int i)
{
    return QStringLiteral("%1 %2").arg(who).arg(i, 4, 10, QLatin1Char('0'));
}
} // namespace

class SoakBothEndsTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dirs;
    int m_kills = 0;
    int m_cuts = 0;
    int m_runs = 0;
    int m_appStarts = 0;
    int m_appKills = 0;

    QString dataDir(const QString &jid) const { return m_dirs.filePath(jid.section(u'@', 0, 0)); }

    // Cuts every client connection to the server from outside, as a network would.
    void cutLinks()
    {
        QProcess::execute(QStringLiteral("ss"),
            { QStringLiteral("-K"), QStringLiteral("dst"), m_server.address(), QStringLiteral("dport"),
                QStringLiteral("="), QString::number(m_server.clientPort()) });
        ++m_cuts;
    }

    // One `isthmus-cli send`: SIGKILLed after killAfterMs (>= 0), its link cut after cutAfterMs.
    int runSend(const QString &from, const QString &to, const QString &body, int killAfterMs, int cutAfterMs)
    {
        ++m_runs;
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ISTHMUS_PASSWORD"), password);
        cli.setProcessEnvironment(env);
        cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        cli.setStandardOutputFile(QProcess::nullDevice());
        cli.start(qEnvironmentVariable("ISTHMUS_BINARY_DIR") + QStringLiteral("/bin/isthmus-cli"),
            { QStringLiteral("--jid"), from, QStringLiteral("--host"), m_server.address(),
                QStringLiteral("--port"), QString::number(m_server.clientPort()),
                QStringLiteral("--data-dir"), dataDir(from), QStringLiteral("--timeout"),
                QStringLiteral("10"), QStringLiteral("send"), to, body, body });
        if (!cli.waitForStarted(5000)) {
            return -1;
        }
        const auto finishedWithin = [&](int ms) {
            return QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, ms);
        };
        if (cutAfterMs >= 0 && !finishedWithin(cutAfterMs)) {
            cutLinks();
        }
        if (killAfterMs >= 0 && !finishedWithin(killAfterMs)) {
            cli.kill(); // SIGKILL: no cleanup, no flush, as a crash
            cli.waitForFinished(5000);
            ++m_kills;
            return -9;
        }
        finishedWithin(60000);
        return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    }

    // Sends one message through as many killed and cut runs as it takes (false: it never got through).
    bool sendThrough(const QString &from, const QString &to, const QString &body, QRandomGenerator &random)
    {
        for (int attempt = 0; attempt < 30; ++attempt) {
            const bool kill = random.bounded(100) < 35;
            const bool cut = random.bounded(100) < 10;
            const int result = runSend(
                from, to, body, kill ? int(random.bounded(600)) : -1, cut ? int(random.bounded(400)) : -1);
            if (result == 0) {
                return true;
            }
            if (result != -9) {
                QTest::qWait(200); // e.g. the server was still starting
            }
        }
        // What the server did with the last tries, for the one reading the failure.
        qWarning("%s never got through; the server's log ends:\n%s", qPrintable(body),
            qPrintable(m_server.log().right(12000)));
        return false;
    }

    // What one account's store holds of the chat with the other, after a last catch-up.
    QStringList finalHistory(const QString &jid, const QString &peer, int expected)
    {
        auto session = loginSession(
            m_server, QDir(dataDir(jid)).filePath(QStringLiteral("isthmus.sqlite")), jid, password);
        if (!waitForCatchUp(*session)) {
            return { QStringLiteral("no catch-up") };
        }
        const auto history
            = [&] { return awaitResult(session->core()->messageStore()->chatHistory(jid, peer)); };
        (void)QTest::qWaitFor([&] { return history().size() >= expected; }, 30000);
        QTest::qWait(1000); // late duplicates would arrive now
        QStringList bodies;
        for (const Message &m : history()) {
            bodies.append(m.body);
            // A row that is no numbered message of either sender: everything that says what it is.
            if (!m.body.contains(u' ')) {
                qWarning("odd row in %s's store: id %lld body '%s' outgoing %d state %d kind %d sender %s "
                         "origin-id '%s' message-id '%s' stanza-id '%s' retracted %d edited %d encryption %d "
                         "error '%s' hold '%s' time %lld",
                    qPrintable(jid), m.id, qPrintable(m.body), int(m.outgoing), int(m.state), int(m.kind),
                    qPrintable(m.sender), qPrintable(m.originId), qPrintable(m.messageId),
                    qPrintable(m.stanzaId), int(m.retracted), int(m.edited), int(m.encryption),
                    qPrintable(m.errorText), qPrintable(m.holdReason), m.timestamp);
            }
        }
        if (!awaitResult(session->core()->messageStore()->pendingMessages(jid)).isEmpty()) {
            bodies.append(QStringLiteral("a pending outbox row"));
        }
        return bodies;
    }

    // Each sender's messages exactly once and in their order, in what one store holds.
    static void verifyEverythingOnceInOrder(const QStringList &bodies, const QStringList &senders, int count)
    {
        for (const QString &sender : senders) {
            QStringList own;
            for (const QString &body : bodies) {
                if (body.startsWith(sender + u' ')) {
                    own.append(body);
                }
            }
            QStringList expected;
            for (int i = 1; i <= count; ++i) {
                expected.append(bodyOf(sender, i));
            }
            // The whole store in the message: a size alone does not say lost, duplicated, pending
            // or out of order (a run beside a load average of 8 once had 19 of 20, unexplained).
            QVERIFY2(own == expected,
                qPrintable(QStringLiteral("%1's messages in this store: %2\nthe store: %3")
                        .arg(sender, own.join(u','), bodies.join(u','))));
        }
        QVERIFY2(bodies.size() == count * senders.size(), qPrintable(bodies.join(u',')));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void bothEndsKilledLinksCutServerRestarted()
    {
        const int count = qEnvironmentVariableIntValue("ISTHMUS_SOAK_MESSAGES") > 0
            ? qEnvironmentVariableIntValue("ISTHMUS_SOAK_MESSAGES")
            : 20;
        const quint32 seed = qEnvironmentVariableIsSet("ISTHMUS_SOAK_SEED")
            ? quint32(qEnvironmentVariableIntValue("ISTHMUS_SOAK_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("random seed %u (ISTHMUS_SOAK_SEED repeats a run)", seed);
        QRandomGenerator random(seed);
        QElapsedTimer clock;
        clock.start();

        const QString ann = m_server.createUniqueAccount(QStringLiteral("ann"), password);
        const QString ben = m_server.createUniqueAccount(QStringLiteral("ben"), password);
        const QList<std::pair<QString, QString>> directions { { ann, ben }, { ben, ann } };
        // ben's end is the app for messages appFrom..appTo; ben's own messages of that stretch
        // go out through the CLI right after it, still in their order.
        const int appFrom = count / 3 + 1;
        const int appTo = appFrom + std::max(5, count / 10) - 1;
        AppProcess app(
            qEnvironmentVariable("ISTHMUS_BINARY_DIR") + QStringLiteral("/bin/isthmus"), dataDir(ben));
        app.setEnvironment(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        int restarts = 0;
        int appReceived = 0;
        for (int i = 1; i <= count; ++i) {
            if ((i == count / 3 || i == 2 * count / 3) && restarts < 2) {
                // The server goes down and comes back: what it stored must survive.
                ++restarts;
                QVERIFY2(m_server.restart(), qPrintable(m_server.error()));
            }
            const bool appIsBen = i >= appFrom && i <= appTo;
            if (appIsBen && !app.isRunning()) {
                QVERIFY(app.start(ben, password, m_server.address(), m_server.clientPort()));
                ++m_appStarts;
            }
            if (i == appTo + 1) {
                // The app was a real end: it stored what reached it before the CLI takes over.
                appReceived
                    = app.queryValue(QStringLiteral("SELECT count(*) FROM messages WHERE outgoing = 0"))
                          .toInt();
                QVERIFY2(appReceived > 0, qPrintable(app.output()));
                app.stop();
                for (int j = appFrom; j <= appTo; ++j) {
                    QVERIFY2(sendThrough(ben, ann, bodyOf(ben.section(u'@', 0, 0), j), random),
                        "a sender never gets through");
                }
            }
            for (const auto &[from, to] : directions) {
                if (!(appIsBen && from == ben)) {
                    QVERIFY2(sendThrough(from, to, bodyOf(from.section(u'@', 0, 0), i), random),
                        "a sender never gets through");
                }
            }
            // At least one kill in every stretch, however the dice fall.
            if (appIsBen && (random.bounded(100) < 40 || (i == appTo && m_appKills == 0))) {
                QTest::qWait(int(random.bounded(1500)));
                app.kill();
                ++m_appKills;
            }
        }
        app.stop();
        QVERIFY2(m_kills > 0, "no run was killed: the soak proved nothing");
        QVERIFY2(m_appKills > 0, "the app was never killed");

        const QStringList senders { ann.section(u'@', 0, 0), ben.section(u'@', 0, 0) };
        const QStringList annHolds = finalHistory(ann, ben, 2 * count);
        const QStringList benHolds = finalHistory(ben, ann, 2 * count);
        qInfo(
            "soak: %d messages each way, %d runs, %d SIGKILLs, %d link cuts, %d server restarts,"
            " the app %d starts, %d SIGKILLs and %d messages stored, %lld s; ann holds %lld, ben holds %lld",
            count, m_runs, m_kills, m_cuts, restarts, m_appStarts, m_appKills, appReceived,
            clock.elapsed() / 1000, annHolds.size(), benHolds.size());
        verifyEverythingOnceInOrder(annHolds, senders, count);
        verifyEverythingOnceInOrder(benHolds, senders, count);
    }
};

QTEST_GUILESS_MAIN(SoakBothEndsTest)
#include "tst_soak_both_ends.moc"
