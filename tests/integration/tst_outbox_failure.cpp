// SPDX-License-Identifier: GPL-3.0-or-later
// A message the server bounces (the address does not exist) is marked failed with the reason in
// words; a bounce forged by someone else changes nothing; once the address exists, "retry"
// delivers it exactly once with the same id.
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppStanza.h>

#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "StoredHistory.h"
#include "XmppTestClient.h"
#include "models/Session.h"
#include "storage/MessageStore.h"

namespace {
const QString password = QStringLiteral("failure-test");

} // namespace

class OutboxFailureTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dataDir;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void bouncedMessageFailsWithAReasonAndRetryDeliversIt()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString mallory = m_server.createUniqueAccount(QStringLiteral("mallory"), password);
        const QString user = QStringLiteral("nobody%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString nobody = user + u'@' + m_server.domain();

        Session session(m_dataDir.filePath(QStringLiteral("alice.sqlite")));
        session.login(alice, password, m_server.address(), m_server.clientPort());
        QTRY_COMPARE_WITH_TIMEOUT(session.connectionState(), Session::Connected, 15000);

        session.sendMessage(nobody, QStringLiteral("Hello? Anyone there?"));
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(session, nobody).size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            storedHistory(session, nobody).constFirst().state, MessageState::Failed, 10000);
        const Message failed = storedHistory(session, nobody).constFirst();
        qInfo("the reason shown: %s", qPrintable(failed.errorText));
        QVERIFY2(failed.errorText.contains(nobody), qPrintable(failed.errorText));

        // A second message, and a bounce for it forged by a third party: it stays as it was.
        session.sendMessage(nobody, QStringLiteral("Second try"));
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(session, nobody).size(), 2, 10000);
        {
            XmppTestClient forger;
            QVERIFY(forger.connectTo(mallory, password, m_server.address(), m_server.clientPort()));
            const Message second = storedHistory(session, nobody).constFirst();
            QXmppMessage bounce(mallory, alice);
            bounce.setType(QXmppMessage::Error);
            bounce.setId(second.originId);
            bounce.setError(
                QXmppStanza::Error(QXmppStanza::Error::Cancel, QXmppStanza::Error::ServiceUnavailable));
            QVERIFY(forger.client()->sendPacket(bounce));
            QTest::qWait(1000);
        }
        // (It bounces for real, from the right address, like the first one.)
        QTRY_COMPARE_WITH_TIMEOUT(
            storedHistory(session, nobody).constFirst().state, MessageState::Failed, 10000);

        // The address exists now: retrying the first one delivers it, once, with its id.
        QVERIFY(m_server.createAccount(user, password));
        XmppTestClient peer;
        QVERIFY(peer.connectTo(nobody, password, m_server.address(), m_server.clientPort()));
        session.retryMessage(failed.id);
        QVERIFY(peer.waitForBody(QStringLiteral("Hello? Anyone there?")));
        QTRY_VERIFY_WITH_TIMEOUT(storedHistory(session, nobody).constLast().state >= MessageState::Sent
                && storedHistory(session, nobody).constLast().state != MessageState::Failed,
            10000);
        QTest::qWait(1000);
        int copies = 0;
        for (const QXmppMessage &m : peer.received())
            copies += m.body() == QStringLiteral("Hello? Anyone there?") ? 1 : 0;
        QCOMPARE(copies, 1);
        QCOMPARE(peer.received().constFirst().id(), failed.originId);
        // Retrying a message that did not fail does nothing.
        session.retryMessage(failed.id);
        QTest::qWait(1000);
        QCOMPARE(peer.received().size(), 1);
    }

    // A message without an id (some clients send none) cannot be named by a reaction: a notice
    // says why, nothing is queued or sent, and the app keeps running.
    void aReactionToAMessageWithoutIdIsRefusedInWords()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        Session session(m_dataDir.filePath(QStringLiteral("alice3.sqlite")));
        session.login(alice, password, m_server.address(), m_server.clientPort());
        QTRY_COMPARE_WITH_TIMEOUT(session.connectionState(), Session::Connected, 15000);
        XmppTestClient bobClient;
        QVERIFY(bobClient.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        QXmppMessage anonymous(bob, alice, QStringLiteral("no id on this one"));
        anonymous.setType(QXmppMessage::Chat);
        anonymous.setId({});
        QVERIFY(bobClient.client()->sendPacket(anonymous));
        QTRY_COMPARE_WITH_TIMEOUT(storedHistory(session, bob).size(), 1, 10000);
        QSignalSpy notices(&session, &Session::notice);
        session.toggleReaction(storedHistory(session, bob).constFirst().id, QStringLiteral("👍"));
        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 5000);
        QVERIFY2(notices.constFirst().constFirst().toString().contains(QStringLiteral("no id")),
            qPrintable(notices.constFirst().constFirst().toString()));
        QTest::qWait(500);
        QVERIFY(storedHistory(session, bob).constFirst().ownReactions.isEmpty());
    }

    void theForgedBounceAloneChangesNothing()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        const QString mallory = m_server.createUniqueAccount(QStringLiteral("mallory"), password);
        XmppTestClient bobClient;
        QVERIFY(bobClient.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        Session session(m_dataDir.filePath(QStringLiteral("alice2.sqlite")));
        session.login(alice, password, m_server.address(), m_server.clientPort());
        QTRY_COMPARE_WITH_TIMEOUT(session.connectionState(), Session::Connected, 15000);
        session.sendMessage(bob, QStringLiteral("Real message"));
        QVERIFY(bobClient.waitForBody(QStringLiteral("Real message")));
        QTRY_VERIFY_WITH_TIMEOUT(storedHistory(session, bob).constFirst().state == MessageState::Sent
                || storedHistory(session, bob).constFirst().state == MessageState::Delivered,
            10000);
        const Message sent = storedHistory(session, bob).constFirst();

        XmppTestClient forger;
        QVERIFY(forger.connectTo(mallory, password, m_server.address(), m_server.clientPort()));
        // To the full address the message came from: the server drops errors to a bare one, and
        // the forgery would never reach us.
        QXmppMessage bounce(mallory, bobClient.received().constLast().from());
        bounce.setType(QXmppMessage::Error);
        bounce.setId(sent.originId);
        bounce.setError(
            QXmppStanza::Error(QXmppStanza::Error::Cancel, QXmppStanza::Error::ServiceUnavailable));
        QVERIFY(forger.client()->sendPacket(bounce));
        QTest::qWait(1500);
        QVERIFY(storedHistory(session, bob).constFirst().state != MessageState::Failed);
        QVERIFY(storedHistory(session, bob).constFirst().errorText.isEmpty());
    }

    // One device of the contact that did not take the message (recipient-unavailable, as the
    // server says when such a session ends) is no failure of the address: the message stays sent.
    // The same contact's service-unavailable (the address takes nothing) still fails it.
    void aDeviceThatDidNotTakeItIsNoFailure()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        XmppTestClient bobClient;
        QVERIFY(bobClient.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        Session session(m_dataDir.filePath(QStringLiteral("alice3.sqlite")));
        session.login(alice, password, m_server.address(), m_server.clientPort());
        QTRY_COMPARE_WITH_TIMEOUT(session.connectionState(), Session::Connected, 15000);
        const auto bounce = [&](const QString &body, QXmppStanza::Error::Condition condition) {
            session.sendMessage(bob, body);
            if (!bobClient.waitForBody(body)) {
                return false;
            }
            const bool sent = QTest::qWaitFor(
                [&] {
                    const Message newest = storedHistory(session, bob).constFirst();
                    return newest.body == body && newest.state != MessageState::Pending;
                },
                10000);
            // To the full address our message came from: the server drops errors to a bare one.
            QXmppMessage error(bob, bobClient.received().constLast().from());
            error.setType(QXmppMessage::Error);
            error.setId(storedHistory(session, bob).constFirst().originId);
            error.setError(QXmppStanza::Error(QXmppStanza::Error::Cancel, condition));
            return sent && bobClient.client()->sendPacket(error);
        };
        QVERIFY(bounce(QStringLiteral("To every device"), QXmppStanza::Error::RecipientUnavailable));
        QVERIFY(bounce(QStringLiteral("Nobody home"), QXmppStanza::Error::ServiceUnavailable));
        // The second bounce came after the first: once it counts, the first has been judged.
        QTRY_COMPARE_WITH_TIMEOUT(
            storedHistory(session, bob).constFirst().state, MessageState::Failed, 10000);
        const Message first = storedHistory(session, bob).constLast();
        QCOMPARE(first.body, QStringLiteral("To every device"));
        QVERIFY2(first.state != MessageState::Failed, qPrintable(first.errorText));
        QVERIFY(first.errorText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(OutboxFailureTest)
#include "tst_outbox_failure.moc"
