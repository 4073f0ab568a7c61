// SPDX-License-Identifier: GPL-3.0-or-later
// A message that went to a gateway's contact before we knew the gateway was down, and bounced for
// it, waits again (pending, with the reason) instead of failing: the outbox asks the outgoing
// chain (GatewayHoldStage) about each bounce. A plain server's bounce still fails the message, and
// a device's recipient-unavailable from a plain contact still changes nothing (tst_outbox_failure).
// A real SessionCore, its account against a closed loopback port: nothing leaves the machine.
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppMessage.h>
#include <QXmppPresence.h>

#include "AwaitFuture.h"
#include "account/Account.h"
#include "gateways/GatewayAvailability.h"
#include "gateways/GatewaysCapability.h"
#include "messaging/Outbox.h"
#include "roster/GatewayNetworks.h"
#include "session/AccountSet.h"
#include "session/SessionCore.h"
#include "storage/GatewayNetworkStore.h"
#include "storage/MessageStore.h"

namespace {
const QString alice = QStringLiteral("alice@example.test");
const QString tg = QStringLiteral("tg.example.test");

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// How the test's SessionCore knows tg.example.test: not at all, by its presence in this run, or
// only from an earlier run's discovery (it has been down since we started: no presence came).
enum Known { Never, ByPresence, ByDiscovery };

QXmppMessage bounce(const QString &from, const QString &id, QXmppStanza::Error::Condition condition)
{
    QXmppMessage m;
    m.setType(QXmppMessage::Error);
    m.setFrom(from);
    m.setTo(alice);
    m.setId(id);
    m.setError(QXmppStanza::Error(QXmppStanza::Error::Cancel, condition));
    return m;
}
} // namespace

class GatewayBounceHoldTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A message of ours to `to` that the server took (sent), as before its bounce.
    static Message sentTo(SessionCore &core, const QString &to, const QString &body)
    {
        const auto stored = awaitResult(core.outbox(alice)->sendText(to, body));
        if (!stored)
            return {};
        awaitFuture(core.messageStore()->setState(alice, stored->originId, MessageState::Sent));
        return *stored;
    }

    static Message reread(SessionCore &core, const Message &m)
    {
        return awaitResult(core.messageStore()->messageByRowId(m.id)).value_or(Message {});
    }

private Q_SLOTS:
    void aGatewayBounceWaitsAPlainOneFails_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("condition");
        QTest::addColumn<int>("known");
        QTest::addColumn<int>("expected");
        const int failed = int(MessageState::Failed);
        const int pending = int(MessageState::Pending);
        const int sent = int(MessageState::Sent);
        const QString contact = QStringLiteral("bob@") + tg;
        const QString plain = QStringLiteral("bob@elsewhere.test");
        using E = QXmppStanza::Error;
        QTest::newRow("gateway absent (service-unavailable)")
            << contact << int(E::ServiceUnavailable) << int(ByPresence) << pending;
        QTest::newRow("gateway on another server")
            << contact << int(E::RemoteServerNotFound) << int(ByPresence) << pending;
        QTest::newRow("gateway logging in (recipient-unavailable)")
            << contact << int(E::RecipientUnavailable) << int(ByPresence) << pending;
        QTest::newRow("gateway down since we started")
            << contact << int(E::ServiceUnavailable) << int(ByDiscovery) << pending;
        QTest::newRow("gateway logging in, no presence yet")
            << contact << int(E::RecipientUnavailable) << int(ByDiscovery) << pending;
        QTest::newRow("gateway refuses the message")
            << contact << int(E::NotAcceptable) << int(ByPresence) << failed;
        QTest::newRow("domain never seen as a gateway")
            << contact << int(E::ServiceUnavailable) << int(Never) << failed;
        QTest::newRow("plain server") << plain << int(E::ServiceUnavailable) << int(Never) << failed;
        QTest::newRow("plain contact's device")
            << plain << int(E::RecipientUnavailable) << int(Never) << sent;
    }
    void aGatewayBounceWaitsAPlainOneFails()
    {
        QFETCH(QString, to);
        QFETCH(int, condition);
        QFETCH(int, known);
        QFETCH(int, expected);
        static int n = 0;
        const QString file = m_dir.filePath(QStringLiteral("b%1.sqlite").arg(++n));
        if (known == ByDiscovery) {
            SessionCore earlier(file);
            GatewayNetworkStore store(earlier.database());
            awaitFuture(store.save(tg, QStringLiteral("telegram")));
        }
        SessionCore core(file);
        if (known == ByDiscovery)
            QTRY_COMPARE(core.gatewayNetworks()->network(to), QStringLiteral("telegram"));
        core.accounts()->login(alice, QStringLiteral("secret"), QStringLiteral("127.0.0.1"), closedPort());
        auto *gateways = dynamic_cast<GatewaysCapability *>(core.capability(QStringLiteral("gateways")));
        QVERIFY(gateways);
        GatewayAvailability *availability = gateways->availability();
        if (known == ByPresence) {
            QXmppPresence up(QXmppPresence::Available);
            up.setFrom(tg);
            up.setStatusText(QStringLiteral("Logged in"));
            availability->presenceReceived(alice, up);
        }

        const Message m = sentTo(core, to, QStringLiteral("before we knew"));
        QVERIFY(!m.originId.isEmpty());
        Q_EMIT core.account(alice)->messageReceived(
            bounce(to + QStringLiteral("/x"), m.originId, QXmppStanza::Error::Condition(condition)));
        const MessageState want = MessageState(expected);
        QTRY_COMPARE(reread(core, m).state, want);
        const Message after = reread(core, m);
        QCOMPARE(after.originId, m.originId);
        if (want == MessageState::Pending) {
            QVERIFY(!after.holdReason.isEmpty());
            QVERIFY(after.errorText.isEmpty());
            // The gateway is down (or logging in) now: the message goes again when it is back.
            QVERIFY(availability->isDown(alice, to));
            // It is what the outbox sends again, with its id.
            const auto pending = awaitResult(core.messageStore()->pendingMessages(alice));
            QCOMPARE(pending.size(), 1);
            QCOMPARE(pending.constFirst().originId, m.originId);
        }
    }
};

QTEST_GUILESS_MAIN(GatewayBounceHoldTest)
#include "tst_gateway_bounce_hold.moc"
