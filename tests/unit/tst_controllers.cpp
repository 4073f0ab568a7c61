// SPDX-License-Identifier: GPL-3.0-or-later
// The QML side's controllers over a real SessionCore and SQLite file, in-process: the accounts
// controller follows the account set (jids, primary, state), the chats controller opens a chat's
// messages for the right account, sends through messaging into the outbox, keeps the chat on
// screen per account and hands on chat requests; the contacts controller answers for the primary
// account and refuses a bad address in words; a capability's controller is found by name, and the
// old Session facade forwards to the same objects. The account is set up against a closed
// loopback port: nothing leaves the machine.
#include <memory>

#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "capability/Capability.h"
#include "models/AccountsController.h"
#include "models/ChatListModel.h"
#include "models/ChatsController.h"
#include "models/ContactsController.h"
#include "models/MessageListModel.h"
#include "models/RootController.h"
#include "models/Session.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"
#include "xmpp/Availability.h"

namespace {
const QString alice = QStringLiteral("alice@example.test");
const QString carol = QStringLiteral("carol@example.test");
const QString bob = QStringLiteral("bob@example.test");

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// A capability with a UI of its own: its controller is what QML gets by name.
class PanelCapability : public Capability
{
public:
    QString name() const override { return QStringLiteral("panel"); }
    void install(CapabilityHost &) override { }
    QObject *controller() const override { return &m_controller; }

private:
    mutable QObject m_controller;
};
} // namespace

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
        accounts->login(alice, QStringLiteral("secret"), QStringLiteral("127.0.0.1"), closedPort());
        accounts->login(carol, QStringLiteral("secret"), QStringLiteral("127.0.0.1"), closedPort());
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
        auto *panel = m_root->core()->install(std::make_unique<PanelCapability>());
        QVERIFY(panel->controller());
        QCOMPARE(m_root->controller(QStringLiteral("panel")), panel->controller());
        QCOMPARE(m_root->controller(QStringLiteral("messaging")), nullptr); // no UI of its own
        QCOMPARE(m_root->controller(QStringLiteral("nothing")), nullptr);
    }

    // Fails when the old facade's invokables stop reaching the controllers (the QML written
    // against it this session still calls them).
    void theOldFacadeForwards()
    {
        QTemporaryDir dir;
        Session session(dir.filePath(QStringLiteral("facade.sqlite")));
        RootController *root = session.root();
        QCOMPARE(session.chats(), root->chats()->list());
        QCOMPARE(session.roster(), root->contacts()->roster());
        QCOMPARE(session.accountList(), root->accounts()->list());
        QSignalSpy changed(&session, &Session::accountChanged);
        session.login(alice, QStringLiteral("secret"), QStringLiteral("127.0.0.1"), closedPort());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(session.accountJid(), alice);
        QCOMPARE(root->accounts()->primaryJid(), alice);
        session.sendMessage(bob, QStringLiteral("through the facade"));
        QTRY_COMPARE(awaitResult(root->core()->messageStore()->chatHistory(alice, bob)).size(), 1);
        session.setViewedChat(bob);
        QVERIFY(root->chats()->isViewed(alice, bob));
        QSignalSpy requested(&session, &Session::chatRequested);
        root->chats()->request(bob);
        QCOMPARE(requested.size(), 1);
    }
};

QTEST_GUILESS_MAIN(ControllersTest)
#include "tst_controllers.moc"
