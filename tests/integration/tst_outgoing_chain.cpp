// SPDX-License-Identifier: GPL-3.0-or-later
// Every stanza of ours takes the one route through the outgoing chain: a message, a typing
// notice and a read marker all carry what an injected stage adds; a stage may hold a message
// (it is not sent, it stays pending), and after a restart the pending message passes the chain
// again and goes out with the same id. The hold's reason is stored with the pending message (the
// chat's model shows it, also after a restart) and cleared once it goes out. Against RawXmppServer on
// loopback, which records what the client wrote.
#include <memory>

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppMessage.h>
#include <QtConcurrent/QtConcurrentRun>

#include "AwaitFuture.h"
#include "RawXmppServer.h"
#include "capability/Capability.h"
#include "capability/CapabilityHost.h"
#include "capability/MessagePipeline.h"
#include "capability/OutgoingChain.h"
#include "capability/OutgoingMessage.h"
#include "capability/OutgoingStage.h"
#include "messaging/MessageActions.h"
#include "messaging/TypingNotifier.h"
#include "models/MessageListModel.h"
#include "session/AccountSet.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"

namespace {
const QString jid = QStringLiteral("alice@example.test");
const QString bob = QStringLiteral("bob@example.test");
const QString password = QStringLiteral("chain-password");
const QByteArray mark = "prepared-by-the-test-stage";

// Adds a subject to every stanza: visible on the wire, whatever the kind.
class MarkStage : public OutgoingStage
{
public:
    QString name() const override { return QStringLiteral("test-mark"); }
    OutgoingGroup group() const override { return OutgoingGroup::Compose; }
    OutgoingVerdict prepare(OutgoingMessage &message) override
    {
        message.stanza.setSubject(QString::fromLatin1(mark));
        return OutgoingVerdict::Send;
    }
};

// Holds, asynchronously as an encrypt stage would, every message whose text starts with "hold".
class HoldStage : public OutgoingStage
{
public:
    QString name() const override { return QStringLiteral("test-hold"); }
    OutgoingGroup group() const override { return OutgoingGroup::Encrypt; }
    OutgoingVerdict prepare(OutgoingMessage &) override { return OutgoingVerdict::Send; }
    bool isAsynchronous() const override { return true; }
    QFuture<OutgoingVerdict> prepareAsync(std::shared_ptr<OutgoingMessage> message) override
    {
        return QtConcurrent::run([message] {
            if (message->stanza.body().startsWith(QStringLiteral("hold"))) {
                message->holdReason = QStringLiteral("no key for the test");
                return OutgoingVerdict::Hold;
            }
            return OutgoingVerdict::Send;
        });
    }
};

class ChainCapability : public Capability
{
public:
    explicit ChainCapability(bool hold) : m_hold(hold) { }
    QString name() const override { return QStringLiteral("test-chain"); }
    void install(CapabilityHost &host) override
    {
        host.outgoing()->addStage(std::make_unique<MarkStage>());
        if (m_hold)
            host.outgoing()->addStage(std::make_unique<HoldStage>());
    }

private:
    bool m_hold;
};
} // namespace

class OutgoingChainTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<SessionCore> connected(RawXmppServer &server, bool hold)
    {
        auto core = std::make_unique<SessionCore>(m_dir.filePath(QStringLiteral("chain.sqlite")));
        core->install(std::make_unique<ChainCapability>(hold));
        core->accounts()->login(jid, password, QStringLiteral("127.0.0.2"), server.serverPort());
        if (!QTest::qWaitFor(
                [&] {
                    return core->accounts()->connectionState() == AccountSet::ConnectionState::Connected
                        && server.bound();
                },
                20000)) {
            qWarning().noquote() << "not connected:" << core->accounts()->errorText();
            return {};
        }
        return core;
    }

    // The stored hold reason of our message `originId` ("" when not held or not found).
    static QString heldReason(SessionCore &core, const QString &originId)
    {
        for (const Message &m : awaitResult(core.messageStore()->chatHistory(jid, bob))) {
            if (m.originId == originId)
                return m.holdReason;
        }
        return {};
    }

