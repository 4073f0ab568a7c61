// SPDX-License-Identifier: GPL-3.0-or-later
// The receive pipeline with stanzas injected in-process and a real SQLite store.
#include <QDateTime>
#include <QDomDocument>
#include <QPromise>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QXmppFallback.h>
#include <QXmppMessage.h>
#include <QXmppMessageReaction.h>

#include "AwaitFuture.h"
#include "capability/MessagePipeline.h"
#include "capability/PipelineStage.h"
#include "capability/ReceivedMessage.h"
#include "messaging/ChatMessageFilter.h"
#include "messaging/CorrectionStage.h"
#include "messaging/EmptyBodyFilter.h"
#include "messaging/ReactionStage.h"
#include "messaging/ReplyStage.h"
#include "messaging/RetractionStage.h"
#include "storage/Database.h"
#include "storage/MessageAmendments.h"
#include "storage/MessageStore.h"
#include "xmpp/Xep0424Retraction.h"

namespace {
const QString me = QStringLiteral("me@example.test");

// A stanza as another client wrote it.
QXmppMessage parsed(const QString &xml)
{
    QDomDocument document;
    // With namespaces, as QXmpp reads the stream.
    if (!document.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing))
        qFatal("not well-formed: %s", qPrintable(xml));
    QXmppMessage message;
    message.parse(document.documentElement());
    return message;
}

QXmppMessage chat(const QString &from, const QString &to, const QString &body)
{
    QXmppMessage m(from, to, body);
    m.setType(QXmppMessage::Chat);
    return m;
}

class RecordingStage : public PipelineStage
{
public:
    RecordingStage(QString name, StageGroup group, QStringList *log, bool keep = true)
        : m_name(std::move(name)), m_group(group), m_log(log), m_keep(keep)
    { }
    QString name() const override { return m_name; }
    StageGroup group() const override { return m_group; }
    bool process(ReceivedMessage &) override
    {
        m_log->append(m_name);
        return m_keep;
    }

private:
    QString m_name;
    StageGroup m_group;
    QStringList *m_log;
    bool m_keep;
};
// Takes its time over the messages whose text starts with "slow" (as decryption on the database
// thread would) and marks them; others pass at once.
class DelayingStage : public PipelineStage
{
public:
    QString name() const override { return QStringLiteral("delay"); }
    StageGroup group() const override { return StageGroup::Decrypt; }
    bool process(ReceivedMessage &) override { return true; }
    bool isAsynchronous() const override { return true; }
    QFuture<bool> processAsync(std::shared_ptr<ReceivedMessage> received) override
    {
        if (!received->message.body.startsWith(QStringLiteral("slow")))
            return QtFuture::makeReadyValueFuture(true);
        auto promise = std::make_shared<QPromise<bool>>();
        promise->start();
        QTimer::singleShot(300, [promise, received] {
            received->message.body += QStringLiteral(" (decrypted)");
            promise->addResult(true);
            promise->finish();
        });
        return promise->future();
    }
};

QXmppMessage archived(const QString &from, const QString &body, const QString &id, qint64 stampMs)
{
    QXmppMessage m = chat(from, me, body);
    m.setId(id);
    m.setStanzaIds({ { QStringLiteral("a-") + id, me } });
    m.setStamp(QDateTime::fromMSecsSinceEpoch(stampMs, QTimeZone::UTC));
    return m;
}
} // namespace

class MessagePipelineTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageStore> m_store;
    std::unique_ptr<MessagePipeline> m_pipeline;
    std::unique_ptr<MessageAmendments> m_amendments;

    QList<Message> history(const QString &peer)
    {
        const qint64 chat = awaitResult(m_store->chatId(me, peer));
        return awaitResult(m_store->messagesBefore(chat, {}, 100));
    }
    // Amendments are applied after receive() returns; this waits for the store to settle.
    void settle()
    {
        awaitResult(m_store->chats());
        QCoreApplication::processEvents();
        awaitResult(m_store->chats());
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++n)));
        awaitResult(m_db->open());
        m_store = std::make_unique<MessageStore>(m_db.get());
        m_pipeline = std::make_unique<MessagePipeline>(m_store.get());
        m_amendments = std::make_unique<MessageAmendments>(m_db.get(), m_store.get());
        m_pipeline->addStage(std::make_unique<ChatMessageFilter>());
        m_pipeline->addStage(std::make_unique<CorrectionStage>());
        m_pipeline->addStage(std::make_unique<RetractionStage>());
        m_pipeline->addStage(std::make_unique<ReactionStage>());
        m_pipeline->addStage(std::make_unique<ReplyStage>());
        m_pipeline->addStage(std::make_unique<EmptyBodyFilter>());
    }
    void cleanup()
    {
        m_pipeline.reset();
        m_amendments.reset();
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

    void aStampFromTheFutureIsTheTimeOfReceipt()
    {
        // A sender writes any delay stamp it likes: dated 9999, a message would keep its chat on
        // top of the list and sort above every later message of that chat, for ever.
        const QString eve = QStringLiteral("eve@example.test");
        const QString bob = QStringLiteral("bob@example.test");
        QXmppMessage future = chat(eve + QStringLiteral("/a"), me, QStringLiteral("from 9999"));
        future.setStamp(QDateTime::fromString(QStringLiteral("9999-12-31T23:59:59Z"), Qt::ISODate));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(awaitResult(m_pipeline->receive(me, future)));
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        const Message stored = history(eve).first();
        QVERIFY2(stored.timestamp >= before && stored.timestamp <= after,
            qPrintable(QString::number(stored.timestamp)));

        // A later message elsewhere puts its chat above; a later one from Eve sorts after hers.
        QTest::qWait(5);
        QVERIFY(awaitResult(
            m_pipeline->receive(me, chat(bob + QStringLiteral("/a"), me, QStringLiteral("now")))));
        QCOMPARE(awaitResult(m_store->chats()).first().jid, bob);
        QTest::qWait(5);
        QVERIFY(awaitResult(
            m_pipeline->receive(me, chat(eve + QStringLiteral("/a"), me, QStringLiteral("later")))));
        QCOMPARE(history(eve).first().body, QStringLiteral("later"));

        // Within the allowance for clock skew the stamp stands (offline delivery keeps its order).
        QXmppMessage skewed = chat(bob + QStringLiteral("/a"), me, QStringLiteral("skewed"));
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(60);
        skewed.setStamp(soon);
        QCOMPARE(MessagePipeline::fromStanza(me, skewed).timestamp, soon.toMSecsSinceEpoch());
    }

    void stagesRunInOrderAndCanDrop()
    {
        QStringList log;
        // Within a group: the order they were added in, after the group's earlier stages.
        m_pipeline->addStage(
            std::make_unique<RecordingStage>(QStringLiteral("early"), StageGroup::Enrich, &log));
        m_pipeline->addStage(
            std::make_unique<RecordingStage>(QStringLiteral("late"), StageGroup::Enrich, &log));
        QCOMPARE(m_pipeline->stageNames(),
            (QStringList { QStringLiteral("chat-message-filter"), QStringLiteral("corrections"),
                QStringLiteral("retractions"), QStringLiteral("reactions"), QStringLiteral("replies"),
                QStringLiteral("early"), QStringLiteral("late"), QStringLiteral("empty-body-filter") }));
        QVERIFY(awaitResult(
            m_pipeline->receive(me, chat(QStringLiteral("bob@example.test/a"), me, QStringLiteral("hi")))));
        QCOMPARE(log, (QStringList { QStringLiteral("early"), QStringLiteral("late") }));

        // Added last but in an earlier group: it runs first, and what it drops reaches no later stage.
        m_pipeline->addStage(
            std::make_unique<RecordingStage>(QStringLiteral("dropper"), StageGroup::Decrypt, &log, false));
        log.clear();
        QVERIFY(!awaitResult(m_pipeline->receive(
            me, chat(QStringLiteral("bob@example.test/a"), me, QStringLiteral("again")))));
        QCOMPARE(log, (QStringList { QStringLiteral("dropper") }));
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

    void correctionReplacesTheSendersOwnMessageOnly()
    {
        const QString bob = QStringLiteral("bob@example.test");
        QXmppMessage original = chat(bob + QStringLiteral("/a"), me, QStringLiteral("Helo"));
        original.setId(QStringLiteral("m1"));
        QVERIFY(awaitResult(m_pipeline->receive(me, original)));
        QXmppMessage fix = chat(bob + QStringLiteral("/a"), me, QStringLiteral("Hello"));
        fix.setReplaceId(QStringLiteral("m1"));
        QVERIFY(!awaitResult(m_pipeline->receive(me, fix))); // consumed, not a new message
        QTRY_COMPARE(history(bob).first().body, QStringLiteral("Hello"));
        QVERIFY(history(bob).first().edited);
        QCOMPARE(history(bob).size(), 1);

        // Mallory cannot correct bob's message; her text stays hers.
        const QString mallory = QStringLiteral("mallory@example.test");
        QXmppMessage forged = chat(mallory + QStringLiteral("/x"), me, QStringLiteral("I owe you 1000 EUR"));
        forged.setReplaceId(QStringLiteral("m1"));
        awaitResult(m_pipeline->receive(me, forged));
        settle();
        QCOMPARE(history(bob).first().body, QStringLiteral("Hello"));
    }

    void retractionRemovesTheTextEvenFromSearch()
    {
        const QString bob = QStringLiteral("bob@example.test");
        QXmppMessage original = chat(bob + QStringLiteral("/a"), me, QStringLiteral("secret plan"));
        original.setId(QStringLiteral("r1"));
        QVERIFY(awaitResult(m_pipeline->receive(me, original)));
        QXmppMessage notBobs = chat(QStringLiteral("eve@example.test/x"), me, QString());
        Xep0424Retraction::setRetraction(notBobs, QStringLiteral("r1"));
        awaitResult(m_pipeline->receive(me, notBobs));
        settle();
        QCOMPARE(history(bob).first().body, QStringLiteral("secret plan"));

        QXmppMessage retraction = chat(bob + QStringLiteral("/a"), me, QString());
        Xep0424Retraction::setRetraction(retraction, QStringLiteral("r1"));
        QVERIFY(!awaitResult(m_pipeline->receive(me, retraction)));
        QTRY_VERIFY(history(bob).first().retracted);
        QCOMPARE(history(bob).first().body, QString());
        QCOMPARE(awaitResult(m_store->search(QStringLiteral("secret"), 10)).size(), 0);
        QCOMPARE(history(bob).size(), 1); // the fallback body was not stored as a message
    }

    void reactionsAreEachPersonsCurrentSet()
    {
        const QString bob = QStringLiteral("bob@example.test");
        QXmppMessage original = chat(bob + QStringLiteral("/a"), me, QStringLiteral("pizza tonight?"));
        original.setId(QStringLiteral("p1"));
        QVERIFY(awaitResult(m_pipeline->receive(me, original)));
        const auto react = [&](const QString &from, const QVector<QString> &emojis) {
            QXmppMessage stanza = chat(from, bob, QString());
            QXmppMessageReaction reaction;
            reaction.setMessageId(QStringLiteral("p1"));
            reaction.setEmojis(emojis);
            stanza.setReaction(reaction);
            QVERIFY(!awaitResult(m_pipeline->receive(me, stanza)));
            settle();
        };
        react(me + QStringLiteral("/desk"), { QStringLiteral("👍"), QStringLiteral("🍕") });
        QTRY_COMPARE(history(bob).first().reactions.size(), 2);
        react(me + QStringLiteral("/desk"), { QStringLiteral("🍕") }); // replaces, not adds
        QTRY_COMPARE(history(bob).first().reactions, QStringList { QStringLiteral("🍕") });
        react(me + QStringLiteral("/desk"), {}); // withdrawn
        QTRY_COMPARE(history(bob).first().reactions.size(), 0);
    }

    void replyKeepsTheReferenceAndDropsTheQuotedFallback()
    {
        const QString bob = QStringLiteral("bob@example.test");
        const QString quote = QStringLiteral("> pizza tonight? 🍕\n");
        QXmppMessage answer = chat(bob + QStringLiteral("/a"), me, quote + QStringLiteral("Yes!"));
        answer.setReply(QXmpp::Reply { me, QStringLiteral("p1") });
        answer.setFallbackMarkers({ QXmppFallback(QStringLiteral("urn:xmpp:reply:0"),
            { { QXmppFallback::Body, QXmppFallback::Range { 0, uint32_t(quote.toUcs4().size()) } } }) });
        QVERIFY(awaitResult(m_pipeline->receive(me, answer)));
        const Message stored = history(bob).first();
        QCOMPARE(stored.body, QStringLiteral("Yes!"));
        QCOMPARE(stored.replyToId, QStringLiteral("p1"));
        QCOMPARE(stored.replyToJid, me);
        // The quote itself is kept, for when p1 is not stored here.
        QCOMPARE(stored.replyFallback, QStringLiteral("pizza tonight? 🍕"));
    }

    // What other clients send without a body but with content leaves a line of its kind; fails
    // without EmptyBodyFilter::contentKind (everything body-less was dropped).
    void contentWeCannotShowIsKeptAsALine_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("kind");
        QTest::addRow("XEP-0447 file share, no source yet (Kaidan)") << QStringLiteral(
            "<file-sharing xmlns='urn:xmpp:sfs:0' disposition='inline'>"
            "<file xmlns='urn:xmpp:file:metadata:0'><name>a.jpg</name><size>5</size></file>"
            "<sources/></file-sharing>") << int(MessageKind::UnsupportedFile);
        QTest::addRow("XEP-0066 link without a body")
            << QStringLiteral("<x xmlns='jabber:x:oob'><url>https://example.test/a.jpg</url></x>")
            << int(MessageKind::UnsupportedFile);
        QTest::addRow("XEP-0449 sticker")
            << QStringLiteral("<file-sharing xmlns='urn:xmpp:sfs:0'><file xmlns='urn:xmpp:file:metadata:0'>"
                              "<desc>cat</desc></file><sources/></file-sharing>"
                              "<sticker xmlns='urn:xmpp:stickers:0' pack='cats'/>")
            << int(MessageKind::UnsupportedSticker);
        QTest::addRow("unknown payload")
            << QStringLiteral("<poll xmlns='urn:example:polls:0'><q>Which crag?</q></poll>")
            << int(MessageKind::UnsupportedOther);
    }
    void contentWeCannotShowIsKeptAsALine()
    {
        QFETCH(QString, payload);
        QFETCH(int, kind);
        const QString bob = QStringLiteral("bob@example.test");
        const auto stored = awaitResult(m_pipeline->receive(me,
            parsed(
                QStringLiteral("<message xmlns='jabber:client' from='bob@example.test/k' to='%1' type='chat'"
                               " id='x1'>%2<request xmlns='urn:xmpp:receipts'/></message>")
                    .arg(me, payload))));
        QVERIFY(stored);
        QCOMPARE(int(history(bob).first().kind), kind);
        QCOMPARE(history(bob).first().body, QString());
    }

    // Protocol plumbing without content still leaves nothing.
    void plumbingAloneLeavesNoLine_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addRow("chat state") << QStringLiteral(
            "<paused xmlns='http://jabber.org/protocol/chatstates'/>");
        QTest::addRow("receipt") << QStringLiteral("<received xmlns='urn:xmpp:receipts' id='m1'/>");
        QTest::addRow("displayed marker")
            << QStringLiteral("<displayed xmlns='urn:xmpp:chat-markers:0' id='m1'/>");
        QTest::addRow("OMEMO key transport") << QStringLiteral(
            "<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='1'><iv>AA==</iv>"
            "</header></encrypted><store xmlns='urn:xmpp:hints'/>");
        // What ejabberd adds to a stored receipt, and a forged carbon from a stranger.
        QTest::addRow("receipt with ejabberd's archived")
            << QStringLiteral("<received xmlns='urn:xmpp:receipts' id='m1'/>"
                              "<archived xmlns='urn:xmpp:mam:tmp' by='ejabberd.test' id='1'/>");
        QTest::addRow("unknown element nobody asked a receipt for")
            << QStringLiteral("<thing xmlns='urn:example:plumbing:0'/>");
        QTest::addRow("forged carbon")
            << QStringLiteral("<received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                              "<message xmlns='jabber:client' from='x@example.test/a' type='chat'>"
                              "<body>forged</body></message></forwarded></received>");
        QTest::addRow("sources for an earlier file share")
            << QStringLiteral("<apply-to xmlns='urn:xmpp:fasten:0' id='f1'/>"
                              "<attach-to xmlns='urn:xmpp:message-attaching:1' id='f1'/>");
    }
    void plumbingAloneLeavesNoLine()
    {
        QFETCH(QString, payload);
        const auto stored = awaitResult(m_pipeline->receive(me,
            parsed(
                QStringLiteral("<message xmlns='jabber:client' from='bob@example.test/k' to='%1' type='chat'"
                               " id='x2'>%2</message>")
                    .arg(me, payload))));
        QVERIFY(!stored);
        QCOMPARE(awaitResult(m_store->chats()).size(), 0);
    }

    // A slow (asynchronous) stage on the first message: the second, fast one still goes after it,
    // and the correction that follows applies to it in the same transaction instead of becoming a
    // message of its own. Fails when the pipeline stores whatever is ready first.
    void aSlowStageKeepsTheStreamsOrder()
    {
        m_pipeline->addStage(std::make_unique<DelayingStage>());
        const QString bob = QStringLiteral("bob@example.test");
        QXmppMessage slow = chat(bob + QStringLiteral("/a"), me, QStringLiteral("slow one"));
        slow.setId(QStringLiteral("s1"));
        QXmppMessage fast = chat(bob + QStringLiteral("/a"), me, QStringLiteral("fast two"));
        QXmppMessage fix = chat(bob + QStringLiteral("/a"), me, QStringLiteral("fixed: slow one"));
        fix.setReplaceId(QStringLiteral("s1"));
        auto first = m_pipeline->receive(me, slow);
        auto second = m_pipeline->receive(me, fast);
        auto third = m_pipeline->receive(me, fix);
        QVERIFY(!first.isFinished());
        QVERIFY(!second.isFinished()); // waits for the first: nothing overtakes it
        const auto one = awaitResult(first);
        const auto two = awaitResult(second);
        QVERIFY(!awaitResult(third));
        QVERIFY(one && two);
        QCOMPARE(one->body, QStringLiteral("slow one (decrypted)")); // the stage's work is stored
        QVERIFY(one->id < two->id);
        const QList<Message> rows = history(bob); // newest first
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).body, QStringLiteral("fast two"));
        QCOMPARE(rows.at(1).body, QStringLiteral("fixed: slow one"));
        QVERIFY(rows.at(1).edited);
    }

    // Pages of one archive likewise: the later page commits after the slow one, and the anchor
    // ends at the later page's newest id. A correction in the same page applies to its message.
    void aSlowStageKeepsTheArchivePagesOrder()
    {
        m_pipeline->addStage(std::make_unique<DelayingStage>());
        const QString bob = QStringLiteral("bob@example.test/a");
        const qint64 t = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
        QXmppMessage fix = archived(bob, QStringLiteral("fixed first"), QStringLiteral("p3"), t + 2000);
        fix.setReplaceId(QStringLiteral("p1"));
        MessageStore::ArchiveProgress firstProgress;
        firstProgress.newestId = QStringLiteral("a-p3");
        auto firstPage = m_pipeline->receiveArchivePage(me, me,
            { archived(bob, QStringLiteral("slow first"), QStringLiteral("p1"), t),
                archived(bob, QStringLiteral("quick"), QStringLiteral("p2"), t + 1000), fix },
            firstProgress);
        MessageStore::ArchiveProgress secondProgress;
        secondProgress.newestId = QStringLiteral("a-p4");
        auto secondPage = m_pipeline->receiveArchivePage(me, me,
            { archived(bob, QStringLiteral("later"), QStringLiteral("p4"), t + 3000) }, secondProgress);
        QVERIFY(!secondPage.isFinished());
        const QList<Message> later = awaitResult(secondPage);
        const QList<Message> earlier = awaitResult(firstPage);
        QCOMPARE(earlier.size(), 2);
        QCOMPARE(later.size(), 1);
        QVERIFY(earlier.last().id < later.first().id);
        QCOMPARE(awaitResult(m_store->archiveAnchor(me, me)), QStringLiteral("a-p4"));
        const QList<Message> rows = history(QStringLiteral("bob@example.test"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.last().body, QStringLiteral("fixed first"));
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
