// SPDX-License-Identifier: GPL-3.0-or-later
// Corrections, retractions and reactions made while offline go through the outbox: applied at
// once, kept across a restart, sent after the next connect with their ids, and received by the
// peer (a plain QXmpp client on a real Prosody) exactly once, also across later reconnects.
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppMessageReaction.h>

#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "SessionLogin.h"
#include "StoredHistory.h"
#include "XmppTestClient.h"
#include "account/Account.h"
#include "models/AccountsController.h"
#include "models/ChatsController.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"
#include "xmpp/Xep0424Retraction.h"

namespace {
const QString password = QStringLiteral("amendments-test");

} // namespace

class OutboxAmendmentsTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dataDir;

    std::unique_ptr<RootController> login(const QString &jid)
    {
        return loginSession(m_server, m_dataDir.filePath(QStringLiteral("alice.sqlite")), jid, password);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void offlineAmendmentsArriveExactlyOnce()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        // Every stanza the peer gets, by id: amendments have no body to wait for. Declared before
        // the peer, which may still deliver while it is torn down.
        QHash<QString, int> receivedById;
        QList<QXmppMessage> amendments;
        XmppTestClient peer;
        QVERIFY(peer.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        connect(peer.client(), &QXmppClient::messageReceived, &peer, [&](const QXmppMessage &message) {
            receivedById[message.id()] += 1;
            if (!message.replaceId().isEmpty() || message.reaction()
                || !Xep0424Retraction::retractedId(message).isEmpty()) {
                amendments.append(message);
            }
        });

        auto session = login(alice);
        QTRY_COMPARE_WITH_TIMEOUT(
            session->accounts()->connectionState(), AccountsController::Connected, 15000);
        session->chats()->send(bob, QStringLiteral("helo"));
        session->chats()->send(bob, QStringLiteral("oops"));
        QVERIFY(peer.waitForBody(QStringLiteral("oops")));
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*session, bob).size(), 2, 5000);
        const Message helo = storedHistory(*session, bob).at(1);
        const Message oops = storedHistory(*session, bob).at(0);

        session->core()->account()->disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(
            session->accounts()->connectionState(), AccountsController::Disconnected, 5000);
        session->chats()->correct(helo.id, QStringLiteral("hello"));
        session->chats()->retract(oops.id);
        session->chats()->toggleReaction(helo.id, QStringLiteral("👍"));
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*session, bob).at(1).ownReactions.size(), 1, 5000);
        session->chats()->toggleReaction(helo.id, QStringLiteral("🎉"));
        // Applied here at once, while nothing could be sent.
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(*session, bob).at(1).ownReactions.size(), 2, 5000);
        QCOMPARE(storedHistory(*session, bob).at(1).body, QStringLiteral("hello"));
        QVERIFY(storedHistory(*session, bob).at(0).retracted);
        QTest::qWait(300);
        QVERIFY(amendments.isEmpty());

        // A restart while they wait: the queue lives in the database, not in this process.
        session.reset();
        session = login(alice);
        QTRY_COMPARE_WITH_TIMEOUT(
            session->accounts()->connectionState(), AccountsController::Connected, 15000);
        // One correction, one retraction and one reaction stanza (the second toggle replaced
        // the unsent first one: each carries the whole set).
        QTRY_COMPARE_WITH_TIMEOUT(amendments.size(), 3, 15000);
        QTest::qWait(1000); // a second copy would arrive now

        // Reconnecting in the same process sends nothing again: the server acknowledged them.
        // The account says Disconnected at once; the stream closes a moment later.
        QSignalSpy closed(session->core()->account()->client(), &QXmppClient::disconnected);
        session->core()->account()->disconnectFromServer();
        QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty(), 5000);
        session->core()->account()->connectToServer();
        QTRY_COMPARE_WITH_TIMEOUT(
            session->accounts()->connectionState(), AccountsController::Connected, 15000);
        QTest::qWait(1500);

        QCOMPARE(amendments.size(), 3);
        QString correctedId;
        QString retractedId;
        QStringList emojis;
        for (const QXmppMessage &stanza : std::as_const(amendments)) {
            QCOMPARE(receivedById.value(stanza.id()), 1);
            QCOMPARE(stanza.originId(), stanza.id());
            if (!stanza.replaceId().isEmpty()) {
                correctedId = stanza.replaceId();
                QCOMPARE(stanza.body(), QStringLiteral("hello"));
            } else if (stanza.reaction()) {
                QCOMPARE(stanza.reaction()->messageId(), helo.originId);
                emojis
                    = QStringList(stanza.reaction()->emojis().cbegin(), stanza.reaction()->emojis().cend());
            } else {
                retractedId = Xep0424Retraction::retractedId(stanza);
            }
        }
        QCOMPARE(correctedId, helo.originId);
        QCOMPARE(retractedId, oops.originId);
        emojis.sort(); // a set: the order carries no meaning
        QCOMPARE(emojis, (QStringList { QStringLiteral("🎉"), QStringLiteral("👍") }));
        // The original messages were not sent again either.
        QCOMPARE(receivedById.value(helo.originId), 1);
        QCOMPARE(receivedById.value(oops.originId), 1);
    }
};

QTEST_GUILESS_MAIN(OutboxAmendmentsTest)
#include "tst_outbox_amendments.moc"
