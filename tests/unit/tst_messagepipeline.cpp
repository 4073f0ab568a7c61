// SPDX-License-Identifier: GPL-3.0-or-later
// The receive pipeline with stanzas injected in-process and a real SQLite store.
#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppMessage.h>

#include "AwaitFuture.h"
#include "messaging/ChatMessageFilter.h"
#include "messaging/MessagePipeline.h"
#include "messaging/PipelineStage.h"
#include "messaging/ReceivedMessage.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

namespace {
const QString me = QStringLiteral("me@example.test");

QXmppMessage chat(const QString &from, const QString &to, const QString &body)
{
    QXmppMessage m(from, to, body);
    m.setType(QXmppMessage::Chat);
    return m;
}

class RecordingStage : public PipelineStage
{
public:
    RecordingStage(QString name, int order, QStringList *log, bool keep = true)
        : m_name(std::move(name)), m_order(order), m_log(log), m_keep(keep)
    { }
    QString name() const override { return m_name; }
    int order() const override { return m_order; }
    bool process(ReceivedMessage &) override
    {
        m_log->append(m_name);
        return m_keep;
    }

private:
    QString m_name;
    int m_order;
    QStringList *m_log;
    bool m_keep;
};
} // namespace

class MessagePipelineTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<MessagePipeline> m_pipeline;

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++n)));
        awaitResult(m_db->open());
        m_store = std::make_unique<MessageStore>(m_db.get());
        m_pipeline = std::make_unique<MessagePipeline>(m_store.get());
        m_pipeline->addStage(std::make_unique<ChatMessageFilter>());
    }
    void cleanup()
    {
        m_pipeline.reset();
        m_store.reset();
        m_db.reset();
    }

    void incomingMessageFromAContact()
    {
        const Message m = MessagePipeline::fromStanza(
            me, chat(QStringLiteral("bob@example.test/phone"), me, QStringLiteral("hi")));
        QVERIFY(!m.outgoing);
        QCOMPARE(m.chatJid, QStringLiteral("bob@example.test"));
        QCOMPARE(m.sender, QStringLiteral("bob@example.test"));
        QCOMPARE(m.state, MessageState::Received);
    }

    void ownMessageFromAnotherResourceIsOutgoing()
    {
        const Message m = MessagePipeline::fromStanza(me,
            chat(me + QStringLiteral("/laptop"), QStringLiteral("bob@example.test"), QStringLiteral("x")));
        QVERIFY(m.outgoing);
        QCOMPARE(m.chatJid, QStringLiteral("bob@example.test"));
    }

    void onlyOurOwnArchivesStanzaIdCounts()
    {
        QXmppMessage stanza = chat(QStringLiteral("bob@example.test/a"), me, QStringLiteral("x"));
        stanza.setStanzaIds({ { QStringLiteral("forged"), QStringLiteral("bob@example.test") },
            { QStringLiteral("real"), me } });
        const Message m = MessagePipeline::fromStanza(me, stanza);
        QCOMPARE(m.stanzaId, QStringLiteral("real"));
        QCOMPARE(m.stanzaIdBy, me);
    }

    void delayedDeliveryKeepsTheOriginalTime()
    {
        QXmppMessage stanza = chat(QStringLiteral("bob@example.test/a"), me, QStringLiteral("x"));
        const QDateTime sentAt = QDateTime::fromString(QStringLiteral("2024-01-02T03:04:05Z"), Qt::ISODate);
        stanza.setStamp(sentAt);
        QCOMPARE(MessagePipeline::fromStanza(me, stanza).timestamp, sentAt.toMSecsSinceEpoch());
    }

    void stagesRunInOrderAndCanDrop()
    {
        QStringList log;
        m_pipeline->addStage(std::make_unique<RecordingStage>(QStringLiteral("late"), 300, &log));
        m_pipeline->addStage(std::make_unique<RecordingStage>(QStringLiteral("early"), 200, &log));
        QCOMPARE(m_pipeline->stageNames(),
            (QStringList {
                QStringLiteral("chat-message-filter"), QStringLiteral("early"), QStringLiteral("late") }));
        QVERIFY(awaitResult(
            m_pipeline->receive(me, chat(QStringLiteral("bob@example.test/a"), me, QStringLiteral("hi")))));
        QCOMPARE(log, (QStringList { QStringLiteral("early"), QStringLiteral("late") }));

        m_pipeline->addStage(std::make_unique<RecordingStage>(QStringLiteral("dropper"), 250, &log, false));
        log.clear();
        QVERIFY(!awaitResult(m_pipeline->receive(
            me, chat(QStringLiteral("bob@example.test/a"), me, QStringLiteral("again")))));
        QCOMPARE(log, (QStringList { QStringLiteral("early"), QStringLiteral("dropper") }));
    }

    void filterDropsWhatIsNotAChatMessage_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("body");
        QTest::addRow("error") << int(QXmppMessage::Error) << QStringLiteral("x");
        QTest::addRow("headline") << int(QXmppMessage::Headline) << QStringLiteral("x");
        QTest::addRow("groupchat") << int(QXmppMessage::GroupChat) << QStringLiteral("x");
        QTest::addRow("empty body") << int(QXmppMessage::Chat) << QString();
        QTest::addRow("only whitespace") << int(QXmppMessage::Chat) << QStringLiteral("  \n ");
    }
    void filterDropsWhatIsNotAChatMessage()
    {
        QFETCH(int, type);
        QFETCH(QString, body);
        QXmppMessage stanza = chat(QStringLiteral("bob@example.test/a"), me, body);
        stanza.setType(QXmppMessage::Type(type));
        QVERIFY(!awaitResult(m_pipeline->receive(me, stanza)));
        QCOMPARE(awaitResult(m_store->chats()).size(), 0);
    }

    void theSameStanzaTwiceIsStoredOnce()
    {
        QXmppMessage stanza = chat(QStringLiteral("bob@example.test/a"), me, QStringLiteral("once"));
        stanza.setOriginId(QStringLiteral("origin-1"));
        QVERIFY(awaitResult(m_pipeline->receive(me, stanza)));
        QVERIFY(!awaitResult(m_pipeline->receive(me, stanza)));
    }
};

QTEST_GUILESS_MAIN(MessagePipelineTest)
#include "tst_messagepipeline.moc"
