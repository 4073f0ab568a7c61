// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10, "Remote freeze and memory blow-up", against a real Prosody: a stranger (a slixmpp
// component) sends a headline message, which no archive keeps, and a directed presence, each
// with thousands of nested elements. QXmpp alone spent 11.6 s of CPU and +430 MB on 5,000 levels
// and died on 20,000; with NestingDepthGuard in front both are dropped at once, the stream
// stays, and the next message arrives. CPU time and peak memory of this process are printed.
#include <sys/resource.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>

#include "HostileComponent.h"
#include "ProsodyServer.h"
#include "SessionLogin.h"
#include "StoredHistory.h"
#include "account/Account.h"
#include "account/NestingDepthGuard.h"
#include "models/AccountsController.h"
#include "models/RootController.h"
#include "session/SessionCore.h"

namespace {
const QString password = QStringLiteral("deep-test");
const QString evilDomain = QStringLiteral("deep.example.test");

struct Usage
{
    double cpuSeconds;
    long maxRssKiB;
};

Usage usage()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return { double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
            + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6,
        u.ru_maxrss };
}
} // namespace

class DeepStanzasTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server { HostileComponent::serverFor(evilDomain) };
    QTemporaryDir m_dataDir;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void deeplyNestedStanzasCostNothingAndChangeNothing()
    {
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        auto session
            = loginSession(m_server, m_dataDir.filePath(QStringLiteral("bob.sqlite")), bob, password);
        QVERIFY(waitForCatchUp(*session));
        const QString victim = session->core()->account()->client()->configuration().jid();
        int losses = 0;
        connect(session->core()->account()->client(), &QXmppClient::disconnected, this, [&] { ++losses; });

        QProcess peer;
        QVERIFY(HostileComponent::start(peer, m_server, evilDomain));
        const QString mallory = QStringLiteral("mallory@") + evilDomain;
        const auto arrived = [&](const QString &body) {
            const auto messages = storedHistory(*session, mallory);
            return std::any_of(
                messages.cbegin(), messages.cend(), [&](const Message &m) { return m.body == body; });
        };

        // 5,000 as in the issue; ISTHMUS_DEEP_LEVELS=20000 measures more (see below).
        const int levels = qEnvironmentVariableIntValue("ISTHMUS_DEEP_LEVELS");
        for (const int depth : { levels > 0 ? levels : 5000 }) {
            const Usage before = usage();
            peer.write(QStringLiteral("deep %1 %2\n").arg(victim).arg(depth).toUtf8());
            peer.write(QStringLiteral("deeppresence %1 %2\n").arg(victim).arg(depth).toUtf8());
            const QString after = QStringLiteral("after %1 levels").arg(depth);
            peer.write(QStringLiteral("hello %1 %2\n").arg(victim, after).toUtf8());
            // Stanzas of one stream are handled in order: once this is stored, both deep ones
            // have been dealt with.
            QTRY_VERIFY_WITH_TIMEOUT(arrived(after), 300000);
            const Usage used = usage();
            qInfo("%d levels, a headline and a presence: %.2f s CPU, peak memory %ld -> %ld KiB", depth,
                used.cpuSeconds - before.cpuSeconds, before.maxRssKiB, used.maxRssKiB);
            QVERIFY2(used.cpuSeconds - before.cpuSeconds < 2.0, "the deep stanzas cost seconds of CPU");
            QVERIFY2(used.maxRssKiB - before.maxRssKiB < 100 * 1024, "the deep stanzas cost memory");
        }
        QCOMPARE(session->core()->account()->depthGuard()->droppedCount(), 2);
        QVERIFY(!arrived(QStringLiteral("deep 1")));
        QCOMPARE(losses, 0);
        QCOMPARE(session->accounts()->connectionState(), AccountsController::Connected);
        peer.kill();
        peer.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(DeepStanzasTest)
#include "tst_deep_stanzas.moc"
