// SPDX-License-Identifier: GPL-3.0-or-later
// Whether a gateway is up, from its presence and bounces (GatewayAvailability), and the outgoing
// stage that holds messages to its contacts while it is down (GatewayHoldStage): Slidge's
// login words, another account's gateway, a plain server's bounce, a contact's own presence.
#include <QSignalSpy>
#include <QTest>
#include <QXmppMessage.h>
#include <QXmppPresence.h>

#include "capability/OutgoingMessage.h"
#include "gateways/GatewayAvailability.h"
#include "gateways/GatewayHoldStage.h"

namespace {
const QString alice = QStringLiteral("alice@example.test");
const QString tg = QStringLiteral("tg.example.test");

QXmppPresence presence(const QString &from, QXmppPresence::Type type, const QString &status = {},
    QXmppPresence::AvailableStatusType show = QXmppPresence::Online)
{
    QXmppPresence p(type);
    p.setFrom(from);
    p.setStatusText(status);
    p.setAvailableStatusType(show);
    return p;
}

OutgoingMessage outgoing(const QString &to, OutgoingMessage::Kind kind = OutgoingMessage::Kind::Message)
{
    OutgoingMessage m;
    m.kind = kind;
    m.account = alice;
    m.chatJid = to;
    return m;
}
} // namespace

class GatewayAvailabilityTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void presenceSaysUpDownAndFailed()
    {
        GatewayAvailability availability;
        GatewayHoldStage hold(&availability);
        QSignalSpy back(&availability, &GatewayAvailability::back);
        const QString contact = QStringLiteral("bob@") + tg;

        // Nothing known: nothing held (a bounce will tell).
        auto m = outgoing(contact);
        QCOMPARE(hold.prepare(m), OutgoingVerdict::Send);

        availability.presenceReceived(
            alice, presence(tg, QXmppPresence::Available, QStringLiteral("Logged in")));
        QCOMPARE(availability.state(alice, tg), GatewayAvailability::State::Online);
        QCOMPARE(hold.prepare(m), OutgoingVerdict::Send);
        QCOMPARE(back.count(), 0); // up from unknown is not "back"

        availability.presenceReceived(alice, presence(tg, QXmppPresence::Unavailable));
        QCOMPARE(availability.state(alice, tg), GatewayAvailability::State::Offline);
        QCOMPARE(hold.prepare(m), OutgoingVerdict::Hold);
        QVERIFY(!m.holdReason.isEmpty());
        // A chat state to a contact of a gateway that is down: dropped, not kept.
        auto typing = outgoing(contact, OutgoingMessage::Kind::ChatState);
        QCOMPARE(hold.prepare(typing), OutgoingVerdict::Drop);
        // Another account's gateway of the same name is not ours.
        OutgoingMessage other = outgoing(contact);
        other.account = QStringLiteral("carol@example.test");
        QCOMPARE(hold.prepare(other), OutgoingVerdict::Send);

        // Slidge while logging in, then a failed login: still held, with its words.
        availability.presenceReceived(
            alice, presence(tg, QXmppPresence::Available, QStringLiteral("Logging in…"), QXmppPresence::DND));
        QCOMPARE(availability.state(alice, tg), GatewayAvailability::State::Connecting);
        availability.presenceReceived(alice,
            presence(tg, QXmppPresence::Available, QStringLiteral("Could not login: bad code"),
                QXmppPresence::DND));
        QCOMPARE(availability.state(alice, tg), GatewayAvailability::State::LoginFailed);
        QCOMPARE(availability.statusText(alice, tg), QStringLiteral("Could not login: bad code"));
        QCOMPARE(hold.prepare(m), OutgoingVerdict::Hold);

        // Logged in again: back, and nothing held.
        availability.presenceReceived(
            alice, presence(tg, QXmppPresence::Available, QStringLiteral("Logged in")));
        QCOMPARE(back.count(), 1);
        QCOMPARE(hold.prepare(m), OutgoingVerdict::Send);

        // A contact's own presence (with a local part) says nothing about the gateway.
        availability.presenceReceived(
            alice, presence(contact + QStringLiteral("/phone"), QXmppPresence::Unavailable));
        QCOMPARE(availability.state(alice, tg), GatewayAvailability::State::Online);
        // Nor does our own server's.
        availability.presenceReceived(
            alice, presence(QStringLiteral("example.test"), QXmppPresence::Unavailable));
        QCOMPARE(
            availability.state(alice, QStringLiteral("example.test")), GatewayAvailability::State::Unknown);
    }

    void bouncesMarkOnlyKnownGatewaysDown()
    {
        GatewayAvailability availability;
        QXmppMessage bounce;
        bounce.setType(QXmppMessage::Error);
        bounce.setFrom(QStringLiteral("bob@") + tg);
        QXmppStanza::Error error(QXmppStanza::Error::Cancel, QXmppStanza::Error::ServiceUnavailable);
        bounce.setError(error);
        // A domain never seen as a gateway (a plain XMPP server that is away) stays unknown.
        availability.messageReceived(alice, bounce);
        QCOMPARE(availability.state(alice, tg), GatewayAvailability::State::Unknown);
        availability.presenceReceived(alice, presence(tg, QXmppPresence::Available));
        availability.messageReceived(alice, bounce);
        QCOMPARE(availability.state(alice, tg), GatewayAvailability::State::Offline);
        QVERIFY(availability.isDown(alice, QStringLiteral("carol@") + tg));
        // Forgetting the account (it was removed) holds nothing back any more.
        availability.forget(alice);
        QVERIFY(!availability.isDown(alice, QStringLiteral("carol@") + tg));
    }
};

QTEST_GUILESS_MAIN(GatewayAvailabilityTest)
#include "tst_gateway_availability.moc"
