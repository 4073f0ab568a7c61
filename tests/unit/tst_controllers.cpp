// SPDX-License-Identifier: GPL-3.0-or-later
// The QML side's controllers over a real SessionCore and SQLite file, in-process: the accounts
// controller follows the account set (jids, primary, state), the chats controller opens a chat's
// messages for the right account, sends through messaging into the outbox, keeps the chat on
// screen per account and hands on chat requests; the contacts controller answers for the primary
// account and refuses a bad address in words; a capability's controller is found by name, and the
// gateways capability's follows the gateway's presence. The account is set
// up against a closed loopback port: nothing leaves the machine.
#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppPresence.h>

#include "AwaitFuture.h"
#include "OfflineAccounts.h"
#include "capability/Capability.h"
#include "gateways/GatewayAvailability.h"
#include "gateways/GatewaysCapability.h"
#include "gateways/GatewaysController.h"
#include "models/AccountsController.h"
#include "models/ChatListModel.h"
#include "models/ChatsController.h"
#include "models/ContactsController.h"
#include "models/MessageListModel.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"
#include "xmpp/Availability.h"

class ControllersTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<RootController> m_root;

    QList<Message> history(const QString &account, const QString &chat)
    {
        return awaitResult(m_root->core()->messageStore()->chatHistory(account, chat));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_root = std::make_unique<RootController>(m_dir.filePath(QStringLiteral("controllers.sqlite")),
            m_dir.filePath(QStringLiteral("settings.ini")));
    }

    // Fails when the accounts controller does not follow the account set.
    void accountsFollowTheAccountSet()
    {
        AccountsController *accounts = m_root->accounts();
        QCOMPARE(accounts->connectionState(), AccountsController::NoAccount);
        QVERIFY(!m_root->chats()->hasAccount());
        QSignalSpy changed(accounts, &AccountsController::accountsChanged);
        QSignalSpy canSend(m_root->chats(), &ChatsController::hasAccountChanged);
        loginOffline(accounts, alice);
        loginOffline(accounts, carol);
        QVERIFY(changed.size() >= 2);
        QVERIFY(!canSend.isEmpty());
        QCOMPARE(accounts->jids(), (QStringList { alice, carol }));
        QCOMPARE(accounts->primaryJid(), alice);
        QVERIFY(m_root->chats()->hasAccount());
        // Nothing listens: the state goes from connecting to failed, with words for it.
        QTRY_COMPARE_WITH_TIMEOUT(accounts->connectionState(), AccountsController::Failed, 10000);
        QVERIFY(!accounts->errorText().isEmpty());
    }

    // Fails when open() ignores the account, or send() does not reach that account's outbox.
    void chatsOpenAndSendPerAccount()
    {
        ChatsController *chats = m_root->chats();
        std::unique_ptr<MessageListModel> primary(chats->open(bob));
        std::unique_ptr<MessageListModel> second(chats->open(bob, carol));
        QCOMPARE(primary->account(), alice);
        QCOMPARE(second->account(), carol);

        chats->send(bob, QStringLiteral("  from carol  "), carol);
        chats->send(bob, QStringLiteral("   "), carol); // nothing to send
        QTRY_COMPARE(history(carol, bob).size(), 1);
        const Message sent = history(carol, bob).constFirst();
        QCOMPARE(sent.body, QStringLiteral("from carol"));
        QVERIFY(sent.outgoing);
        QCOMPARE(sent.state, MessageState::Pending);
        QVERIFY(history(alice, bob).isEmpty());
        // Both chats opened have their row in the recent chats.
        QTRY_COMPARE(chats->list()->rowCount(), 2);

        chats->correct(sent.id, QStringLiteral("from carol, corrected"));
        QTRY_COMPARE(history(carol, bob).constFirst().body, QStringLiteral("from carol, corrected"));
    }

    // Fails when the viewed chat ignores its account, or an empty account is not the primary one.
    void theViewedChatIsPerAccount()
    {
        ChatsController *chats = m_root->chats();
        QVERIFY(!chats->isViewed(alice, bob));
        chats->setViewed(bob, carol);
        QVERIFY(chats->isViewed(carol, bob));
        QVERIFY(!chats->isViewed(alice, bob));
        chats->setViewed(bob);
        QVERIFY(chats->isViewed(alice, bob));
        QVERIFY(!chats->isViewed(carol, bob));
        chats->setViewed({});
        QVERIFY(!chats->isViewed(alice, bob));

        QSignalSpy requested(chats, &ChatsController::chatRequested);
        chats->request(bob, carol);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.constFirst().at(0).toString(), bob);
        QCOMPARE(requested.constFirst().at(1).toString(), carol);
    }

    // Fails when a bad address is not refused in words, or presence is not answered for the
    // primary account.
    void contactsAnswerForTheAccount()
    {
        ContactsController *contacts = m_root->contacts();
        QVERIFY(!contacts->add(QStringLiteral("not an address"), {}, {}).isEmpty());
        QVERIFY(!contacts->add(alice, {}, {}).isEmpty()); // our own address (or not connected)
        const QVariantMap presence = contacts->presence(bob);
        QCOMPARE(presence.value(QStringLiteral("presence")).toInt(), int(Presence::Offline));
        QVERIFY(!presence.contains(QStringLiteral("lastSeen")));
    }

    // Fails when controller() does not find a capability's controller by its name.
    void aCapabilityControllerIsFoundByName()
    {
        QCOMPARE(m_root->controller(QStringLiteral("panel")), nullptr);
        auto *panel
            = m_root->core()->install(std::make_unique<ControllerCapability>(QStringLiteral("panel")));
        QVERIFY(panel->controller());
        QCOMPARE(m_root->controller(QStringLiteral("panel")), panel->controller());
        QCOMPARE(m_root->controller(QStringLiteral("messaging")), nullptr); // no UI of its own
        QCOMPARE(m_root->controller(QStringLiteral("nothing")), nullptr);
    }

    // Fails when the gateways capability brings no controller (the gateway banners and chips read
    // each gateway's state through it), or when its words do not follow the gateway's presence.
    void theGatewaysControllerFollowsTheGateway()
    {
        auto *gateways = qobject_cast<GatewaysController *>(m_root->controller(QStringLiteral("gateways")));
        QVERIFY(gateways);
        auto *capability
            = dynamic_cast<GatewaysCapability *>(m_root->core()->capability(QStringLiteral("gateways")));
        QVERIFY(capability);
        const QString gateway = QStringLiteral("telegram.example.test");
        const QString contact = QStringLiteral("+123@telegram.example.test");
        QCOMPARE(gateways->state(alice, gateway), QStringLiteral("unknown"));
        QSignalSpy changed(gateways, &GatewaysController::changed);
        QXmppPresence down(QXmppPresence::Unavailable);
        down.setFrom(gateway);
        down.setStatusText(QStringLiteral("network unreachable"));
        capability->availability()->presenceReceived(alice, down);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(1).toString(), gateway);
        QCOMPARE(gateways->state(alice, gateway), QStringLiteral("offline"));
        QCOMPARE(gateways->statusText(alice, gateway), QStringLiteral("network unreachable"));
        QVERIFY(gateways->isDown(alice, contact));
        QXmppPresence up;
        up.setFrom(gateway);
        capability->availability()->presenceReceived(alice, up);
        QCOMPARE(gateways->state(alice, gateway), QStringLiteral("online"));
        QVERIFY(!gateways->isDown(alice, contact));
    }
};

QTEST_GUILESS_MAIN(ControllersTest)
#include "tst_controllers.moc"
