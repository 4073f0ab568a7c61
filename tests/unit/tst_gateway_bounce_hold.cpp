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
#include "session/AccountSet.h"
#include "session/SessionCore.h"
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
        QTest::addColumn<bool>("knownGateway");
        QTest::addColumn<int>("expected");
        const int failed = int(MessageState::Failed);
        const int pending = int(MessageState::Pending);
        const int sent = int(MessageState::Sent);
        const QString contact = QStringLiteral("bob@") + tg;
        const QString plain = QStringLiteral("bob@elsewhere.test");
        using E = QXmppStanza::Error;
        QTest::newRow("gateway absent (service-unavailable)")
            << contact << int(E::ServiceUnavailable) << true << pending;
        QTest::newRow("gateway on another server")
            << contact << int(E::RemoteServerNotFound) << true << pending;
        QTest::newRow("gateway logging in (recipient-unavailable)")
            << contact << int(E::RecipientUnavailable) << true << pending;
        QTest::newRow("gateway refuses the message") << contact << int(E::NotAcceptable) << true << failed;
        QTest::newRow("domain never seen as a gateway")
            << contact << int(E::ServiceUnavailable) << false << failed;
        QTest::newRow("plain server") << plain << int(E::ServiceUnavailable) << false << failed;
        QTest::newRow("plain contact's device") << plain << int(E::RecipientUnavailable) << false << sent;
    }
    void aGatewayBounceWaitsAPlainOneFails()
    {
        QFETCH(QString, to);
        QFETCH(int, condition);
        QFETCH(bool, knownGateway);
        QFETCH(int, expected);
        static int n = 0;
        SessionCore core(m_dir.filePath(QStringLiteral("b%1.sqlite").arg(++n)));
        core.accounts()->login(alice, QStringLiteral("secret"), QStringLiteral("127.0.0.1"), closedPort());
        auto *gateways = dynamic_cast<GatewaysCapability *>(core.capability(QStringLiteral("gateways")));
        QVERIFY(gateways);
        GatewayAvailability *availability = gateways->availability();
        if (knownGateway) {
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
