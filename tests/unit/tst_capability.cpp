// SPDX-License-Identifier: GPL-3.0-or-later
// A capability that exists only in this test plugs into a real SessionCore through its one
// install(): a receive stage (marks the body of what it saw), an outgoing stage (adds a subject
// to every stanza of ours), a QML controller and a per-account part (a QObject and a QXmpp manager on the
// account's client). Each check fails when the capability is not installed. The account is set up against a
// closed loopback port: nothing leaves the machine.
#include <memory>

#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppClientExtension.h>
#include <QXmppMessage.h>

#include "AwaitFuture.h"
#include "OfflineAccounts.h"
#include "account/Account.h"
#include "capability/AccountParts.h"
#include "capability/Capability.h"
#include "capability/CapabilityHost.h"
#include "capability/MessagePipeline.h"
#include "capability/OutgoingChain.h"
#include "capability/OutgoingMessage.h"
#include "capability/OutgoingStage.h"
#include "capability/PipelineStage.h"
#include "capability/ReceivedMessage.h"
#include "messaging/Outbox.h"
#include "session/AccountContext.h"
#include "session/AccountSet.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"

namespace {
class MarkingStage : public PipelineStage
{
public:
    QString name() const override { return QStringLiteral("test-marker"); }
    StageGroup group() const override { return StageGroup::Enrich; }
    bool process(ReceivedMessage &received) override
    {
        received.message.body += QStringLiteral(" [seen by the test capability]");
        return true;
    }
};

class SubjectStage : public OutgoingStage
{
public:
    QString name() const override { return QStringLiteral("test-subject"); }
    OutgoingGroup group() const override { return OutgoingGroup::Compose; }
    OutgoingVerdict prepare(OutgoingMessage &message) override
    {
        message.stanza.setSubject(QStringLiteral("prepared"));
        return OutgoingVerdict::Send;
    }
};

class TestExtension : public QXmppClientExtension
{
    Q_OBJECT
public:
    bool handleStanza(const QDomElement &) override { return false; }
};

class TestPart : public QObject
{
    Q_OBJECT
public:
    explicit TestPart(QString account) : jid(std::move(account)) { }
    QString jid;
};

class TestCapability : public ControllerCapability
{
public:
    TestCapability() : ControllerCapability(QStringLiteral("test")) { }
    void install(CapabilityHost &host) override
    {
        host.pipeline()->addStage(std::make_unique<MarkingStage>());
        host.onAccountAdded([](AccountParts &parts) {
            parts.add(std::make_unique<TestPart>(parts.jid()));
            parts.account()->client()->addNewExtension<TestExtension>();
        });
        host.outgoing()->addStage(std::make_unique<SubjectStage>());
    }
};
} // namespace

class CapabilityTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<SessionCore> core(bool withTestCapability, bool installLate = false)
    {
        static int n = 0;
        auto c = std::make_unique<SessionCore>(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++n)));
        if (withTestCapability && !installLate)
            c->install(std::make_unique<TestCapability>());
        loginOffline(c->accounts(), alice);
        if (withTestCapability && installLate)
            c->install(std::make_unique<TestCapability>());
        return c;
    }

    static QString storedBody(SessionCore *c)
    {
        QXmppMessage stanza(bob + QStringLiteral("/phone"), alice, QStringLiteral("hello"));
        stanza.setType(QXmppMessage::Chat);
        const auto stored = awaitResult(c->pipeline()->receive(alice, stanza));
        return stored ? stored->body : QString();
    }

private Q_SLOTS:
    void theReceiveStageRuns_data()
    {
        QTest::addColumn<bool>("installed");
        QTest::newRow("installed") << true;
        QTest::newRow("not installed") << false;
    }
    void theReceiveStageRuns()
    {
        QFETCH(bool, installed);
        auto c = core(installed);
        QCOMPARE(c->pipeline()->stageNames().contains(QStringLiteral("test-marker")), installed);
        QCOMPARE(storedBody(c.get()),
            installed ? QStringLiteral("hello [seen by the test capability]") : QStringLiteral("hello"));
        QCOMPARE(c->capability(QStringLiteral("test")) != nullptr, installed);
        if (installed)
            QCOMPARE(c->capability(QStringLiteral("test"))->controller()->objectName(),
                QStringLiteral("test controller"));
    }

    // What the outbox composes for a message passes the capability's outgoing stage (the route
    // itself is shown on the wire by tst_outgoing_chain).
    void theOutgoingStageRuns_data()
    {
        QTest::addColumn<bool>("installed");
        QTest::newRow("installed") << true;
        QTest::newRow("not installed") << false;
    }
    void theOutgoingStageRuns()
    {
        QFETCH(bool, installed);
        auto c = core(installed);
        Message m;
        m.account = alice;
        m.chatJid = bob;
        m.body = QStringLiteral("out");
        m.originId = QStringLiteral("o1");
        auto out = c->outbox(alice)->compose(m);
        std::optional<OutgoingVerdict> verdict;
        c->outgoing()->prepare(out, [&verdict](OutgoingVerdict v) { verdict = v; });
        // At once. The account never connects (closed port): OMEMO's encrypt stage cannot ask
        // whether bob's chat is encrypted, so the message waits for the connection (where every
        // pending message passes the chain again) instead of risking plaintext; without waiting.
        QCOMPARE(verdict, std::optional(OutgoingVerdict::Hold));
        QCOMPARE(out->holdReason, QString()); // nothing to show: it is only not connected
        QCOMPARE(out->stanza.subject(), installed ? QStringLiteral("prepared") : QString());
        QVERIFY(out->stanza.isReceiptRequested()); // the messaging capability's own stages
        QCOMPARE(out->stanza.id(), QStringLiteral("o1"));
    }

    void eachAccountGetsItsParts_data()
    {
        QTest::addColumn<bool>("installed");
        QTest::addColumn<bool>("late");
        QTest::newRow("installed before the account") << true << false;
        QTest::newRow("installed after the account") << true << true;
        QTest::newRow("not installed") << false << false;
    }
    void eachAccountGetsItsParts()
    {
        QFETCH(bool, installed);
        QFETCH(bool, late);
        auto c = core(installed, late);
        AccountContext *context = c->context(alice);
        QVERIFY(context);
        TestPart *part = context->parts()->find<TestPart>();
        QCOMPARE(part != nullptr, installed);
        if (part)
            QCOMPARE(part->jid, alice);
        QCOMPARE(context->account()->client()->findExtension<TestExtension>() != nullptr, installed);
        // The contacts capability's own per-account part is there either way.
        QVERIFY(context->parts()->count() >= 1);
    }
};

QTEST_GUILESS_MAIN(CapabilityTest)
#include "tst_capability.moc"
