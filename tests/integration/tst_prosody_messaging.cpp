// SPDX-License-Identifier: GPL-3.0-or-later
// Two accounts talk through a real Prosody: messages arrive once, states move, roster is stored.
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "SessionLogin.h"
#include "StoredHistory.h"
#include "XmppTestClient.h"
#include "messaging/ArchiveCatchUp.h"
#include "models/AccountsController.h"
#include "models/ChatsController.h"
#include "models/ContactsController.h"
#include "models/RootController.h"
#include "models/SubscriptionRequestModel.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"
#include "storage/RosterStore.h"

namespace {
const QString password = QStringLiteral("correct horse");

bool hasBody(RootController &session, const QString &peer, const QString &body)
{
    const auto messages = storedHistory(session, peer);
    return std::count_if(messages.cbegin(), messages.cend(), [&](const Message &m) { return m.body == body; })
        > 0;
}
} // namespace

class ProsodyMessagingTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dataDir;
    int m_sessions = 0;

    std::unique_ptr<RootController> login(const QString &jid)
    {
        return loginSession(
            m_server, m_dataDir.filePath(QStringLiteral("s%1.sqlite").arg(++m_sessions)), jid, password);
    }

    struct Pair
    {
        QString alice;
        QString bob;
        std::unique_ptr<RootController> a;
        std::unique_ptr<RootController> b;
    };
    // Two fresh accounts, each logged in with its own session; a and b are null if either fails.
    Pair connectedPair()
    {
        Pair pair { m_server.createUniqueAccount(QStringLiteral("alice"), password),
            m_server.createUniqueAccount(QStringLiteral("bob"), password), nullptr, nullptr };
        auto a = login(pair.alice);
        auto b = login(pair.bob);
        const bool up = QTest::qWaitFor(
            [&] {
                return a->accounts()->connectionState() == AccountsController::Connected
                    && b->accounts()->connectionState() == AccountsController::Connected;
            },
            15000);
        if (up) {
            pair.a = std::move(a);
            pair.b = std::move(b);
        }
        return pair;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void twoAccountsExchangeMessages()
    {
        auto [alice, bob, a, b] = connectedPair();
        QVERIFY(a && b);

        a->chats()->send(bob, QStringLiteral("Hello Bob, this is Alice"));
        QTRY_VERIFY_WITH_TIMEOUT(hasBody(*b, alice, QStringLiteral("Hello Bob, this is Alice")), 10000);
        // The sender's copy leaves "pending" once the server acknowledged it (stream management).
        QTRY_VERIFY_WITH_TIMEOUT(storedHistory(*a, bob).value(0).state >= MessageState::Sent, 10000);

        b->chats()->send(alice, QStringLiteral("Hi Alice!"));
        QTRY_VERIFY_WITH_TIMEOUT(hasBody(*a, bob, QStringLiteral("Hi Alice!")), 10000);

        // Each side holds the conversation exactly once, in order.
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*a, bob).size(), 2, 5000);
        const auto bobsView = storedHistory(*b, alice);
        QCOMPARE(bobsView.size(), 2);
        QCOMPARE(bobsView.at(0).body, QStringLiteral("Hi Alice!"));
        QVERIFY(bobsView.at(0).outgoing);
        QCOMPARE(bobsView.at(1).body, QStringLiteral("Hello Bob, this is Alice"));
        QVERIFY(!bobsView.at(1).outgoing);
        QCOMPARE(awaitResult(b->core()->messageStore()->chats()).value(0).jid, alice);
    }

    // Message carbons (XEP-0280): what another device of ours sends or receives shows up here too.
    void secondResourceStaysInSync()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        auto desktop = login(alice);
        QTRY_COMPARE_WITH_TIMEOUT(
            desktop->accounts()->connectionState(), AccountsController::Connected, 15000);
        XmppTestClient phone; // alice's other device, a plain client with carbons enabled
        QVERIFY(phone.connectTo(alice, password, m_server.address(), m_server.clientPort()));
        QVERIFY(phone.enableCarbons());
        XmppTestClient peer;
        QVERIFY(peer.connectTo(bob, password, m_server.address(), m_server.clientPort()));

        QVERIFY(phone.sendMessage(bob, QStringLiteral("sent from the phone")));
        QVERIFY(peer.waitForBody(QStringLiteral("sent from the phone")));
        QTRY_VERIFY_WITH_TIMEOUT(hasBody(*desktop, bob, QStringLiteral("sent from the phone")), 10000);
        QVERIFY(storedHistory(*desktop, bob).first().outgoing);

        // Sent to alice's phone only (a full JID): the desktop gets a received carbon.
        QXmppMessage direct(bob + QStringLiteral("/test"), alice + QStringLiteral("/test"),
            QStringLiteral("to the phone directly"));
        direct.setType(QXmppMessage::Chat);
        QVERIFY(peer.client()->sendPacket(direct));
        QVERIFY(phone.waitForBody(QStringLiteral("to the phone directly")));
        QTRY_VERIFY_WITH_TIMEOUT(hasBody(*desktop, bob, QStringLiteral("to the phone directly")), 10000);

        desktop->chats()->send(bob, QStringLiteral("sent from the desktop"));
        QVERIFY(phone.waitForBody(QStringLiteral("sent from the desktop")));
        QCOMPARE(storedHistory(*desktop, bob).size(), 3);
    }

    // Receipts (XEP-0184) move our message to "delivered", the peer's displayed marker
    // (XEP-0333) to "read"; our own marker from another device clears the unread count.
    void deliveredThenRead()
    {
        auto [alice, bob, a, b] = connectedPair();
        QVERIFY(a && b);
        a->chats()->send(bob, QStringLiteral("one"));
        a->chats()->send(bob, QStringLiteral("two"));
        QTRY_VERIFY_WITH_TIMEOUT(storedHistory(*a, bob).size() == 2
                && storedHistory(*a, bob).at(0).state == MessageState::Delivered
                && storedHistory(*a, bob).at(1).state == MessageState::Delivered,
            10000);

        QTRY_COMPARE_WITH_TIMEOUT(awaitResult(b->core()->messageStore()->chats()).value(0).unread, 2, 10000);
        XmppTestClient bobsPhone; // reads it there first
        QVERIFY(bobsPhone.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        QVERIFY(bobsPhone.enableCarbons());
        const QString lastId = storedHistory(*b, alice).at(0).messageId;
        QVERIFY(!lastId.isEmpty());
        QXmppMessage displayed(bob + QStringLiteral("/test"), alice);
        displayed.setType(QXmppMessage::Chat);
        displayed.setMarker(QXmppMessage::Displayed);
        displayed.setMarkerId(lastId);
        QVERIFY(bobsPhone.client()->sendPacket(displayed));
        // Alice sees both as read; bob's desktop (through the carbon) has nothing unread.
        QTRY_VERIFY_WITH_TIMEOUT(storedHistory(*a, bob).at(0).state == MessageState::Read
                && storedHistory(*a, bob).at(1).state == MessageState::Read,
            10000);
        QTRY_COMPARE_WITH_TIMEOUT(awaitResult(b->core()->messageStore()->chats()).value(0).unread, 0, 10000);

        // And reading on the desktop sends the marker from here.
        a->chats()->send(bob, QStringLiteral("three"));
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*b, alice).size(), 3, 10000);
        b->chats()->markRead(storedHistory(*b, alice).at(0).chatId);
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*a, bob).at(0).state, MessageState::Read, 10000);
    }

    // XEP-0352: a hidden window tells the server the client is inactive, and active again.
    void clientStateIndication()
    {
        static QStringList sent;
        sent.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("isthmus.xmpp.debug=true"));
        const auto previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &text) {
                  if (QLatin1String(context.category) == QLatin1String("isthmus.xmpp")) {
                      sent.append(text);
                  }
              });
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        auto a = login(alice);
        QTRY_COMPARE_WITH_TIMEOUT(a->accounts()->connectionState(), AccountsController::Connected, 15000);
        const auto saw = [](const char *needle) {
            return std::any_of(sent.cbegin(), sent.cend(),
                [&](const QString &line) { return line.contains(QLatin1String(needle)); });
        };
        a->accounts()->setActive(false);
        QTRY_VERIFY_WITH_TIMEOUT(saw("<inactive xmlns=\"urn:xmpp:csi:0\"/>"), 5000);
        a->accounts()->setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(saw("<active xmlns=\"urn:xmpp:csi:0\"/>"), 5000);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    }

    // Several accounts at once in one session: each receives and sends as itself.
    void twoAccountsInOneSession()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString work = m_server.createUniqueAccount(QStringLiteral("work"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        auto session = login(alice);
        session->accounts()->login(work, password, m_server.address(), m_server.clientPort());
        QCOMPARE(session->accounts()->jids(), (QStringList { alice, work }));
        QCOMPARE(session->accounts()->primaryJid(), alice);
        QTRY_COMPARE_WITH_TIMEOUT(
            session->accounts()->connectionState(), AccountsController::Connected, 15000);

        XmppTestClient peer;
        QVERIFY(peer.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        QVERIFY(peer.sendMessage(alice, QStringLiteral("to alice")));
        QVERIFY(peer.sendMessage(work, QStringLiteral("to work")));
        QTRY_COMPARE_WITH_TIMEOUT(awaitResult(session->core()->messageStore()->chats()).size(), 2, 10000);
        const auto chats = awaitResult(session->core()->messageStore()->chats());
        QSet<QString> seen;
        for (const Chat &chat : chats) {
            QCOMPARE(chat.jid, bob);
            QCOMPARE(chat.lastMessage,
                chat.account == alice ? QStringLiteral("to alice") : QStringLiteral("to work"));
            seen.insert(chat.account);
        }
        QCOMPARE(seen, (QSet<QString> { alice, work }));

        session->chats()->send(bob, QStringLiteral("from work"), work);
        QVERIFY(peer.waitForBody(QStringLiteral("from work")));
        const auto received = peer.received();
        const auto it = std::find_if(received.cbegin(), received.cend(),
            [](const QXmppMessage &m) { return m.body() == QStringLiteral("from work"); });
        QCOMPARE(QXmppUtils::jidToBareJid(it->from()), work);

        // Logging one out leaves the other connected.
        session->accounts()->logout(work);
        QCOMPARE(session->accounts()->jids(), QStringList { alice });
        QCOMPARE(session->accounts()->connectionState(), AccountsController::Connected);
    }

    // Correct, react, reply and retract through the real server, both sides' stores agree.
    void correctReactReplyRetract()
    {
        auto [alice, bob, a, b] = connectedPair();
        QVERIFY(a && b);

        a->chats()->send(bob, QStringLiteral("helo bob"));
        QTRY_VERIFY_WITH_TIMEOUT(hasBody(*b, alice, QStringLiteral("helo bob")), 10000);
        a->chats()->correct(storedHistory(*a, bob).first().id, QStringLiteral("hello bob"));
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*b, alice).first().body, QStringLiteral("hello bob"), 10000);
        QVERIFY(storedHistory(*b, alice).first().edited);
        QCOMPARE(storedHistory(*a, bob).first().body, QStringLiteral("hello bob"));
        QCOMPARE(storedHistory(*b, alice).size(), 1);

        b->chats()->toggleReaction(storedHistory(*b, alice).first().id, QStringLiteral("👍"));
        QTRY_COMPARE_WITH_TIMEOUT(
            storedHistory(*a, bob).first().reactions, QStringList { QStringLiteral("👍") }, 10000);
        QCOMPARE(storedHistory(*b, alice).first().ownReactions, QStringList { QStringLiteral("👍") });

        b->chats()->send(alice, QStringLiteral("hi alice"), {}, storedHistory(*b, alice).first().id);
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*a, bob).size(), 2, 10000);
        QVERIFY(!storedHistory(*a, bob).first().replyToId.isEmpty());
        QCOMPARE(storedHistory(*a, bob).first().replyToId, storedHistory(*a, bob).at(1).messageId);

        a->chats()->retract(storedHistory(*a, bob).at(1).id);
        QTRY_VERIFY_WITH_TIMEOUT(storedHistory(*b, alice).at(1).retracted, 10000);
        QCOMPARE(storedHistory(*b, alice).at(1).body, QString());
        QCOMPARE(awaitResult(b->core()->messageStore()->search(QStringLiteral("hello"), 10)).size(), 0);
    }

    // RFC 6121 subscription requests: listed, approved (and asked back) or denied.
    void subscriptionRequests()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        const QString carol = m_server.createUniqueAccount(QStringLiteral("carol"), password);
        auto a = login(alice);
        QTRY_COMPARE_WITH_TIMEOUT(a->accounts()->connectionState(), AccountsController::Connected, 15000);
        XmppTestClient bobClient;
        XmppTestClient carolClient;
        QVERIFY(bobClient.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        QVERIFY(carolClient.connectTo(carol, password, m_server.address(), m_server.clientPort()));
        auto *bobRoster = bobClient.client()->findExtension<QXmppRosterManager>();
        auto *carolRoster = carolClient.client()->findExtension<QXmppRosterManager>();
        bobRoster->subscribeTo(alice);
        carolRoster->subscribeTo(alice);

        SubscriptionRequestModel *requests = a->contacts()->requests();
        QTRY_COMPARE_WITH_TIMEOUT(requests->count(), 2, 10000);
        const auto rowOf = [&](const QString &jid) {
            for (int row = 0; row < requests->rowCount(); ++row) {
                if (requests->data(requests->index(row), SubscriptionRequestModel::JidRole).toString()
                    == jid) {
                    return row;
                }
            }
            return -1;
        };
        QSignalSpy askedBack(bobRoster, &QXmppRosterManager::subscriptionRequestReceived);
        requests->approve(rowOf(bob));
        requests->deny(rowOf(carol));
        QCOMPARE(requests->count(), 0);

        // Bob may now see alice, and alice asked to see bob in return.
        QTRY_VERIFY_WITH_TIMEOUT(
            bobRoster->getRosterEntry(alice).subscriptionType() == QXmppRosterIq::Item::To
                || bobRoster->getRosterEntry(alice).subscriptionType() == QXmppRosterIq::Item::Both,
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(askedBack.count() > 0
                || bobRoster->getRosterEntry(alice).subscriptionType() == QXmppRosterIq::Item::Both,
            10000);
        // Carol may not.
        QTest::qWait(500);
        QCOMPARE(carolRoster->getRosterEntry(alice).subscriptionType(), QXmppRosterIq::Item::None);
    }

    // XEP-0085: typing shows on the other side, and a message ends it.
    void chatStates()
    {
        auto [alice, bob, a, b] = connectedPair();
        QVERIFY(a && b);
        QSignalSpy states(b->chats(), &ChatsController::chatStateReceived);
        // Bob is "available" once his initial presence went out (before that the server keeps
        // messages offline and a delayed state means nothing): his catch-up ending is after it.
        QTRY_VERIFY_WITH_TIMEOUT(!b->core()->archiveCatchUp()->isRunning(), 10000);
        a->chats()->setChatState(bob, ChatsController::Composing);
        a->chats()->setChatState(bob, ChatsController::Composing); // unchanged: not sent again
        QTRY_COMPARE_WITH_TIMEOUT(states.count(), 1, 10000);
        QCOMPARE(states.last().at(1).toString(), alice);
        QCOMPARE(states.last().at(2).toInt(), int(ChatsController::Composing));
        a->chats()->send(bob, QStringLiteral("done typing"));
        QTRY_COMPARE_WITH_TIMEOUT(states.count(), 2, 10000);
        QCOMPARE(states.last().at(2).toInt(), int(ChatsController::Active));
        QTRY_VERIFY_WITH_TIMEOUT(hasBody(*b, alice, QStringLiteral("done typing")), 10000);
        QCOMPARE(storedHistory(*b, alice).size(), 1); // the state-only stanza is not history
    }

    void offlineRecipientGetsTheMessageOnLogin()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        auto a = login(alice);
        QTRY_COMPARE_WITH_TIMEOUT(a->accounts()->connectionState(), AccountsController::Connected, 15000);
        a->chats()->send(bob, QStringLiteral("while you were away"));
        QTRY_VERIFY_WITH_TIMEOUT(storedHistory(*a, bob).value(0).state >= MessageState::Sent, 10000);

        auto b = login(bob);
        QTRY_VERIFY_WITH_TIMEOUT(hasBody(*b, alice, QStringLiteral("while you were away")), 15000);
        QCOMPARE(storedHistory(*b, alice).size(), 1);
    }

    void rosterIsFetchedAndStored()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        {
            XmppTestClient peer;
            QVERIFY2(peer.connectTo(alice, password, m_server.address(), m_server.clientPort()),
                qPrintable(peer.lastError()));
            QVERIFY(peer.addContact(bob, QStringLiteral("Bob Builder"), { QStringLiteral("Friends") }));
            peer.disconnect();
        }
        auto a = login(alice);
        QTRY_COMPARE_WITH_TIMEOUT(a->accounts()->connectionState(), AccountsController::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(awaitResult(a->core()->rosterStore()->items(alice)).size(), 1, 10000);
        const RosterItem item = awaitResult(a->core()->rosterStore()->items(alice)).first();
        QCOMPARE(item.jid, bob);
        QCOMPARE(item.name, QStringLiteral("Bob Builder"));
        QCOMPARE(item.groups, QStringList { QStringLiteral("Friends") });
    }
};

QTEST_GUILESS_MAIN(ProsodyMessagingTest)
#include "tst_prosody_messaging.moc"
