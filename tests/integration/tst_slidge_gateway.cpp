// SPDX-License-Identifier: GPL-3.0-or-later
// Isthmus through Slidge (python3-slidge), the gateway framework behind Telegram, Signal and
// WhatsApp gateways, with an in-memory legacy network of our own (peers/slidge_memnet) as a
// component of the test Prosody with mod_privilege (XEP-0356). Sign-in runs Slidge's multi-step
// jabber:iq:register ad-hoc command (a phone number, then a QR code to flash, then preferences);
// the gateway fills the roster; jabber:iq:gateway turns a legacy username into a JID; messages go
// both ways; the gateway goes down and comes back while a message waits in the outbox (also one
// that bounced before we knew it was down); leaving the network removes its contacts.
#include <QTemporaryDir>
#include <QTest>

#include "ProsodyServer.h"
#include "SessionLogin.h"
#include "SlidgeGateway.h"
#include "StoredHistory.h"
#include "account/Account.h"
#include "gateways/GatewayAvailability.h"
#include "models/AdHocCommandController.h"
#include "models/ChatsController.h"
#include "models/GatewayContactResolver.h"
#include "models/GatewayListModel.h"
#include "models/GatewaySignIn.h"
#include "models/GatewayState.h"
#include "models/RosterTreeModel.h"
#include "roster/GatewayNetworks.h"
#include "session/SessionCore.h"
#include "xmpp/Rfc6121RosterManager.h"

namespace {
const QString gatewayDomain = QStringLiteral("memnet.example.test");
const QString password = QStringLiteral("slidge-test-pass");

ProsodyServer::Options withSlidge()
{
    ProsodyServer::Options options;
    options.components = { gatewayDomain };
    options.privilegedComponents = { gatewayDomain };
    return options;
}

bool hasBody(RootController &session, const QString &peer, const QString &body, MessageState state)
{
    const auto history = storedHistory(session, peer);
    return std::any_of(history.cbegin(), history.cend(),
        [&](const Message &m) { return m.body == body && m.state == state; });
}

int countBody(RootController &session, const QString &peer, const QString &body)
{
    const auto history = storedHistory(session, peer);
    return int(
        std::count_if(history.cbegin(), history.cend(), [&](const Message &m) { return m.body == body; }));
}

int rowOf(DataFormModel *form, const QString &key)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        if (form->index(row).data(DataFormModel::KeyRole).toString() == key) {
            return row;
        }
    }
    return -1;
}

QString keysOf(DataFormModel *form)
{
    QStringList keys;
    for (int row = 0; row < form->rowCount(); ++row) {
        keys.append(form->index(row).data(DataFormModel::KeyRole).toString());
    }
    return keys.join(u',');
}
} // namespace

class SlidgeGatewayTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server { withSlidge() };
    SlidgeGateway m_slidge { gatewayDomain };
    QTemporaryDir m_dataDir;

    // Runs the controller's next step and waits for the gateway's answer.
    bool step(AdHocCommandController &commands, void (AdHocCommandController::*action)())
    {
        (commands.*action)();
        return QTest::qWaitFor([&] { return commands.state() != QStringLiteral("waiting"); }, 45000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY2(m_server.createAccount(QStringLiteral("alice"), password), qPrintable(m_server.error()));
        QVERIFY2(m_slidge.start(m_server), qPrintable(m_slidge.error()));
    }

    void signInTalkAndLeave()
    {
        const QString alice = QStringLiteral("alice@") + m_server.domain();
        auto session
            = loginSession(m_server, m_dataDir.filePath(QStringLiteral("alice.sqlite")), alice, password);
        QVERIFY(waitForCatchUp(*session));

        // Discovery: Slidge announces gateway/<its type>, with sign-in, commands and the prompt.
        GatewayNetworks *networks = session->core()->gatewayNetworks();
        QTRY_VERIFY2_WITH_TIMEOUT(!networks->gateways(alice).isEmpty(), qPrintable(m_slidge.log()), 20000);
        const Gateway gateway = networks->gateways(alice).constFirst();
        QCOMPARE(gateway.jid, gatewayDomain);
        QCOMPARE(gateway.network, QStringLiteral("telegram"));
        QVERIFY(gateway.registration);
        QVERIFY(gateway.commands);
        QVERIFY(gateway.prompt);
        GatewayListModel list;
        list.setControllers(session.get());
        QCOMPARE(list.count(), 1);
        QCOMPARE(list.index(0).data(GatewayListModel::RegisteredRole).toBool(), false);

        // Sign-in: a QR login has no one-step form, so the page runs jabber:iq:register.
        GatewaySignIn signIn;
        signIn.setControllers(session.get());
        signIn.setGateway(gatewayDomain);
        signIn.load();
        QTRY_VERIFY_WITH_TIMEOUT(signIn.state() != QStringLiteral("loading"), 15000);
        QCOMPARE(signIn.state(), QStringLiteral("command"));

        AdHocCommandController commands;
        commands.setControllers(session.get());
        commands.setJid(gatewayDomain);
        commands.run(QStringLiteral("jabber:iq:register"), QStringLiteral("Sign in"), gatewayDomain);
        QTRY_VERIFY_WITH_TIMEOUT(commands.state() != QStringLiteral("waiting"), 20000);
        QVERIFY2(commands.state() == QStringLiteral("executing"),
            qPrintable(commands.errorText() + m_slidge.log()));
        // Step 1: the phone number.
        const int phone = rowOf(commands.form(), QStringLiteral("phone"));
        QVERIFY2(phone >= 0, qPrintable(keysOf(commands.form())));
        commands.form()->setValue(phone, QStringLiteral("+49 170 1234567"));
        QVERIFY(step(
            commands, commands.canNext() ? &AdHocCommandController::next : &AdHocCommandController::execute));
        QVERIFY2(commands.state() == QStringLiteral("executing"),
            qPrintable(commands.errorText() + m_slidge.log()));
        // Step 2: the QR code, as a field whose text we draw (its picture's link is never fetched).
        const int qr = rowOf(commands.form(), QStringLiteral("qr_img"));
        QVERIFY2(qr >= 0, qPrintable(keysOf(commands.form())));
        const QString code = commands.form()->index(qr).data(DataFormModel::QrCodeRole).toString();
        QVERIFY2(code.startsWith(QLatin1String("memnet://login?token=")), qPrintable(code));
        QVERIFY(commands.form()->index(qr).data(DataFormModel::ImageRole).toString().isEmpty());
        // The phone flashes it (the network confirms by itself); then the preferences.
        QVERIFY(step(
            commands, commands.canNext() ? &AdHocCommandController::next : &AdHocCommandController::execute));
        QVERIFY2(commands.state() == QStringLiteral("executing")
                || commands.state() == QStringLiteral("completed"),
            qPrintable(commands.errorText() + m_slidge.log()));
        if (commands.state() == QStringLiteral("executing")) {
            QVERIFY(step(commands,
                commands.canComplete() ? &AdHocCommandController::complete
                                       : &AdHocCommandController::execute));
        }
        QVERIFY2(commands.state() == QStringLiteral("completed"),
            qPrintable(commands.errorText() + m_slidge.log()));
        signIn.commandCompleted();

        // The gateway fills the roster (mod_privilege) and is on it itself; its contacts carry
        // its network; its presence says it is logged in.
        Rfc6121RosterManager *roster = session->core()->account(alice)->roster();
        const QString contact = QStringLiteral("alice@") + gatewayDomain;
        QTRY_VERIFY2_WITH_TIMEOUT(roster->contains(contact)
                && roster->contains(QStringLiteral("bob@") + gatewayDomain)
                && roster->contains(QStringLiteral("carol@") + gatewayDomain),
            qPrintable(roster->getRosterBareJids().join(u',') + m_slidge.log()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(roster->contains(gatewayDomain), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(list.index(0).data(GatewayListModel::RegisteredRole).toBool(), 15000);
        GatewayState state;
        state.setControllers(session.get());
        state.setJid(contact);
        QTRY_COMPARE_WITH_TIMEOUT(state.state(), QStringLiteral("online"), 30000);
        QCOMPARE(state.network(), QStringLiteral("telegram"));

        // jabber:iq:gateway: a legacy username turned into its JID by the gateway.
        GatewayContactResolver resolver;
        resolver.setControllers(session.get());
        resolver.setGateway(gatewayDomain);
        QTRY_VERIFY_WITH_TIMEOUT(!resolver.prompt().isEmpty(), 15000);
        QString resolved;
        QString failure;
        connect(&resolver, &GatewayContactResolver::resolved, this,
            [&](const QString &, const QString &jid) { resolved = jid; });
        connect(
            &resolver, &GatewayContactResolver::failed, this, [&](const QString &text) { failure = text; });
        resolver.resolve(QStringLiteral("bob"));
        QTRY_VERIFY_WITH_TIMEOUT(!resolved.isEmpty() || !failure.isEmpty(), 15000);
        QCOMPARE(resolved, QStringLiteral("bob@") + gatewayDomain);

        // A message both ways: the contact on the memory network answers "echo: …".
        session->chats()->send(contact, QStringLiteral("hello memory network"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            hasBody(*session, contact, QStringLiteral("echo: hello memory network"), MessageState::Received),
            qPrintable(m_slidge.log().right(4000)), 20000);

        // The gateway goes down (it says goodbye): what we write waits in the outbox, not bounced.
        m_slidge.stop();
        QTRY_COMPARE_WITH_TIMEOUT(state.state(), QStringLiteral("offline"), 20000);
        QVERIFY(state.down());
        session->chats()->send(contact, QStringLiteral("while you were away"));
        QTest::qWait(1500);
        QVERIFY(hasBody(*session, contact, QStringLiteral("while you were away"), MessageState::Pending));
        // It comes back, logs us in again, and the message goes out with its id and is answered.
        QVERIFY2(m_slidge.start(m_server), qPrintable(m_slidge.error()));
        QTRY_COMPARE_WITH_TIMEOUT(state.state(), QStringLiteral("online"), 40000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            hasBody(*session, contact, QStringLiteral("echo: while you were away"), MessageState::Received),
            qPrintable(m_slidge.log().right(4000)), 30000);
        QVERIFY(!hasBody(*session, contact, QStringLiteral("while you were away"), MessageState::Pending));
        QVERIFY(!hasBody(*session, contact, QStringLiteral("while you were away"), MessageState::Failed));

        // It goes away without a word (killed): we still think it is up, so the next message goes
        // out and the server bounces it. It waits (pending, not failed), and goes out with its id
        // once the gateway is back: once, answered once.
        m_slidge.kill();
        QTest::qWait(500);
        QCOMPARE(state.state(), QStringLiteral("online"));
        session->chats()->send(contact, QStringLiteral("before we knew"));
        QTRY_COMPARE_WITH_TIMEOUT(state.state(), QStringLiteral("offline"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            hasBody(*session, contact, QStringLiteral("before we knew"), MessageState::Pending), 5000);
        QTest::qWait(500);
        QVERIFY(!hasBody(*session, contact, QStringLiteral("before we knew"), MessageState::Failed));
        QVERIFY2(m_slidge.start(m_server), qPrintable(m_slidge.error()));
        QTRY_COMPARE_WITH_TIMEOUT(state.state(), QStringLiteral("online"), 40000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            hasBody(*session, contact, QStringLiteral("echo: before we knew"), MessageState::Received),
            qPrintable(m_slidge.log().right(4000)), 30000);
        QTest::qWait(1000);
        QCOMPARE(countBody(*session, contact, QStringLiteral("before we knew")), 1);
        QCOMPARE(countBody(*session, contact, QStringLiteral("echo: before we knew")), 1);
        QVERIFY(!hasBody(*session, contact, QStringLiteral("before we knew"), MessageState::Pending));

        // Leaving the network: the gateway forgets us, and its contacts leave the roster.
        signIn.unregister(true);
        QTRY_VERIFY_WITH_TIMEOUT(signIn.state() != QStringLiteral("sending"), 20000);
        QVERIFY2(signIn.state() == QStringLiteral("removed"), qPrintable(signIn.errorText()));
        QTRY_VERIFY_WITH_TIMEOUT(
            !roster->contains(contact) && !roster->contains(QStringLiteral("bob@") + gatewayDomain), 20000);
    }
};

QTEST_GUILESS_MAIN(SlidgeGatewayTest)
#include "tst_slidge_gateway.moc"
