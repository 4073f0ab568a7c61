// SPDX-License-Identifier: GPL-3.0-or-later
// Contacts against a real Prosody, with a plain QXmpp client as the other person: presence
// as it changes, subscriptions cancelled both ways, blocking (XEP-0191), gateway networks.
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppBlockingManager.h>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>

#include "AwaitFuture.h"
#include "ProcessStopper.h"
#include "ProsodyServer.h"
#include "SessionLogin.h"
#include "XmppTestClient.h"
#include "models/AccountsController.h"
#include "models/ChatListModel.h"
#include "models/ChatsController.h"
#include "models/ContactsController.h"
#include "models/RootController.h"
#include "models/RosterTreeModel.h"
#include "models/SubscriptionRequestModel.h"
#include "roster/BlockList.h"
#include "roster/GatewayNetworks.h"
#include "roster/PresenceCache.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"
#include "storage/RosterStore.h"

namespace {
const QString password = QStringLiteral("contacts-test");
const QString telegramGateway = QStringLiteral("telegram.example.test");
const QString pigeonGateway = QStringLiteral("pigeon.example.test"); // a gateway type nobody knows
const QString ircGateway = QStringLiteral("irc.example.test"); // a real Biboumi

ProsodyServer::Options withGateways()
{
    ProsodyServer::Options options;
    options.components = { telegramGateway, pigeonGateway, ircGateway };
    return options;
}

QXmppPresence presenceWith(QXmppPresence::AvailableStatusType show, const QString &status)
{
    QXmppPresence presence(QXmppPresence::Available);
    presence.setAvailableStatusType(show);
    presence.setStatusText(status);
    return presence;
}

int subscriptionIn(RootController &session, const QString &contact)
{
    const auto items = awaitResult(session.core()->rosterStore()->items(session.accounts()->primaryJid()));
    for (const RosterItem &item : items) {
        if (item.jid == contact) {
            return item.subscription;
        }
    }
    return -1; // not on the roster
}

bool hasBody(RootController &session, const QString &peer, const QString &body)
{
    const qint64 chat
        = awaitResult(session.core()->messageStore()->chatId(session.accounts()->primaryJid(), peer));
    const auto messages = awaitResult(session.core()->messageStore()->messagesBefore(chat, {}, 100));
    return std::any_of(messages.cbegin(), messages.cend(), [&](const Message &m) { return m.body == body; });
}

// The row of jid in the roster tree (first group it is in), invalid if not there.
QModelIndex rosterRow(RosterTreeModel *model, const QString &jid)
{
    for (int group = 0; group < model->rowCount(); ++group) {
        const QModelIndex parent = model->index(group, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data(RosterTreeModel::JidRole).toString() == jid) {
                return index;
            }
        }
    }
    return {};
}
} // namespace

class ContactsTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server { withGateways() };
    QProcess m_telegram;
    QProcess m_pigeon;
    QProcess m_biboumi;
    QTemporaryDir m_biboumiDir;

    // Biboumi, the IRC gateway, as a component of the test server. No IRC server is needed
    // for what is tested here (its disco identity); identd off, nothing but loopback.
    bool startBiboumi()
    {
        const QString config = m_biboumiDir.filePath(QStringLiteral("biboumi.cfg"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)) {
            return false;
        }
        file.write(
            QStringLiteral("hostname=%1\npassword=%2\nxmpp_server_ip=127.0.0.1\nport=%3\nidentd_port=0\n"
                           "outgoing_bind=127.0.0.1\ndb_name=%4\nlog_level=1\n")
                .arg(ircGateway, ProsodyServer::componentSecret())
                .arg(m_server.componentPort())
                .arg(m_biboumiDir.filePath(QStringLiteral("biboumi.sqlite")))
                .toUtf8());
        file.close();
        m_biboumi.setProcessChannelMode(QProcess::MergedChannels);
        m_biboumi.start(QStringLiteral("biboumi"), { config });
        QByteArray output;
        const bool up = QTest::qWaitFor(
            [&] {
                output += m_biboumi.readAll();
                return output.contains("Authenticated") || m_biboumi.state() == QProcess::NotRunning;
            },
            20000);
        if (!up || m_biboumi.state() != QProcess::Running) {
            qWarning().noquote() << "biboumi did not connect:" << output.right(2000);
            return false;
        }
        return true;
    }

    // A slixmpp component that answers disco#info with one identity, as gateways do.
    bool startGateway(QProcess &process, const QString &domain, const QString &type)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral("python3"),
            { qEnvironmentVariable("ISTHMUS_SOURCE_DIR")
                    + QStringLiteral("/tests/support/peers/gateway_component.py"),
                QStringLiteral("--domain"), domain, QStringLiteral("--secret"),
                ProsodyServer::componentSecret(), QStringLiteral("--port"),
                QString::number(m_server.componentPort()), QStringLiteral("--type"), type });
        return QTest::qWaitFor(
                   [&] {
                       return process.readAllStandardOutput().contains("ready")
                           || process.state() == QProcess::NotRunning;
                   },
                   20000)
            && process.state() == QProcess::Running;
    }
    QTemporaryDir m_dataDir;
    int m_sessions = 0;

    QString newDatabasePath() { return m_dataDir.filePath(QStringLiteral("s%1.sqlite").arg(++m_sessions)); }

    std::unique_ptr<RootController> login(const QString &jid, const QString &databasePath = {})
    {
        return loginSession(
            m_server, databasePath.isEmpty() ? newDatabasePath() : databasePath, jid, password);
    }

    // The session's account subscribes to the peer's presence, which the peer (a plain client)
    // approves; when mutual, the session approves the peer's request in return.
    static bool subscribe(RootController &session, XmppTestClient &peer, bool mutual)
    {
        const QString peerJid = peer.client()->configuration().jidBare();
        auto *peerRoster = peer.client()->findExtension<QXmppRosterManager>();
        QObject::connect(peerRoster, &QXmppRosterManager::subscriptionRequestReceived, peerRoster,
            [peerRoster](const QString &from) { peerRoster->acceptSubscription(from); });
        if (!session.contacts()->add(peerJid, {}, {}).isEmpty()) {
            return false;
        }
        if (!QTest::qWaitFor(
                [&] { return subscriptionIn(session, peerJid) == QXmppRosterIq::Item::To; }, 10000)) {
            return false;
        }
        if (!mutual) {
            return true;
        }
        peerRoster->subscribeTo(session.accounts()->primaryJid());
        if (!QTest::qWaitFor([&] { return session.contacts()->requests()->count() > 0; }, 10000)) {
            return false;
        }
        session.contacts()->requests()->approve(0);
        return QTest::qWaitFor(
            [&] { return subscriptionIn(session, peerJid) == QXmppRosterIq::Item::Both; }, 10000);
    }

    // Another device of the account: a plain client with its own resource.
    QXmppConfiguration secondDevice(const QString &jid) const
    {
        QXmppConfiguration config;
        config.setJid(jid);
        config.setPassword(password);
        config.setHost(m_server.address());
        config.setPort(m_server.clientPort());
        config.setResource(QStringLiteral("phone"));
        config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
        return config;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void cleanupTestCase()
    {
        stopProcess(m_telegram);
        stopProcess(m_pigeon);
        stopProcess(m_biboumi);
    }

    // The contact goes online, away, do-not-disturb and offline; both models follow, and the
    // last-seen time outlives the session.
    void presenceFollowsTheContact()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        const QString databasePath = newDatabasePath();
        auto a = login(alice, databasePath);
        QTRY_COMPARE_WITH_TIMEOUT(a->accounts()->connectionState(), AccountsController::Connected, 15000);
        auto bobClient = std::make_unique<XmppTestClient>();
        QVERIFY(bobClient->connectTo(bob, password, m_server.address(), m_server.clientPort()));
        QVERIFY(subscribe(*a, *bobClient, false));
        a->core()->messageStore()->chatId(alice, bob); // a chat with bob, for the chat list's roles
        a->chats()->list()->reload();

        PresenceCache *cache = a->core()->presenceCache();
        RosterTreeModel *roster = a->contacts()->roster();
        // Bob is online (his presence arrives once the subscription is approved).
        QTRY_COMPARE_WITH_TIMEOUT(cache->presence(alice, bob).availability, Presence::Online, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rosterRow(roster, bob).isValid(), 10000);
        QCOMPARE(rosterRow(roster, bob).data(RosterTreeModel::PresenceRole).toInt(), int(Presence::Online));

        bobClient->client()->setClientPresence(presenceWith(QXmppPresence::Away, QStringLiteral("lunch")));
        QTRY_COMPARE_WITH_TIMEOUT(
            rosterRow(roster, bob).data(RosterTreeModel::PresenceRole).toInt(), int(Presence::Away), 10000);
        QCOMPARE(
            rosterRow(roster, bob).data(RosterTreeModel::StatusTextRole).toString(), QStringLiteral("lunch"));
        QTRY_COMPARE_WITH_TIMEOUT(a->chats()->list()->count(), 1, 10000);
        QCOMPARE(a->chats()->list()->index(0).data(ChatListModel::PresenceRole).toInt(), int(Presence::Away));
        QCOMPARE(a->chats()->list()->index(0).data(ChatListModel::StatusTextRole).toString(),
            QStringLiteral("lunch"));

        // A second device of bob's, more available than the first: it speaks for him.
        // Its own resource: XmppTestClient's would replace bob's first connection.
        QXmppClient bobsPhone;
        QXmppConfiguration phoneConfig = bobClient->client()->configuration();
        phoneConfig.setResource(QStringLiteral("phone"));
        QSignalSpy phoneUp(&bobsPhone, &QXmppClient::connected);
        bobsPhone.connectToServer(phoneConfig);
        QVERIFY(phoneUp.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(cache->presence(alice, bob).availability, Presence::Online, 10000);
        bobsPhone.setClientPresence(presenceWith(QXmppPresence::DND, QStringLiteral("meeting")));
        QTRY_COMPARE_WITH_TIMEOUT(cache->presence(alice, bob).availability, Presence::Away, 10000);
        QCOMPARE(cache->presence(alice, bob).statusText, QStringLiteral("lunch"));
        bobsPhone.disconnectFromServer();

        bobClient->client()->setClientPresence(presenceWith(QXmppPresence::XA, QStringLiteral("holiday")));
        QTRY_COMPARE_WITH_TIMEOUT(cache->presence(alice, bob).availability, Presence::ExtendedAway, 10000);
        QCOMPARE(cache->presence(alice, bob).statusText, QStringLiteral("holiday"));

        const qint64 beforeLeaving = QDateTime::currentMSecsSinceEpoch();
        bobClient->disconnect();
        QTRY_COMPARE_WITH_TIMEOUT(rosterRow(roster, bob).data(RosterTreeModel::PresenceRole).toInt(),
            int(Presence::Offline), 10000);
        const QDateTime lastSeen = rosterRow(roster, bob).data(RosterTreeModel::LastSeenRole).toDateTime();
        QVERIFY(lastSeen.isValid());
        QVERIFY(lastSeen.toMSecsSinceEpoch() >= beforeLeaving);
        QCOMPARE(a->chats()->list()->index(0).data(ChatListModel::LastSeenRole).toDateTime(), lastSeen);

        // After a restart, before any connection, the last-seen time is still known.
        a.reset();
        RootController restarted(databasePath);
        QTRY_COMPARE_WITH_TIMEOUT(restarted.core()->presenceCache()->presence(alice, bob).lastSeen,
            lastSeen.toMSecsSinceEpoch(), 10000);
        QCOMPARE(restarted.core()->presenceCache()->presence(alice, bob).availability, Presence::Offline);
    }

    // Quitting while a contact is online: the next run says they were seen until then.
    void lastSeenWhenTheAppQuits()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        const QString databasePath = newDatabasePath();
        auto a = login(alice, databasePath);
        QTRY_COMPARE_WITH_TIMEOUT(a->accounts()->connectionState(), AccountsController::Connected, 15000);
        XmppTestClient bobClient;
        QVERIFY(bobClient.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        QVERIFY(subscribe(*a, bobClient, false));
        QTRY_COMPARE_WITH_TIMEOUT(
            a->core()->presenceCache()->presence(alice, bob).availability, Presence::Online, 10000);
        QTest::qWait(20); // so that "came online" and "quit" are distinct times
        const qint64 beforeQuitting = QDateTime::currentMSecsSinceEpoch();
        a.reset();
        RootController restarted(databasePath);
        QTRY_VERIFY_WITH_TIMEOUT(
            restarted.core()->presenceCache()->presence(alice, bob).lastSeen >= beforeQuitting, 10000);
        QCOMPARE(restarted.core()->presenceCache()->presence(alice, bob).availability, Presence::Offline);
    }

    // XEP-0191: while bob is blocked the server keeps his messages from alice; unblocking lets
    // them through again; what alice's other device blocks shows up in her session.
    void blockingIsServerSideAndFollowsOtherDevices()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        auto a = login(alice);
        QTRY_COMPARE_WITH_TIMEOUT(a->accounts()->connectionState(), AccountsController::Connected, 15000);
        XmppTestClient bobClient;
        QVERIFY(bobClient.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        QCOMPARE(a->contacts()->add(bob, QStringLiteral("Bob"), {}), QString());
        QTRY_VERIFY_WITH_TIMEOUT(rosterRow(a->contacts()->roster(), bob).isValid(), 10000);
        QCOMPARE(rosterRow(a->contacts()->roster(), bob).data(RosterTreeModel::BlockedRole).toBool(), false);

        QSignalSpy notices(a.get(), &RootController::notice);
        a->contacts()->block(bob);
        QTRY_VERIFY_WITH_TIMEOUT(a->core()->blockList()->isBlocked(alice, bob), 10000);
        QCOMPARE(rosterRow(a->contacts()->roster(), bob).data(RosterTreeModel::BlockedRole).toBool(), true);
        QVERIFY(bobClient.sendMessage(alice, QStringLiteral("sent while blocked")));

        a->contacts()->unblock(bob);
        QTRY_VERIFY_WITH_TIMEOUT(!a->core()->blockList()->isBlocked(alice, bob), 10000);
        QCOMPARE(rosterRow(a->contacts()->roster(), bob).data(RosterTreeModel::BlockedRole).toBool(), false);
        QVERIFY(bobClient.sendMessage(alice, QStringLiteral("sent after unblocking")));
        // Messages from one sender arrive in order: once the second is here, the first never comes.
        QTRY_VERIFY_WITH_TIMEOUT(hasBody(*a, bob, QStringLiteral("sent after unblocking")), 10000);
        QVERIFY(!hasBody(*a, bob, QStringLiteral("sent while blocked")));
        QCOMPARE(notices.count(), 0);

        // Alice's phone blocks bob (and a whole domain): her session learns it from the server's push.
        QTRY_COMPARE_WITH_TIMEOUT(a->chats()->list()->count(), 1, 10000);
        QXmppClient phone;
        auto *phoneBlocking = phone.addNewExtension<QXmppBlockingManager>();
        QSignalSpy phoneUp(&phone, &QXmppClient::connected);
        phone.connectToServer(secondDevice(alice));
        QVERIFY(phoneUp.wait(10000)); // bound: not just authenticated
        QSignalSpy chatChanged(a->chats()->list(), &QAbstractItemModel::dataChanged);
        auto blocked = std::make_shared<std::optional<bool>>();
        phoneBlocking->block(QVector<QString> { bob, QStringLiteral("spam.test") })
            .then(this, [blocked](QXmppBlockingManager::Result &&result) {
                *blocked = std::holds_alternative<QXmpp::Success>(result);
            });
        QTRY_VERIFY_WITH_TIMEOUT(blocked->has_value(), 10000);
        QVERIFY(blocked->value());
        QTRY_VERIFY_WITH_TIMEOUT(a->core()->blockList()->isBlocked(alice, bob), 10000);
        QVERIFY(a->core()->blockList()->isBlocked(alice, QStringLiteral("anyone@spam.test")));
        QCOMPARE(rosterRow(a->contacts()->roster(), bob).data(RosterTreeModel::BlockedRole).toBool(), true);
        QCOMPARE(a->chats()->list()->index(0).data(ChatListModel::BlockedRole).toBool(), true);
        QVERIFY(chatChanged.count() > 0);
        phoneBlocking->unblock(bob);
        QTRY_VERIFY_WITH_TIMEOUT(!a->core()->blockList()->isBlocked(alice, bob), 10000);
        QCOMPARE(a->chats()->list()->index(0).data(ChatListModel::BlockedRole).toBool(), false);
        QVERIFY(a->core()->blockList()->isBlocked(alice, QStringLiteral("anyone@spam.test")));

        // After a reconnect the list is fetched again, not assumed.
        a.reset();
        auto again = login(alice);
        QTRY_VERIFY_WITH_TIMEOUT(
            again->core()->blockList()->isBlocked(alice, QStringLiteral("anyone@spam.test")), 15000);
        QVERIFY(!again->core()->blockList()->isBlocked(alice, bob));
        phone.disconnectFromServer();
    }

    void blockingRefusesNonsense()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        auto a = login(alice);
        QTRY_COMPARE_WITH_TIMEOUT(a->accounts()->connectionState(), AccountsController::Connected, 15000);
        QSignalSpy notices(a.get(), &RootController::notice);
        a->contacts()->block(QStringLiteral("bob@example.test/phone"));
        a->contacts()->block(QStringLiteral("not an address"));
        a->contacts()->block(alice);
        QCOMPARE(notices.count(), 3);
        a->contacts()->block(QStringLiteral("bob@example.test"), QStringLiteral("nobody@example.test"));
        QCOMPARE(notices.count(), 4);
        QVERIFY(a->core()->blockList()->entries(alice).isEmpty());
    }

    // Add, rename, regroup and remove through the app: the server's roster (read by a second
    // device with QXmpp's own roster manager) and the app's store follow each step; renaming
    // someone not in the roster is refused in words.
    void contactEditsReachTheServer()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        auto a = login(alice);
        QTRY_COMPARE_WITH_TIMEOUT(a->accounts()->connectionState(), AccountsController::Connected, 15000);
        XmppTestClient phone;
        QVERIFY(phone.connectTo(alice, password, m_server.address(), m_server.clientPort()));
        auto *server = phone.client()->findExtension<QXmppRosterManager>();
        QTRY_VERIFY_WITH_TIMEOUT(server->isRosterReceived(), 10000);
        const QString friendJid = QStringLiteral("friend@example.test");
        const auto stored = [&] {
            const auto items = awaitResult(a->core()->rosterStore()->items(alice));
            for (const RosterItem &item : items) {
                if (item.jid == friendJid) {
                    return item.name + u'|' + item.groups.join(u',');
                }
            }
            return QStringLiteral("<none>");
        };
        const auto onServer = [&] {
            if (!server->getRosterBareJids().contains(friendJid)) {
                return QStringLiteral("<none>");
            }
            const auto item = server->getRosterEntry(friendJid);
            QStringList groups(item.groups().cbegin(), item.groups().cend());
            groups.sort();
            return item.name() + u'|' + groups.join(u',');
        };

        QCOMPARE(
            a->contacts()->add(friendJid, QStringLiteral("Friend"), QStringLiteral("Climbing")), QString());
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), QStringLiteral("Friend|Climbing"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stored(), QStringLiteral("Friend|Climbing"), 10000);

        a->contacts()->rename(friendJid, QStringLiteral("Old Friend"));
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), QStringLiteral("Old Friend|Climbing"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stored(), QStringLiteral("Old Friend|Climbing"), 10000);

        a->contacts()->setGroups(friendJid, { QStringLiteral("Work"), QStringLiteral("Climbing") });
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), QStringLiteral("Old Friend|Climbing,Work"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stored(), QStringLiteral("Old Friend|Climbing,Work"), 10000);

        QSignalSpy notices(a.get(), &RootController::notice);
        a->contacts()->rename(QStringLiteral("stranger@example.test"), QStringLiteral("Who?"));
        QTRY_COMPARE_WITH_TIMEOUT(notices.count(), 1, 5000);
        QVERIFY2(notices.first().first().toString().contains(QStringLiteral("stranger@example.test")),
            qPrintable(notices.first().first().toString()));

        a->contacts()->remove(friendJid);
        QTRY_COMPARE_WITH_TIMEOUT(onServer(), QStringLiteral("<none>"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(stored(), QStringLiteral("<none>"), 10000);
    }

    // RFC 6121 3.2 and 3.3: alice and bob see each other; alice cancels bob's subscription
    // (he stops seeing her), then unsubscribes (she stops seeing him). Both rosters follow.
    void cancelAndUnsubscribeChangeBothSides()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        auto a = login(alice);
        auto b = login(bob);
        QTRY_VERIFY_WITH_TIMEOUT(a->accounts()->connectionState() == AccountsController::Connected
                && b->accounts()->connectionState() == AccountsController::Connected,
            15000);
        QCOMPARE(a->contacts()->add(bob, QStringLiteral("Bob"), {}), QString());
        QTRY_COMPARE_WITH_TIMEOUT(b->contacts()->requests()->count(), 1, 10000);
        b->contacts()->requests()->approve(0); // and asks back
        QTRY_COMPARE_WITH_TIMEOUT(a->contacts()->requests()->count(), 1, 10000);
        a->contacts()->requests()->approve(0);
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionIn(*a, bob), int(QXmppRosterIq::Item::Both), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionIn(*b, alice), int(QXmppRosterIq::Item::Both), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            b->core()->presenceCache()->presence(bob, alice).availability, Presence::Online, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            a->core()->presenceCache()->presence(alice, bob).availability, Presence::Online, 10000);

        QSignalSpy notices(a.get(), &RootController::notice);
        a->contacts()->cancelSubscription(bob);
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionIn(*a, bob), int(QXmppRosterIq::Item::To), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionIn(*b, alice), int(QXmppRosterIq::Item::From), 10000);
        // Bob's server tells him alice is gone from his view.
        QTRY_COMPARE_WITH_TIMEOUT(
            b->core()->presenceCache()->presence(bob, alice).availability, Presence::Offline, 10000);
        QCOMPARE(a->core()->presenceCache()->presence(alice, bob).availability, Presence::Online);

        a->contacts()->unsubscribe(bob);
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionIn(*a, bob), int(QXmppRosterIq::Item::None), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionIn(*b, alice), int(QXmppRosterIq::Item::None), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            a->core()->presenceCache()->presence(alice, bob).availability, Presence::Offline, 10000);
        // Both stay on each other's roster; the roster model shows the new state.
        QTRY_COMPARE_WITH_TIMEOUT(
            rosterRow(a->contacts()->roster(), bob).data(RosterTreeModel::SubscriptionRole).toInt(),
            int(QXmppRosterIq::Item::None), 10000);
        QCOMPARE(notices.count(), 0);

        a->contacts()->unsubscribe(QStringLiteral("not an address"));
        a->contacts()->cancelSubscription(QStringLiteral("bob@example.test/phone"));
        QCOMPARE(notices.count(), 2);
    }

    // Contacts behind gateways show their network from the gateway domain's disco identity
    // (asked once per domain and remembered); plain XMPP contacts show none.
    void gatewayContactsShowTheirNetwork()
    {
        QVERIFY(startGateway(m_telegram, telegramGateway, QStringLiteral("telegram")));
        QVERIFY(startGateway(m_pigeon, pigeonGateway, QStringLiteral("carrier-pigeon")));
        QVERIFY(startBiboumi());
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        const QString viaTelegram = QStringLiteral("15551234@") + telegramGateway;
        const QString viaPigeon = QStringLiteral("bird@") + pigeonGateway;
        const QString viaIrc = QStringLiteral("nick%127.0.0.1@") + ircGateway;
        const QString room
            = QStringLiteral("lobby@conference.") + m_server.domain(); // a MUC service, no gateway
        const QString databasePath = newDatabasePath();
        auto a = login(alice, databasePath);
        QTRY_COMPARE_WITH_TIMEOUT(a->accounts()->connectionState(), AccountsController::Connected, 15000);
        for (const QString &contact : { viaTelegram, viaPigeon, viaIrc, room, bob }) {
            QCOMPARE(a->contacts()->add(contact, {}, {}), QString());
        }
        awaitResult(a->core()->messageStore()->chatId(alice, viaTelegram));
        a->chats()->list()->reload();

        RosterTreeModel *roster = a->contacts()->roster();
        QTRY_COMPARE_WITH_TIMEOUT(roster->count(), 5, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            rosterRow(roster, viaTelegram).data(RosterTreeModel::NetworkRole).toString(),
            QStringLiteral("telegram"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rosterRow(roster, viaPigeon).data(RosterTreeModel::NetworkRole).toString(),
            QStringLiteral("gateway"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rosterRow(roster, viaIrc).data(RosterTreeModel::NetworkRole).toString(),
            QStringLiteral("irc"), 10000);
        QCOMPARE(rosterRow(roster, bob).data(RosterTreeModel::NetworkRole).toString(), QString());
        QCOMPARE(rosterRow(roster, room).data(RosterTreeModel::NetworkRole).toString(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(a->chats()->list()->count(), 1, 10000);
        QCOMPARE(a->chats()->list()->index(0).data(ChatListModel::NetworkRole).toString(),
            QStringLiteral("telegram"));

        // Remembered: a later run knows the network before (and without) connecting, even with
        // the gateway gone.
        a.reset();
        stopProcess(m_telegram);
        RootController restarted(databasePath);
        QTRY_COMPARE_WITH_TIMEOUT(
            restarted.core()->gatewayNetworks()->network(viaTelegram), QStringLiteral("telegram"), 10000);
        QCOMPARE(restarted.core()->gatewayNetworks()->network(viaPigeon), QStringLiteral("gateway"));
        QCOMPARE(restarted.core()->gatewayNetworks()->network(viaIrc), QStringLiteral("irc"));
        QCOMPARE(restarted.core()->gatewayNetworks()->network(room), QString());
    }
};

QTEST_GUILESS_MAIN(ContactsTest)
#include "tst_contacts.moc"
