// SPDX-License-Identifier: GPL-3.0-or-later
// OMEMO through the whole app (a RootController over SessionCore, its capability, pipeline, outgoing
// chain and store) and a real Prosody: Isthmus with Isthmus (two accounts; two devices of one
// account with carbons; a recipient offline while three messages go, then the catch-up decrypts
// them), Isthmus with the independent peers (slixmpp-omemo legacy, python-omemo OMEMO 2) both
// ways, a message held while the contact has no devices and sent once they publish, and bad
// input: plaintext in an encrypted chat (marked), an OMEMO 2 envelope whose <from> is another
// JID (refused), a stranger's device list (ignored); a burst of messages to a new session
// fetches each key once; automatic trust management (XEP-0450) across three devices, and with
// Kaidan's implementation (QXmpp's QXmppOmemoManager and QXmppAtmManager) both ways.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppLogger.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include "AwaitFuture.h"
#include "HostileComponent.h"
#include "OmemoPeerProcess.h"
#include "ProsodyServer.h"
#include "QxmppOmemoPeer.h"
#include "SessionLogin.h"
#include "StoredHistory.h"
#include "XmppTestClient.h"
#include "account/Account.h"
#include "models/AccountsController.h"
#include "models/ChatsController.h"
#include "models/ContactsController.h"
#include "models/RootController.h"
#include "models/SubscriptionRequestModel.h"
#include "omemo/OmemoAccount.h"
#include "omemo/OmemoAtm.h"
#include "omemo/OmemoCapability.h"
#include "omemo/OmemoController.h"
#include "omemo/OmemoKeyForm.h"
#include "session/SessionCore.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "storage/RosterStore.h"
#include "storage/SqlQuery.h"

namespace {
const QString password = QStringLiteral("omemo-session");
const QString evilDomain = QStringLiteral("evil.example.test");

OmemoCapability *omemoOf(RootController &session)
{
    return static_cast<OmemoCapability *>(session.core()->capability(QStringLiteral("omemo")));
}

OmemoController *controllerOf(RootController &session)
{
    return static_cast<OmemoController *>(omemoOf(session)->controller());
}

std::optional<Message> withBody(RootController &session, const QString &peer, const QString &body)
{
    const auto messages = storedHistory(session, peer);
    for (const Message &m : messages) {
        if (m.body == body)
            return m;
    }
    return std::nullopt;
}

QString describe(RootController &session, const QString &peer)
{
    QStringList lines;
    const auto messages = storedHistory(session, peer);
    for (const Message &m : messages)
        lines.append(QStringLiteral("%1 kind=%2 enc=%3 state=%4 err=%5 held=%6 body=%7")
                .arg(m.outgoing ? QStringLiteral("out") : QStringLiteral("in"))
                .arg(int(m.kind))
                .arg(int(m.encryption))
                .arg(int(m.state))
                .arg(m.errorText, m.holdReason, m.body));
    return lines.join(u'\n');
}

int subscriptionIn(RootController &session, const QString &contact)
{
    const auto items = awaitResult(session.core()->rosterStore()->items(session.accounts()->primaryJid()));
    for (const RosterItem &item : items) {
        if (item.jid == contact)
            return item.subscription;
    }
    return -1;
}

// Devices of the JID alone (devices() lists our own account's too).
int deviceCount(RootController &session, const QString &jid)
{
    const QVariantList devices
        = awaitResult(controllerOf(session)->devices(session.accounts()->primaryJid(), jid));
    return int(std::count_if(devices.cbegin(), devices.cend(),
        [&](const QVariant &d) { return d.toMap().value(QStringLiteral("jid")).toString() == jid; }));
}

// What `session` thinks of a device of `jid`: its fingerprint and trust (-1: not listed).
QPair<QString, int> deviceOf(RootController &session, const QString &jid, quint32 deviceId)
{
    const QVariantList devices
        = awaitResult(controllerOf(session)->devices(session.accounts()->primaryJid(), jid));
    for (const QVariant &d : devices) {
        const QVariantMap device = d.toMap();
        if (device.value(QStringLiteral("jid")).toString() == jid
            && device.value(QStringLiteral("deviceId")).toUInt() == deviceId)
            return { device.value(QStringLiteral("fingerprint")).toString(),
                device.value(QStringLiteral("trust")).toInt() };
    }
    return { QString(), -1 };
}

// `session` verifies a device of `jid` by its fingerprint, as the devices page does.
bool verify(RootController &session, const QString &jid, quint32 deviceId)
{
    const QString fingerprint = deviceOf(session, jid, deviceId).first;
    if (fingerprint.isEmpty())
        return false;
    controllerOf(session)->setTrust(
        session.accounts()->primaryJid(), jid, fingerprint, int(OmemoTrust::Verified));
    return QTest::qWaitFor(
        [&] { return deviceOf(session, jid, deviceId).second == int(OmemoTrust::Verified); }, 5000);
}
} // namespace

class OmemoSessionTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server { HostileComponent::serverFor(evilDomain) };
    QTemporaryDir m_dir;
    int m_databases = 0;

    QString newDatabase() { return m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_databases)); }
    QString newAccount(const QString &name) { return m_server.createUniqueAccount(name, password); }

    std::unique_ptr<RootController> login(const QString &jid, const QString &database = {})
    {
        return loginSession(m_server, database.isEmpty() ? newDatabase() : database, jid, password);
    }
    static bool ready(RootController &session)
    {
        return QTest::qWaitFor(
                   [&] { return session.accounts()->connectionState() == AccountsController::Connected; },
                   15000)
            && QTest::qWaitFor([&] { return omemoReady(session); }, 20000);
    }
    // Mutual presence subscription between two sessions: each sees the other's device lists.
    static bool befriend(RootController &a, RootController &b)
    {
        const QString aJid = a.accounts()->primaryJid();
        const QString bJid = b.accounts()->primaryJid();
        if (!a.contacts()->add(bJid, {}, {}).isEmpty())
            return false;
        if (!QTest::qWaitFor([&] { return b.contacts()->requests()->count() > 0; }, 10000))
            return false;
        b.contacts()->requests()->approve(0); // and asks back
        return QTest::qWaitFor(
            [&] {
                if (a.contacts()->requests()->count() > 0)
                    a.contacts()->requests()->approve(0);
                return subscriptionIn(a, bJid) == QXmppRosterIq::Item::Both
                    && subscriptionIn(b, aJid) == QXmppRosterIq::Item::Both;
            },
            15000);
    }
    // A plain client (no OMEMO) on the session's roster, both ways.
    static bool befriend(RootController &session, XmppTestClient &peer)
    {
        const QString peerJid = peer.client()->configuration().jidBare();
        auto *peerRoster = peer.client()->findExtension<QXmppRosterManager>();
        QObject::connect(peerRoster, &QXmppRosterManager::subscriptionRequestReceived, peerRoster,
            [peerRoster](const QString &from) {
                peerRoster->acceptSubscription(from);
                peerRoster->subscribeTo(from);
            });
        if (!session.contacts()->add(peerJid, {}, {}).isEmpty())
            return false;
        return QTest::qWaitFor(
            [&] {
                if (session.contacts()->requests()->count() > 0)
                    session.contacts()->requests()->approve(0);
                return subscriptionIn(session, peerJid) == QXmppRosterIq::Item::Both;
            },
            15000);
    }
    bool connectPlain(XmppTestClient &client, const QString &jid)
    {
        return client.connectTo(jid, password, m_server.address(), m_server.clientPort());
    }
    // Two new accounts, each logged in with its own database, OMEMO ready, on each other's
    // roster; the sessions are null when a step failed (it says which).
    struct Friends
    {
        QString alice;
        QString bob;
        std::unique_ptr<RootController> a;
        std::unique_ptr<RootController> b;
    };
    Friends connectedFriends(const QString &bobsDatabase = {})
    {
        Friends friends { newAccount(QStringLiteral("alice")), newAccount(QStringLiteral("bob")), {}, {} };
        auto a = login(friends.alice);
        auto b = login(friends.bob, bobsDatabase);
        if (!ready(*a) || !ready(*b)) {
            qWarning("an account did not connect, or its OMEMO did not get ready");
        } else if (!befriend(*a, *b)) {
            qWarning("the two accounts did not get on each other's roster");
        } else {
            friends.a = std::move(a);
            friends.b = std::move(b);
        }
        return friends;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    // Two Isthmus accounts: encrypted by default (both publish devices), both ways, each row
    // marked; what crosses the server is ciphertext (a plain second client of the recipient sees
    // only the fallback text).
    void twoAccountsTalkEncrypted()
    {
        auto [alice, bob, a, b] = connectedFriends();
        QVERIFY(a && b);
        XmppTestClient bobsPlainClient;
        QVERIFY(connectPlain(bobsPlainClient, bob));
        QVERIFY(bobsPlainClient.enableCarbons());

        a->chats()->send(bob, QStringLiteral("first secret"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            withBody(*b, alice, QStringLiteral("first secret")), qPrintable(describe(*b, alice)), 20000);
        QCOMPARE(withBody(*b, alice, QStringLiteral("first secret"))->encryption, MessageEncryption::Omemo2);
        QTRY_VERIFY_WITH_TIMEOUT(
            withBody(*a, bob, QStringLiteral("first secret"))->state >= MessageState::Sent, 10000);
        QCOMPARE(withBody(*a, bob, QStringLiteral("first secret"))->encryption, MessageEncryption::Omemo2);

        QTRY_VERIFY_WITH_TIMEOUT(!bobsPlainClient.received().isEmpty(), 10000);
        for (const QXmppMessage &seen : bobsPlainClient.received())
            QVERIFY2(!seen.body().contains(QStringLiteral("secret")), qPrintable(seen.body()));

        b->chats()->send(alice, QStringLiteral("secret reply"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            withBody(*a, bob, QStringLiteral("secret reply")), qPrintable(describe(*a, bob)), 20000);
        QCOMPARE(withBody(*a, bob, QStringLiteral("secret reply"))->encryption, MessageEncryption::Omemo2);
    }

    // Twenty messages queued at once to a contact this device has no session with yet: one
    // request for the contact's bundle and at most one per device list, not one per message
    // (1,000 queued messages sent 3,000 requests); all twenty arrive, readable.
    void aBurstFetchesEachKeyOnce()
    {
        auto [alice, bob, a, b] = connectedFriends();
        QVERIFY(a && b);

        QStringList bundleRequests;
        QStringList listRequests;
        QObject guard;
        connect(a->core()->account()->client()->logger(), &QXmppLogger::message, &guard,
            [&](QXmppLogger::MessageType type, const QString &xml) {
                if (type != QXmppLogger::SentMessage || !xml.startsWith(QLatin1String("<iq"))
                    || !xml.contains(QLatin1String("type=\"get\"")) || !xml.contains(bob)) {
                    return;
                }
                if (xml.contains(QLatin1String("bundles"))) {
                    bundleRequests.append(xml);
                } else if (xml.contains(QLatin1String("devicelist"))
                    || xml.contains(QLatin1String("omemo:2:devices"))) {
                    listRequests.append(xml);
                }
            });
        QStringList texts;
        for (int i = 0; i < 20; ++i) {
            texts.append(QStringLiteral("burst %1").arg(i, 2, 10, QLatin1Char('0')));
            a->chats()->send(bob, texts.last());
        }
        QTRY_VERIFY2_WITH_TIMEOUT(std::all_of(texts.cbegin(), texts.cend(),
                                      [&](const QString &t) { return withBody(*b, alice, t).has_value(); }),
            qPrintable(describe(*b, alice)), 60000);
        for (const Message &m : storedHistory(*b, alice)) {
            QVERIFY2(m.kind != MessageKind::Undecryptable, qPrintable(describe(*b, alice)));
        }
        QCOMPARE(storedHistory(*b, alice).size(), texts.size());
        QVERIFY2(bundleRequests.size() == 1, qPrintable(bundleRequests.join(u'\n')));
        QVERIFY2(listRequests.size() <= 2, qPrintable(listRequests.join(u'\n')));
    }

    // The recipient is offline while three messages are sent; when it comes back, what the
    // server kept for it (offline delivery or the archive catch-up) is decrypted, all three.
    void offlineRecipientCatchesUp()
    {
        const QString bobsDatabase = newDatabase();
        auto [alice, bob, a, b] = connectedFriends(bobsDatabase);
        QVERIFY(a && b);
        b.reset();

        const QStringList texts { QStringLiteral("while away 1"), QStringLiteral("while away 2"),
            QStringLiteral("while away 3") };
        for (const QString &text : texts)
            a->chats()->send(bob, text);
        QTRY_VERIFY2_WITH_TIMEOUT(std::all_of(texts.cbegin(), texts.cend(),
                                      [&](const QString &t) {
                                          const auto m = withBody(*a, bob, t);
                                          return m && m->state >= MessageState::Sent;
                                      }),
            qPrintable(describe(*a, bob)), 30000);

        b = login(bob, bobsDatabase);
        QVERIFY(waitForCatchUp(*b));
        QTRY_VERIFY2_WITH_TIMEOUT(std::all_of(texts.cbegin(), texts.cend(),
                                      [&](const QString &t) { return withBody(*b, alice, t).has_value(); }),
            qPrintable(describe(*b, alice)), 30000);
        const auto history = storedHistory(*b, alice);
        for (const Message &m : history) {
            QVERIFY2(m.kind != MessageKind::Undecryptable, qPrintable(describe(*b, alice)));
            QCOMPARE(m.encryption, MessageEncryption::Omemo2);
        }
        QCOMPARE(history.size(), 3);
    }

    // Two devices of one account (two Isthmus databases) and a contact: what one device sends
    // reaches the other by carbons and is readable there; what the contact sends, both read.
    void twoDevicesOfOneAccount()
    {
        auto [alice, bob, desktop, b] = connectedFriends();
        QVERIFY(desktop && b);
        auto laptop = login(alice);
        QVERIFY(ready(*laptop));
        // Each device learns the other from our own device list's notification.
        QTRY_COMPARE_WITH_TIMEOUT(deviceCount(*desktop, alice), 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(deviceCount(*b, alice) == 2 || deviceCount(*b, bob) >= 1, 15000);

        desktop->chats()->send(bob, QStringLiteral("from the desktop"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            withBody(*b, alice, QStringLiteral("from the desktop")), qPrintable(describe(*b, alice)), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(withBody(*laptop, bob, QStringLiteral("from the desktop")),
            qPrintable(describe(*laptop, bob)), 20000);
        QVERIFY(withBody(*laptop, bob, QStringLiteral("from the desktop"))->outgoing);
        QCOMPARE(withBody(*laptop, bob, QStringLiteral("from the desktop"))->encryption,
            MessageEncryption::Omemo2);

        b->chats()->send(alice, QStringLiteral("to both of yours"));
        QTRY_VERIFY2_WITH_TIMEOUT(withBody(*desktop, bob, QStringLiteral("to both of yours")),
            qPrintable(describe(*desktop, bob)), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(withBody(*laptop, bob, QStringLiteral("to both of yours")),
            qPrintable(describe(*laptop, bob)), 20000);
        for (RootController *s : { desktop.get(), laptop.get() }) {
            const auto history = storedHistory(*s, bob);
            for (const Message &m : history)
                QVERIFY2(m.kind != MessageKind::Undecryptable, qPrintable(describe(*s, bob)));
        }
    }

    // An old device of mine taken off: my lists, the server's and a contact's forget it; this
    // device cannot remove itself; a device still in use adds itself back when it connects.
    void removingAnOldDeviceOfMine()
    {
        auto [alice, bob, desktop, b] = connectedFriends();
        QVERIFY(desktop && b);
        const QString laptopDatabase = newDatabase();
        quint32 laptopId = 0;
        {
            auto laptop = login(alice, laptopDatabase);
            QVERIFY(ready(*laptop));
            laptopId = omemoOf(*laptop)->account(alice)->deviceId();
        }
        QTRY_COMPARE_WITH_TIMEOUT(deviceCount(*desktop, alice), 2, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(deviceCount(*b, alice), 2, 15000);

        OmemoController *omemo = controllerOf(*desktop);
        QSignalSpy removed(omemo, &OmemoController::ownDeviceRemoved);
        omemo->removeOwnDevice(alice, int(omemoOf(*desktop)->account(alice)->deviceId()));
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
        QCOMPARE(removed.last().at(2).toString(), QStringLiteral("this device cannot remove itself"));
        omemo->removeOwnDevice(alice, int(laptopId));
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 2, 15000);
        QCOMPARE(removed.last().at(2).toString(), QString());
        QCOMPARE(deviceCount(*desktop, alice), 1);
        // The contact heard the new lists (both versions) and no longer encrypts for the laptop.
        QTRY_COMPARE_WITH_TIMEOUT(deviceCount(*b, alice), 1, 15000);
        b->chats()->send(alice, QStringLiteral("to the desktop alone"));
        QTRY_VERIFY2_WITH_TIMEOUT(withBody(*desktop, bob, QStringLiteral("to the desktop alone")),
            qPrintable(describe(*desktop, bob)), 20000);

        auto laptop = login(alice, laptopDatabase);
        QVERIFY(ready(*laptop));
        QTRY_COMPARE_WITH_TIMEOUT(deviceCount(*desktop, alice), 2, 15000);
    }

    // A contact's second device makes a line in the chat, once (it is in both of the contact's
    // lists), kept in the history; after the user verified the contact, a third device's line
    // says it is not trusted yet, and its key stays undecided.
    void newDeviceOfAContactIsAnnounced()
    {
        auto [alice, bob, a, phone] = connectedFriends();
        QVERIFY(a && phone);
        QTRY_VERIFY_WITH_TIMEOUT(deviceCount(*a, bob) >= 1, 15000);
        auto countKind = [&](MessageKind kind) {
            const auto history = storedHistory(*a, bob);
            return int(std::count_if(
                history.cbegin(), history.cend(), [kind](const Message &m) { return m.kind == kind; }));
        };
        QCOMPARE(countKind(MessageKind::NewDeviceTrusted), 0); // the first list is not news

        auto desktop = login(bob);
        QVERIFY(ready(*desktop));
        const quint32 desktopId = omemoOf(*desktop)->account(bob)->deviceId();
        QTRY_VERIFY2_WITH_TIMEOUT(
            withBody(*a, bob, QString::number(desktopId)), qPrintable(describe(*a, bob)), 15000);
        QCOMPARE(withBody(*a, bob, QString::number(desktopId))->kind, MessageKind::NewDeviceTrusted);
        QTest::qWait(1000); // the other namespace's event
        QCOMPARE(countKind(MessageKind::NewDeviceTrusted), 1);

        // Alice verifies Bob's phone (its key known from a message), then Bob adds a laptop.
        phone->chats()->send(alice, QStringLiteral("from the phone"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            withBody(*a, bob, QStringLiteral("from the phone")), qPrintable(describe(*a, bob)), 20000);
        const quint32 phoneId = omemoOf(*phone)->account(bob)->deviceId();
        QString phoneFingerprint;
        for (const QVariant &d : awaitResult(controllerOf(*a)->devices(alice, bob))) {
            if (d.toMap().value(QStringLiteral("deviceId")).toUInt() == phoneId)
                phoneFingerprint = d.toMap().value(QStringLiteral("fingerprint")).toString();
        }
        QVERIFY(!phoneFingerprint.isEmpty());
        QSignalSpy changed(controllerOf(*a), &OmemoController::trustChanged);
        controllerOf(*a)->setTrust(alice, bob, phoneFingerprint, int(OmemoTrust::Verified));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);

        auto laptop = login(bob);
        QVERIFY(ready(*laptop));
        const quint32 laptopId = omemoOf(*laptop)->account(bob)->deviceId();
        QTRY_VERIFY2_WITH_TIMEOUT(
            withBody(*a, bob, QString::number(laptopId)), qPrintable(describe(*a, bob)), 15000);
        QCOMPARE(withBody(*a, bob, QString::number(laptopId))->kind, MessageKind::NewDeviceUntrusted);
    }

    // An encrypted chat whose contact has no devices: the message waits, with the reason, and
    // nothing goes out in plaintext; once the contact publishes a device it goes, encrypted.
    void heldUntilTheContactPublishes()
    {
        const QString alice = newAccount(QStringLiteral("alice"));
        const QString carol = newAccount(QStringLiteral("carol"));
        auto a = login(alice);
        QVERIFY(ready(*a));
        auto carolsPlainClient = std::make_unique<XmppTestClient>();
        QVERIFY(connectPlain(*carolsPlainClient, carol));
        QVERIFY(befriend(*a, *carolsPlainClient));
        awaitResult(controllerOf(*a)->setChatEncrypted(alice, carol, true));

        a->chats()->send(carol, QStringLiteral("only for your keys"));
        QTRY_VERIFY_WITH_TIMEOUT(!withBody(*a, carol, QStringLiteral("only for your keys"))
                                     .value_or(Message {})
                                     .holdReason.isEmpty(),
            15000);
        const Message held = *withBody(*a, carol, QStringLiteral("only for your keys"));
        QCOMPARE(held.state, MessageState::Pending);
        // A fixed sentence the UI translates (OmemoError.h); the chat says whose devices.
        QCOMPARE(held.holdReason, QStringLiteral("the contact has no device that can be encrypted for"));
        QTest::qWait(1000);
        for (const QXmppMessage &seen : carolsPlainClient->received())
            QVERIFY2(!seen.body().contains(QStringLiteral("your keys")), "never sent in plaintext");

        carolsPlainClient.reset();
        auto c = login(carol);
        QVERIFY(ready(*c));
        QTRY_VERIFY2_WITH_TIMEOUT(withBody(*c, alice, QStringLiteral("only for your keys")),
            qPrintable(describe(*c, alice) + u'\n' + describe(*a, carol)), 30000);
        // Either version: it goes with the first device list that arrives (Isthmus publishes both).
        QVERIFY(
            withBody(*c, alice, QStringLiteral("only for your keys"))->encryption != MessageEncryption::None);
        QTRY_VERIFY_WITH_TIMEOUT(
            withBody(*a, carol, QStringLiteral("only for your keys"))->state >= MessageState::Sent, 10000);
        const Message sent = *withBody(*a, carol, QStringLiteral("only for your keys"));
        QVERIFY2(sent.holdReason.isEmpty(), qPrintable(sent.holdReason));
        QCOMPARE(sent.encryption, withBody(*c, alice, QStringLiteral("only for your keys"))->encryption);
    }

    // The independent implementations through the whole session, both ways.
    void withIndependentPeers_data()
    {
        QTest::addColumn<QString>("versions");
        QTest::addColumn<int>("encryption");
        QTest::newRow("slixmpp-omemo, legacy")
            << QStringLiteral("legacy") << int(MessageEncryption::OmemoLegacy);
        QTest::newRow("python-omemo, OMEMO 2") << QStringLiteral("omemo2") << int(MessageEncryption::Omemo2);
    }
    void withIndependentPeers()
    {
        QFETCH(QString, versions);
        QFETCH(int, encryption);
        const QString alice = newAccount(QStringLiteral("alice"));
        const QString bob = newAccount(QStringLiteral("bob"));
        OmemoPeerProcess peer;
        QVERIFY2(peer.start(m_server, bob, password, m_dir.filePath(bob + QStringLiteral(".json")), versions),
            qPrintable(peer.dump()));
        auto a = login(alice);
        QVERIFY(ready(*a));

        a->chats()->send(bob, QStringLiteral("from the app to the peer"));
        QTRY_VERIFY2_WITH_TIMEOUT(!peer.messageWithBody(QStringLiteral("from the app to the peer")).isEmpty(),
            qPrintable(peer.dump() + u'\n' + describe(*a, bob)), 30000);
        QVERIFY(!peer.messageWithBody(QStringLiteral("from the app to the peer"))
                .value(QStringLiteral("ns"))
                .isNull());
        QCOMPARE(int(withBody(*a, bob, QStringLiteral("from the app to the peer"))->encryption), encryption);

        peer.sendText(alice, QStringLiteral("from the peer to the app"), versions, QStringLiteral("peer-1"));
        QTRY_VERIFY2_WITH_TIMEOUT(withBody(*a, bob, QStringLiteral("from the peer to the app")),
            qPrintable(peer.dump() + u'\n' + describe(*a, bob)), 30000);
        QCOMPARE(int(withBody(*a, bob, QStringLiteral("from the peer to the app"))->encryption), encryption);
    }

    // isthmus-cli: `send` encrypts for a contact that publishes devices (the peer reads it);
    // `listen` prints what came encrypted with its encryption, and an unreadable one with why.
    void commandLineEncrypts()
    {
        const QString alice = newAccount(QStringLiteral("alice"));
        const QString bob = newAccount(QStringLiteral("bob"));
        OmemoPeerProcess peer;
        QVERIFY2(peer.start(m_server, bob, password, m_dir.filePath(bob + QStringLiteral(".json")),
                     QStringLiteral("omemo2")),
            qPrintable(peer.dump()));
        const QStringList base { QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("cli-alice")),
            QStringLiteral("--jid"), alice, QStringLiteral("--host"), m_server.address(),
            QStringLiteral("--port"), QString::number(m_server.clientPort()) };
        auto prepare = [&](QProcess &cli, const QStringList &args) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ISTHMUS_PASSWORD"), password);
            cli.setProcessEnvironment(env);
            cli.setProgram(qEnvironmentVariable("ISTHMUS_BINARY_DIR") + QStringLiteral("/bin/isthmus-cli"));
            cli.setArguments(base + args);
        };
        QProcess send;
        prepare(send, { QStringLiteral("send"), bob, QStringLiteral("from the command line, sealed") });
        send.start();
        QVERIFY(send.waitForFinished(60000));
        QCOMPARE(send.exitCode(), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(
            !peer.messageWithBody(QStringLiteral("from the command line, sealed")).isEmpty(),
            qPrintable(peer.dump()), 30000);
        QCOMPARE(peer.messageWithBody(QStringLiteral("from the command line, sealed"))
                     .value(QStringLiteral("ns"))
                     .toString(),
            QStringLiteral("urn:xmpp:omemo:2"));

        QProcess listen;
        prepare(listen, { QStringLiteral("listen") });
        listen.start();
        QVERIFY(QTest::qWaitFor([&] { return listen.readAllStandardError().contains("listening"); }, 20000));
        peer.sendText(alice, QStringLiteral("to the command line, sealed"), QStringLiteral("omemo2"),
            QStringLiteral("p-cli"));
        QByteArray heard;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         heard += listen.readAllStandardOutput();
                         return heard.contains("to the command line, sealed");
                     },
                     30000),
            heard.constData());
        QJsonObject line;
        for (const QByteArray &l : heard.split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(l).object();
            if (o.value(QStringLiteral("body")).toString() == QStringLiteral("to the command line, sealed"))
                line = o;
        }
        QCOMPARE(line.value(QStringLiteral("encryption")).toString(), QStringLiteral("omemo-2"));
        listen.terminate();
        QVERIFY(listen.waitForFinished(10000));
    }

    // A plaintext message in an encrypted chat is kept, marked as unencrypted.
    void plaintextInAnEncryptedChatIsMarked()
    {
        const QString alice = newAccount(QStringLiteral("alice"));
        const QString dave = newAccount(QStringLiteral("dave"));
        auto a = login(alice);
        QVERIFY(ready(*a));
        awaitResult(controllerOf(*a)->setChatEncrypted(alice, dave, true));
        XmppTestClient davesClient;
        QVERIFY(connectPlain(davesClient, dave));
        QVERIFY(davesClient.sendMessage(alice, QStringLiteral("in the clear")));
        QTRY_VERIFY_WITH_TIMEOUT(withBody(*a, dave, QStringLiteral("in the clear")), 15000);
        QCOMPARE(withBody(*a, dave, QStringLiteral("in the clear"))->encryption,
            MessageEncryption::PlainInEncryptedChat);
    }

    // An OMEMO 2 message whose envelope names another sender: refused, kept as undecryptable
    // with the reason, its text nowhere.
    void envelopeFromAnotherSenderIsRefused()
    {
        const QString alice = newAccount(QStringLiteral("alice"));
        const QString mallory = newAccount(QStringLiteral("mallory"));
        OmemoPeerProcess peer;
        QVERIFY2(peer.start(m_server, mallory, password, m_dir.filePath(mallory + QStringLiteral(".json")),
                     QStringLiteral("omemo2")),
            qPrintable(peer.dump()));
        auto a = login(alice);
        QVERIFY(ready(*a));
        peer.sendText(alice, QStringLiteral("I am someone else"), QStringLiteral("omemo2"),
            QStringLiteral("forged-1"), QStringLiteral("boss@") + m_server.domain());
        QTRY_VERIFY2_WITH_TIMEOUT(!storedHistory(*a, mallory).isEmpty(), qPrintable(peer.dump()), 30000);
        const Message stored = storedHistory(*a, mallory).first();
        QCOMPARE(stored.kind, MessageKind::Undecryptable);
        QCOMPARE(
            stored.errorText, QStringLiteral("the encrypted content names another sender than the message"));
        QVERIFY(!stored.body.contains(QStringLiteral("someone else")));
        QCOMPARE(stored.messageId, QStringLiteral("forged-1"));
    }

    // A device list pushed by someone not on the roster (and not us) changes nothing. It comes
    // from a bare JID, as a federated server may send it (a client's gets its full JID, which
    // OmemoPep refuses anyway), through a component standing in for that server.
    // Automatic trust management (XEP-0450) between Alice's desktop and laptop and Bob: a key one
    // device verifies becomes verified on the devices that trust it, at once or, from a device
    // not verified yet, once it is; a contact's trust message about someone else's key changes
    // nothing; the trust messages themselves leave no line in any chat.
    void automaticTrustManagement()
    {
        auto [alice, bob, desktop, b] = connectedFriends();
        QVERIFY(desktop && b);
        auto laptop = login(alice);
        QVERIFY(ready(*laptop));
        QTRY_COMPARE_WITH_TIMEOUT(deviceCount(*desktop, alice), 2, 15000);
        const quint32 desktopId = omemoOf(*desktop)->account(alice)->deviceId();
        const quint32 laptopId = omemoOf(*laptop)->account(alice)->deviceId();
        const quint32 bobId = omemoOf(*b)->account(bob)->deviceId();
        // Each device meets the others' keys in a message.
        desktop->chats()->send(bob, QStringLiteral("desktop says hi"));
        QTRY_VERIFY_WITH_TIMEOUT(withBody(*b, alice, QStringLiteral("desktop says hi")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(withBody(*laptop, bob, QStringLiteral("desktop says hi")), 20000);
        laptop->chats()->send(bob, QStringLiteral("laptop says hi"));
        QTRY_VERIFY_WITH_TIMEOUT(withBody(*b, alice, QStringLiteral("laptop says hi")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(withBody(*desktop, bob, QStringLiteral("laptop says hi")), 20000);
        b->chats()->send(alice, QStringLiteral("bob says hi"));
        QTRY_VERIFY_WITH_TIMEOUT(withBody(*desktop, bob, QStringLiteral("bob says hi")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(withBody(*laptop, bob, QStringLiteral("bob says hi")), 20000);
        QCOMPARE(deviceOf(*laptop, bob, bobId).second, int(OmemoTrust::BlindlyTrusted));
        QCOMPARE(deviceOf(*b, alice, laptopId).second, int(OmemoTrust::BlindlyTrusted));

        // The two devices of Alice verify each other (by comparing fingerprints).
        QVERIFY(verify(*laptop, alice, desktopId));
        QVERIFY(verify(*desktop, alice, laptopId));
        // The desktop verifies Bob: the laptop, which trusts the desktop, verifies him too.
        QVERIFY(verify(*desktop, bob, bobId));
        QTRY_COMPARE_WITH_TIMEOUT(deviceOf(*laptop, bob, bobId).second, int(OmemoTrust::Verified), 15000);
        // Bob heard which of Alice's keys the desktop verified, but he has not verified the
        // desktop: that waits...
        auto waiting = [&] {
            return awaitResult(b->core()->database()->run([](QSqlDatabase &db) {
                SqlQuery count(db, QStringLiteral("SELECT count(*) FROM omemo_postponed_trust"));
                count.exec();
                return count.next() ? count.value(0).toInt() : -1;
            }));
        };
        QTRY_COMPARE_WITH_TIMEOUT(waiting(), 1, 15000);
        QCOMPARE(deviceOf(*b, alice, laptopId).second, int(OmemoTrust::BlindlyTrusted));
        // ...until he verifies the desktop: then the laptop is verified too.
        QVERIFY(verify(*b, alice, desktopId));
        QTRY_COMPARE_WITH_TIMEOUT(deviceOf(*b, alice, laptopId).second, int(OmemoTrust::Verified), 15000);
        QCOMPARE(waiting(), 0);

        // Bob (verified on the desktop) claims Alice's laptop is not to be trusted: a contact
        // speaks only about his own keys, so nothing changes.
        OmemoAccount *bobsOmemo = omemoOf(*b)->account(bob);
        const QByteArray laptopKey = omemoOf(*laptop)->account(alice)->identityKey();
        bool sent = false;
        bobsOmemo->encryptTrustMessage(alice, OmemoAtm::toXml({ { alice, {}, { laptopKey } } }))
            .then([&](const QXmppMessage &stanza) { sent = bobsOmemo->client()->sendPacket(stanza); });
        QTRY_VERIFY_WITH_TIMEOUT(sent, 10000);
        b->chats()->send(alice, QStringLiteral("after my claim"));
        QTRY_VERIFY_WITH_TIMEOUT(withBody(*desktop, bob, QStringLiteral("after my claim")), 20000);
        QCOMPARE(deviceOf(*desktop, alice, laptopId).second, int(OmemoTrust::Verified));

        // No chat shows a line for a trust message: only the messages written above.
        for (RootController *s : { desktop.get(), laptop.get() }) {
            for (const Message &m : storedHistory(*s, bob))
                QVERIFY2(
                    !m.body.isEmpty() && m.kind != MessageKind::Undecryptable, qPrintable(describe(*s, bob)));
            for (const Message &m : storedHistory(*s, alice))
                QVERIFY2(m.kind != MessageKind::Undecryptable, qPrintable(describe(*s, alice)));
        }
        for (const Message &m : storedHistory(*b, alice))
            QVERIFY2(
                !m.body.isEmpty() && m.kind != MessageKind::Undecryptable, qPrintable(describe(*b, alice)));
    }

    // The same with Kaidan's implementation (QXmpp's QXmppOmemoManager and QXmppAtmManager) as
    // Bob's phone and tablet, both ways: Bob's phone learns from Alice's desktop that her laptop
    // is verified; Alice's desktop learns from Bob's phone that his tablet is.
    void automaticTrustWithKaidansImplementation()
    {
        const QString alice = newAccount(QStringLiteral("alice"));
        const QString bob = newAccount(QStringLiteral("bob"));
        auto desktop = login(alice);
        auto laptop = login(alice);
        QVERIFY(ready(*desktop) && ready(*laptop));
        QxmppOmemoPeer phone;
        QxmppOmemoPeer tablet;
        QVERIFY(connectPlain(phone.xmpp(), bob + QStringLiteral("/phone")) && phone.start());
        QVERIFY(connectPlain(tablet.xmpp(), bob + QStringLiteral("/tablet")) && tablet.start());
        QVERIFY(befriend(*desktop, phone.xmpp()));
        QTRY_COMPARE_WITH_TIMEOUT(subscriptionIn(*laptop, bob), int(QXmppRosterIq::Item::Both), 15000);
        const quint32 laptopId = omemoOf(*laptop)->account(alice)->deviceId();

        // Keys meet in messages: Bob's phone to Alice, each of Alice's devices to Bob.
        QVERIFY(phone.sendEncrypted(alice, QStringLiteral("kaidan says hi")));
        QTRY_VERIFY2_WITH_TIMEOUT(withBody(*desktop, bob, QStringLiteral("kaidan says hi")),
            qPrintable(describe(*desktop, bob)), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(withBody(*laptop, bob, QStringLiteral("kaidan says hi")), 20000);
        desktop->chats()->send(bob, QStringLiteral("desktop to kaidan"));
        QVERIFY(phone.xmpp().waitForBody(QStringLiteral("desktop to kaidan"), 20000));
        laptop->chats()->send(bob, QStringLiteral("laptop to kaidan"));
        QVERIFY(phone.xmpp().waitForBody(QStringLiteral("laptop to kaidan"), 20000));
        QTRY_VERIFY_WITH_TIMEOUT(withBody(*desktop, bob, QStringLiteral("laptop to kaidan")), 20000);

        // Isthmus to Kaidan: the phone authenticated Alice's desktop; the desktop verifies its
        // laptop and the phone, and tells the phone about the laptop.
        const QByteArray desktopKey = omemoOf(*desktop)->account(alice)->identityKeyEd();
        const QByteArray laptopKey = omemoOf(*laptop)->account(alice)->identityKeyEd();
        QVERIFY(phone.authenticate(alice, { desktopKey }));
        QVERIFY(phone.trustLevel(alice, laptopKey) != QXmpp::TrustLevel::Authenticated);
        QVERIFY(verify(*desktop, alice, laptopId));
        // The phone's device as the desktop lists it: by the fingerprint of its key.
        const QString phoneFingerprint = OmemoController::fingerprint(OmemoKeyForm::curveFromEd(phone.key()));
        quint32 phoneId = 0;
        for (const QVariant &d : awaitResult(controllerOf(*desktop)->devices(alice, bob))) {
            if (d.toMap().value(QStringLiteral("fingerprint")).toString() == phoneFingerprint)
                phoneId = d.toMap().value(QStringLiteral("deviceId")).toUInt();
        }
        QVERIFY(phoneId != 0);
        QVERIFY(verify(*desktop, bob, phoneId));
        QTRY_COMPARE_WITH_TIMEOUT(
            phone.trustLevel(alice, laptopKey), QXmpp::TrustLevel::Authenticated, 15000);

        // Kaidan to Isthmus: the phone authenticates Bob's tablet and tells the contacts whose
        // keys it authenticated (Alice's desktop), which verified the phone.
        QVERIFY(phone.authenticate(bob, { tablet.key() }));
        const QByteArray tabletKey = OmemoKeyForm::curveFromEd(tablet.key());
        auto tabletTrust = [&] {
            return awaitResult(desktop->core()->database()->run([&](QSqlDatabase &db) {
                SqlQuery query(db,
                    QStringLiteral("SELECT trust FROM omemo_trust WHERE jid = :jid AND identity_key = :key"));
                query.bind(QStringLiteral(":jid"), bob).bind(QStringLiteral(":key"), tabletKey).exec();
                return query.next() ? query.value(0).toInt() : -1;
            }));
        };
        QTRY_COMPARE_WITH_TIMEOUT(tabletTrust(), int(OmemoTrust::Verified), 15000);
    }

    void strangersDeviceListIsIgnored()
    {
        const QString alice = newAccount(QStringLiteral("alice"));
        auto a = login(alice);
        QVERIFY(ready(*a));
        QProcess component;
        QVERIFY(HostileComponent::start(component, m_server, evilDomain));
        const QString stranger = QStringLiteral("mallory@") + evilDomain;
        const QString fullJid = a->core()->account()->client()->configuration().jid();
        component.write(QStringLiteral("devicelist %1 omemo2\n").arg(fullJid).toUtf8());
        component.write(QStringLiteral("devicelist %1 legacy\n").arg(fullJid).toUtf8());
        // A message after the events: once it is stored, the events were handled before it.
        component.write(QStringLiteral("hello %1 after my device lists\n").arg(fullJid).toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(withBody(*a, stranger, QStringLiteral("after my device lists")), 15000);
        QTest::qWait(500);
        QCOMPARE(deviceCount(*a, stranger), 0);
        // Nor does the stranger's plaintext count as a lapse in an encrypted chat.
        QCOMPARE(withBody(*a, stranger, QStringLiteral("after my device lists"))->encryption,
            MessageEncryption::None);
        component.kill();
        component.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(OmemoSessionTest)
#include "tst_omemo_session.moc"