private Q_SLOTS:
    void everyStanzaTakesTheRouteAndAHeldOneGoesOutAfterRestart()
    {
        RawXmppServer::Options options;
        options.password = password;
        RawXmppServer server(options);
        QVERIFY(server.start());
        QString heldId;
        {
            auto core = connected(server, true);
            QVERIFY(core);
            QCOMPARE(core->outgoing()->stageNames(),
                QStringList({ QStringLiteral("receipt-request"), QStringLiteral("markable"),
                    QStringLiteral("active-state"), QStringLiteral("test-mark"),
                    QStringLiteral("gateway-hold"), QStringLiteral("omemo-encrypt"),
                    QStringLiteral("test-hold") }));

            core->sendMessage(bob, QStringLiteral("hello through the chain"));
            QTRY_VERIFY_WITH_TIMEOUT(server.received().contains("hello through the chain"), 10000);
            const QByteArray afterMessage = server.received();
            const QByteArray message
                = afterMessage.mid(afterMessage.indexOf("hello through the chain") - 600);
            QVERIFY(message.contains(mark));
            QVERIFY(message.contains("urn:xmpp:receipts")); // the messaging capability's stages ran
            QVERIFY(message.contains("urn:xmpp:chat-markers:0"));

            // A typing notice through the same route.
            core->setChatState(bob, TypingNotifier::Composing);
            QTRY_VERIFY_WITH_TIMEOUT(
                server.received().mid(afterMessage.size()).contains("<composing"), 10000);
            QVERIFY(server.received().mid(afterMessage.size()).contains(mark));

            // A read marker too: bob's message arrives, we read the chat.
            const QByteArray beforeMarker = server.received();
            QXmppMessage fromBob(bob + QStringLiteral("/phone"), jid, QStringLiteral("are you there?"));
            fromBob.setType(QXmppMessage::Chat);
            fromBob.setId(QStringLiteral("bob-1"));
            const auto stored = awaitResult(core->pipeline()->receive(jid, fromBob));
            QVERIFY(stored);
            core->messageActions()->markChatRead(stored->chatId);
            QTRY_VERIFY_WITH_TIMEOUT(
                server.received().mid(beforeMarker.size()).contains("<displayed"), 10000);
            QVERIFY(server.received().mid(beforeMarker.size()).contains(mark));

            // Held: not on the wire, pending in the store, and the hold says why.
            QSignalSpy held(core->outgoing(), &OutgoingChain::held);
            core->sendMessage(bob, QStringLiteral("hold this one"));
            QTRY_COMPARE_WITH_TIMEOUT(held.count(), 1, 10000);
            QCOMPARE(held.at(0).at(2).toString(), QStringLiteral("no key for the test"));
            QTest::qWait(300);
            QVERIFY(!server.received().contains("hold this one"));
            const QList<Message> pending = awaitResult(core->messageStore()->pendingMessages(jid));
            QCOMPARE(pending.size(), 1);
            heldId = pending.first().originId;
            QCOMPARE(held.at(0).at(1).toString(), heldId);
            // The reason is kept with the row, and the chat's model shows it for that message only.
            QTRY_COMPARE(heldReason(*core, heldId), QStringLiteral("no key for the test"));
            MessageListModel chat(core->messageStore(), core->amendments(), jid, bob);
            QTRY_COMPARE(chat.rowCount(), 3);
            QCOMPARE(chat.data(chat.index(0), MessageListModel::BodyRole).toString(),
                QStringLiteral("hold this one"));
            QCOMPARE(chat.data(chat.index(0), MessageListModel::HoldReasonRole).toString(),
                QStringLiteral("no key for the test"));
            QCOMPARE(chat.data(chat.index(1), MessageListModel::HoldReasonRole).toString(), QString());
        }
        {
            // Restarted, not yet connected: the chat still says why it waits.
            SessionCore restarted(m_dir.filePath(QStringLiteral("chain.sqlite")));
            QCOMPARE(heldReason(restarted, heldId), QStringLiteral("no key for the test"));
            MessageListModel chat(restarted.messageStore(), restarted.amendments(), jid, bob);
            QTRY_COMPARE(chat.rowCount(), 3);
            QCOMPARE(chat.data(chat.index(0), MessageListModel::HoldReasonRole).toString(),
                QStringLiteral("no key for the test"));
        }
        // Restarted without the holding stage: the pending message passes the chain and goes out
        // with the id it had.
        auto core = connected(server, false);
        QVERIFY(core);
        QTRY_VERIFY_WITH_TIMEOUT(server.received().contains("hold this one"), 10000);
        const QByteArray all = server.received();
        const QByteArray resent = all.mid(all.lastIndexOf("<message", all.indexOf("hold this one")));
        QVERIFY2(resent.contains(heldId.toUtf8()), resent.left(800).constData());
        QVERIFY(resent.left(resent.indexOf("</message>")).contains(mark));
        // It went out: nothing holds it any more.
        QTRY_COMPARE(heldReason(*core, heldId), QString());
    }

    // A server that answers none of our requests (our OMEMO publish, the contact's device lists)
    // does not hold a message to a contact never seen with OMEMO devices: the encrypt stage
    // decides on our keys loaded from the database and gives the device-list fetch a time
    // limit (5 s); then it goes in plaintext, as before OMEMO.
    void aStalledServerDoesNotHoldAPlainChat()
    {
        RawXmppServer::Options options;
        options.password = password;
        options.answerRequests = false;
        RawXmppServer server(options);
        QVERIFY(server.start());
        SessionCore core(m_dir.filePath(QStringLiteral("stalled.sqlite")));
        core.accounts()->login(jid, password, QStringLiteral("127.0.0.2"), server.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(
            core.accounts()->connectionState() == AccountSet::ConnectionState::Connected && server.bound(),
            20000);
        QElapsedTimer sending;
        sending.start();
        core.sendMessage(bob, QStringLiteral("through a stalled server"));
        QTRY_VERIFY_WITH_TIMEOUT(server.received().contains("through a stalled server"), 15000);
        qInfo() << "went out after" << sending.elapsed() << "ms";
        const QByteArray all = server.received();
        const QByteArray sent = all.mid(all.lastIndexOf("<message", all.indexOf("through a stalled server")));
        QVERIFY2(!sent.left(sent.indexOf("</message>")).contains("encrypted"), sent.left(800).constData());
    }
};

QTEST_GUILESS_MAIN(OutgoingChainTest)
#include "tst_outgoing_chain.moc"
