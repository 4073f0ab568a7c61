// SPDX-License-Identifier: GPL-3.0-or-later
// Federation: a Prosody user and an ejabberd user talk over real server-to-server links. Each
// side stores each message exactly once, in the right direction (also one that waited on the
// server while its recipient was offline), and the sender's copy is acknowledged by its server.
#include <algorithm>
#include <iterator>

#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "EjabberdServer.h"
#include "ProsodyServer.h"
#include "SessionLogin.h"
#include "messaging/ArchiveCatchUp.h"
#include "models/AccountsController.h"
#include "models/ChatsController.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"

namespace {
const QString password = QStringLiteral("federated secret");
// Servers find each other through /etc/hosts and the default port (the test domains have no SRV
// records), so both listen for s2s on 5269, each on its own loopback address.
constexpr quint16 s2sPort = 5269;
// The first stanza in each direction waits for a new link: name lookup, TLS, authentication.
constexpr int s2sTimeoutMs = 30000;

template<typename Options> Options onS2sPort()
{
    Options options;
    options.serverPort = s2sPort;
    return options;
}

QList<Message> history(RootController &session, const QString &peer)
{
    return awaitResult(session.core()->messageStore()->chatHistory(session.accounts()->primaryJid(), peer));
}

QList<Message> withBody(const QList<Message> &messages, const QString &body)
{
    QList<Message> found;
    std::copy_if(messages.cbegin(), messages.cend(), std::back_inserter(found),
        [&](const Message &m) { return m.body == body; });
    return found;
}

bool acknowledged(MessageState state)
{
    return state == MessageState::Sent || state == MessageState::Delivered || state == MessageState::Read;
}
} // namespace

class FederationTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_prosody { onS2sPort<ProsodyServer::Options>() };
    EjabberdServer m_ejabberd { onS2sPort<EjabberdServer::Options>() };
    QTemporaryDir m_dataDir;

    template<typename Server>
    std::unique_ptr<RootController> login(const QString &jid, const Server &server, const QString &dbName)
    {
        return loginSession(server, m_dataDir.filePath(dbName), jid, password);
    }

    QByteArray serverLogs() const
    {
        return QStringLiteral("--- prosody ---\n%1\n--- ejabberd ---\n%2")
            .arg(m_prosody.log().right(4000), m_ejabberd.log().right(4000))
            .toUtf8();
    }

    // One direction: the message reaches the peer over s2s and the sender's server acknowledges it.
    bool deliver(RootController &from, RootController &to, const QString &body)
    {
        from.chats()->send(to.accounts()->primaryJid(), body);
        return QTest::qWaitFor(
                   [&] { return !withBody(history(to, from.accounts()->primaryJid()), body).isEmpty(); },
                   s2sTimeoutMs)
            && QTest::qWaitFor(
                [&] {
                    const auto mine = withBody(history(from, to.accounts()->primaryJid()), body);
                    return mine.size() == 1 && acknowledged(mine.first().state);
                },
                10000);
    }

    // Every message once, from the right author, in the right direction, and nothing else.
    static void verifyConversation(RootController &session, const QString &peer,
        const QStringList &sentBodies, const QStringList &receivedBodies)
    {
        const auto messages = history(session, peer);
        QCOMPARE(messages.size(), sentBodies.size() + receivedBodies.size());
        for (const QString &body : sentBodies) {
            const auto sent = withBody(messages, body);
            QCOMPARE(sent.size(), 1);
            QVERIFY(sent.first().outgoing);
            QCOMPARE(sent.first().sender, session.accounts()->primaryJid());
            QCOMPARE(sent.first().chatJid, peer);
            QVERIFY(acknowledged(sent.first().state));
        }
        for (const QString &body : receivedBodies) {
            const auto received = withBody(messages, body);
            QCOMPARE(received.size(), 1);
            QVERIFY(!received.first().outgoing);
            QCOMPARE(received.first().sender, peer);
            QCOMPARE(received.first().chatJid, peer);
            QCOMPARE(received.first().state, MessageState::Received);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dataDir.isValid());
        QVERIFY2(m_prosody.start(), qPrintable(m_prosody.error()));
        QVERIFY2(m_ejabberd.start(), qPrintable(m_ejabberd.error()));
    }

    void messagesCrossBetweenServersOnce()
    {
        const QString alice = m_prosody.createUniqueAccount(QStringLiteral("alice"), password);
        QVERIFY2(!alice.isEmpty(), qPrintable(m_prosody.error()));
        const QString bob = m_ejabberd.createUniqueAccount(QStringLiteral("bob"), password);
        QVERIFY2(!bob.isEmpty(), qPrintable(m_ejabberd.error()));
        const QString toBob = QStringLiteral("Hello Bob on ejabberd, this is Alice on Prosody");
        const QString toAlice = QStringLiteral("Hi Alice, Bob here, answering from ejabberd");
        const QString whileAway = QStringLiteral("Bob, this waited on ejabberd for you");

        auto a = login(alice, m_prosody, QStringLiteral("alice.sqlite"));
        auto b = login(bob, m_ejabberd, QStringLiteral("bob.sqlite"));
        QTRY_COMPARE_WITH_TIMEOUT(a->accounts()->connectionState(), AccountsController::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(b->accounts()->connectionState(), AccountsController::Connected, 15000);

        QVERIFY2(deliver(*a, *b, toBob), serverLogs().constData());
        QVERIFY2(deliver(*b, *a, toAlice), serverLogs().constData());
        QTest::qWait(1000); // a late duplicate (carbon, archive, resend) would show up now
        verifyConversation(*a, bob, { toBob }, { toAlice });
        if (QTest::currentTestFailed()) {
            return;
        }
        verifyConversation(*b, alice, { toAlice }, { toBob });
        if (QTest::currentTestFailed()) {
            return;
        }

        // Bob is away: ejabberd keeps Alice's next message in offline storage and in the archive.
        // Back online, he gets it from both (offline delivery, catch-up) and stores it once.
        b.reset();
        a->chats()->send(bob, whileAway);
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged(withBody(history(*a, bob), whileAway).value(0).state), 10000);
        b = login(bob, m_ejabberd, QStringLiteral("bob.sqlite"));
        QVERIFY(waitForCatchUp(*b));
        QTRY_VERIFY_WITH_TIMEOUT(!withBody(history(*b, alice), whileAway).isEmpty(), 10000);
        QTest::qWait(1000);
        verifyConversation(*a, bob, { toBob, whileAway }, { toAlice });
        if (QTest::currentTestFailed()) {
            return;
        }
        verifyConversation(*b, alice, { toAlice }, { toBob, whileAway });
    }
};

QTEST_GUILESS_MAIN(FederationTest)
#include "tst_federation.moc"
