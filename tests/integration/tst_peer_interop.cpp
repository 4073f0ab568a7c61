// SPDX-License-Identifier: GPL-3.0-or-later
// What real peers see and send (issue 15). An independent client (slixmpp, other_client.py)
// puts stanzas on the wire the way Dino, Kaidan and Conversations do — replies addressed to a
// full JID, a reply whose original is not here, a retracted reply, a body-less file share, a
// sticker, an unknown payload, a receipt — through a real Prosody; we check what the store keeps
// and what the chat model shows. And it records the chat states WE send, checked against XEP-0085.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppUtils.h>

#include "AwaitFuture.h"
#include "OtherClientPeer.h"
#include "ProsodyServer.h"
#include "SessionLogin.h"
#include "account/Account.h"
#include "messaging/TypingNotifier.h"
#include "models/ChatsController.h"
#include "models/MessageListModel.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"

using namespace std::chrono_literals;

namespace {
const QString password = QStringLiteral("interop-test");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A reply as Dino and Kaidan send it: addressed to the author's full JID, the original quoted
// in the body for older clients and marked as fallback (XEP-0461, XEP-0428).
QString replyStanza(const QString &to, const QString &id, const QString &authorFullJid,
    const QString &targetId, const QString &quoted, const QString &text)
{
    const QString fallback = QStringLiteral("> ") + quoted + QLatin1Char('\n');
    return QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='%2'>"
                          "<body>%3</body>"
                          "<reply xmlns='urn:xmpp:reply:0' to='%4' id='%5'/>"
                          "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>"
                          "<body start='0' end='%6'/></fallback>"
                          "<active xmlns='http://jabber.org/protocol/chatstates'/>"
                          "<origin-id xmlns='urn:xmpp:sid:0' id='%2'/>"
                          "<markable xmlns='urn:xmpp:chat-markers:0'/></message>")
        .arg(to, id, escaped(fallback + text), authorFullJid, targetId)
        .arg(fallback.toUcs4().size());
}

// The row of the model whose body (or, for body-less rows, whose kind) matches; -1 when none.
int rowWhere(const MessageListModel &model, const std::function<bool(const QModelIndex &)> &matches)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (matches(model.index(row)))
            return row;
    }
    return -1;
}

int rowWithBody(const MessageListModel &model, const QString &body)
{
    return rowWhere(model,
        [&](const QModelIndex &index) { return index.data(MessageListModel::BodyRole).toString() == body; });
}
} // namespace

class PeerInteropTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dir;
    QString m_alice;
    QString m_bob;
    std::unique_ptr<RootController> m_session;
    std::unique_ptr<OtherClient> m_peer;

    QString aliceFullJid() const { return m_session->core()->account()->client()->configuration().jid(); }

    // Sends from alice (our client) and returns the id the peer received it with.
    QString sendFromAlice(const QString &text)
    {
        m_session->chats()->send(m_bob, text);
        if (!QTest::qWaitFor([&] { return !m_peer->messageWithBody(text).isEmpty(); }, 10000))
            return {};
        return m_peer->messageWithBody(text).value(QStringLiteral("id")).toString();
    }

    std::unique_ptr<MessageListModel> openChat()
    {
        std::unique_ptr<MessageListModel> model(m_session->chats()->open(m_bob));
        (void)QTest::qWaitFor([&] { return model->chatId() != 0 && !model->loading(); }, 10000);
        return model;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        m_alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        m_bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        m_session = loginSession(m_server, m_dir.filePath(QStringLiteral("alice.sqlite")), m_alice, password);
        QVERIFY(waitForCatchUp(*m_session));
        m_peer = std::make_unique<OtherClient>();
        QVERIFY(m_peer->start(m_server, m_bob, password));
    }

    void cleanupTestCase()
    {
        m_peer.reset();
        m_session.reset();
    }

    // Fails without the bare-JID comparison in MessageListModel::replyQuote: the quote then
    // said "In reply to an earlier message" for every reply from another client.
    void replyToAFullJidQuotesTheAnsweredMessage()
    {
        const QString targetId = sendFromAlice(QStringLiteral("Climbing on Saturday?"));
        QVERIFY(!targetId.isEmpty());
        m_peer->sendRaw(replyStanza(m_alice, QStringLiteral("dino-reply-1"), aliceFullJid(), targetId,
            QStringLiteral("Climbing on Saturday?"), QStringLiteral("Yes, at 9!")));
        const auto model = openChat();
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(*model, QStringLiteral("Yes, at 9!")) >= 0, 10000);
        const QModelIndex reply = model->index(rowWithBody(*model, QStringLiteral("Yes, at 9!")));
        QVERIFY(reply.data(MessageListModel::IsReplyRole).toBool());
        const QVariantMap quote = reply.data(MessageListModel::ReplyQuoteRole).toMap();
        QCOMPARE(quote.value(QStringLiteral("sender")).toString(), m_alice);
        QCOMPARE(quote.value(QStringLiteral("outgoing")).toBool(), true);
        QCOMPARE(quote.value(QStringLiteral("body")).toString(), QStringLiteral("Climbing on Saturday?"));
        QVERIFY(!quote.contains(QStringLiteral("fallback")));
    }

    // Fails without the stored fallback (ReplyStage, migration 16): the quote was empty.
    void replyToAMessageNotHereShowsTheSendersQuote()
    {
        m_peer->sendRaw(replyStanza(m_alice, QStringLiteral("dino-reply-2"), aliceFullJid(),
            QStringLiteral("from-last-year"), QStringLiteral("Shall we do the north face again?"),
            QStringLiteral("Still want to!")));
        const auto model = openChat();
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(*model, QStringLiteral("Still want to!")) >= 0, 10000);
        const QModelIndex reply = model->index(rowWithBody(*model, QStringLiteral("Still want to!")));
        const QVariantMap quote = reply.data(MessageListModel::ReplyQuoteRole).toMap();
        QCOMPARE(quote.value(QStringLiteral("fallback")).toBool(), true);
        QCOMPARE(quote.value(QStringLiteral("sender")).toString(), m_alice);
        QCOMPARE(quote.value(QStringLiteral("body")).toString(),
            QStringLiteral("Shall we do the north face again?"));
        const auto stored = awaitResult(m_session->core()->messageStore()->chatHistory(m_alice, m_bob));
        const auto it = std::find_if(stored.cbegin(), stored.cend(),
            [](const Message &m) { return m.body == QStringLiteral("Still want to!"); });
        QVERIFY(it != stored.cend());
        QCOMPARE(it->replyToId, QStringLiteral("from-last-year"));
        QCOMPARE(it->replyFallback, QStringLiteral("Shall we do the north face again?"));
    }

    // Fails without the retraction dropping the reply (MessageAmendments, MessageListModel):
    // the tombstone kept its quote header.
    void aRetractedReplyDropsItsQuote()
    {
        const QString targetId = sendFromAlice(QStringLiteral("Rope or no rope?"));
        QVERIFY(!targetId.isEmpty());
        m_peer->sendRaw(replyStanza(m_alice, QStringLiteral("dino-reply-3"), aliceFullJid(), targetId,
            QStringLiteral("Rope or no rope?"), QStringLiteral("No rope, obviously")));
        const auto model = openChat();
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(*model, QStringLiteral("No rope, obviously")) >= 0, 10000);
        // XEP-0424 as Dino sends it, with a fallback body for clients without retractions.
        m_peer->sendRaw(
            QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='dino-retract-3'>"
                           "<retract xmlns='urn:xmpp:message-retract:1' id='dino-reply-3'/>"
                           "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:message-retract:1'/>"
                           "<body>This person attempted to retract a previous message.</body>"
                           "<store xmlns='urn:xmpp:hints'/></message>")
                .arg(m_alice));
        const auto retracted = [&] {
            return rowWhere(*model, [](const QModelIndex &index) {
                return index.data(MessageListModel::RetractedRole).toBool();
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(retracted() >= 0, 10000);
        const QModelIndex tombstone = model->index(retracted());
        QCOMPARE(tombstone.data(MessageListModel::IsReplyRole).toBool(), false);
        QCOMPARE(tombstone.data(MessageListModel::ReplyQuoteRole).toMap(), QVariantMap());
        const auto stored = awaitResult(m_session->core()->messageStore()->chatHistory(m_alice, m_bob));
        for (const Message &m : stored) {
            if (m.retracted)
                QVERIFY2(
                    m.replyToId.isEmpty() && m.replyFallback.isEmpty(), "a retracted reply keeps its target");
        }
    }

    // Fails without EmptyBodyFilter keeping them (and migration 17): all three were dropped,
    // while their senders got our receipts.
    void contentWeCannotShowLeavesALine()
    {
        const QString to = m_alice;
        // Kaidan's file share before its upload finished: metadata, no source, no body (XEP-0447).
        m_peer->sendRaw(QStringLiteral(
            "<message xmlns='jabber:client' to='%1' type='chat' id='kaidan-file'>"
            "<file-sharing xmlns='urn:xmpp:sfs:0' disposition='inline'><file "
            "xmlns='urn:xmpp:file:metadata:0'>"
            "<media-type>image/jpeg</media-type><name>summit.jpg</name><size>48213</size>"
            "<hash xmlns='urn:xmpp:hashes:2' "
            "algo='sha-256'>2XarmwTlNxDAMkvymloX3S5+VbylNrJt/l5QyPa+YoU=</hash>"
            "</file><sources/></file-sharing>"
            "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/></message>")
                .arg(to));
        // A sticker (XEP-0449) without a body.
        m_peer->sendRaw(QStringLiteral(
            "<message xmlns='jabber:client' to='%1' type='chat' id='sticker-1'>"
            "<file-sharing xmlns='urn:xmpp:sfs:0'><file xmlns='urn:xmpp:file:metadata:0'>"
            "<media-type>image/webp</media-type><desc>waving cat</desc></file>"
            "<sources><url-data xmlns='http://jabber.org/protocol/url-data' "
            "target='https://example.test/cat.webp'/>"
            "</sources></file-sharing><sticker xmlns='urn:xmpp:stickers:0' pack='cats'/></message>")
                .arg(to));
        // A payload of a protocol nobody here knows.
        m_peer->sendRaw(
            QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='poll-1'>"
                           "<poll xmlns='urn:example:polls:0'><question>Which crag?</question></poll>"
                           "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
                           "</message>")
                .arg(to));
        // Plumbing without content leaves no line: a chat state alone, a receipt alone.
        m_peer->sendRaw(QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat'>"
                                       "<composing xmlns='http://jabber.org/protocol/chatstates'/></message>")
                .arg(to));
        m_peer->sendRaw(QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='rcpt-x'>"
                                       "<received xmlns='urn:xmpp:receipts' id='not-ours'/></message>")
                .arg(to));
        m_peer->sendRaw(QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='done-1'>"
                                       "<body>That was all</body></message>")
                .arg(to));
        const auto model = openChat();
        QTRY_VERIFY_WITH_TIMEOUT(rowWithBody(*model, QStringLiteral("That was all")) >= 0, 10000);
        // The kinds of the rows that are no text, oldest first, as a string that a failure shows.
        const auto kinds = [&] {
            QStringList found;
            for (int row = model->rowCount() - 1; row >= 0; --row) {
                const int kind = model->index(row).data(MessageListModel::KindRole).toInt();
                if (kind != int(MessageKind::Text))
                    found.append(QString::number(kind));
            }
            return found.join(u',');
        };
        // Waited for, not assumed after a pause: beside a loaded machine one of the three was not
        // in the list 300 ms after the last message was (once, in a CI run).
        QTRY_COMPARE_WITH_TIMEOUT(kinds(),
            QStringLiteral("%1,%2,%3")
                .arg(int(MessageKind::UnsupportedFile))
                .arg(int(MessageKind::UnsupportedSticker))
                .arg(int(MessageKind::UnsupportedOther)),
            10000);
        QTest::qWait(300); // plumbing that wrongly left a line would show by now
        // Nothing else came of the plumbing: the only body-less rows are those three.
        const auto stored = awaitResult(m_session->core()->messageStore()->chatHistory(m_alice, m_bob));
        const auto bodyless = std::count_if(stored.cbegin(), stored.cend(),
            [](const Message &m) { return m.body.isEmpty() && !m.retracted; });
        QCOMPARE(bodyless, 3);
    }

    // A receipt from the peer makes our message Delivered in the store and the model (the
    // bubble draws it with two ticks: tst_chat_page).
    void aReceiptMakesItDelivered()
    {
        const QString id = sendFromAlice(QStringLiteral("Bringing the guidebook"));
        QVERIFY(!id.isEmpty());
        QVERIFY(m_peer->messageWithBody(QStringLiteral("Bringing the guidebook"))
                .value(QStringLiteral("receipt_requested"))
                .toBool());
        m_peer->sendRaw(QStringLiteral("<message xmlns='jabber:client' to='%1' id='rcpt-1'>"
                                       "<received xmlns='urn:xmpp:receipts' id='%2'/></message>")
                .arg(aliceFullJid(), id));
        const auto model = openChat();
        const auto state = [&] {
            const int row = rowWithBody(*model, QStringLiteral("Bringing the guidebook"));
            return row < 0 ? -1 : model->index(row).data(MessageListModel::StateRole).toInt();
        };
        QTRY_COMPARE_WITH_TIMEOUT(state(), int(MessageState::Delivered), 10000);
    }

    // The chat states we send, against XEP-0085: composing while typing, paused after a quiet
    // while, and after a message's or a correction's <active/> nothing more. Fails without
    // TypingNotifier (paused came 5 s after the message, from a timer nobody stopped) and without
    // <active/> on corrections (Outbox).
    void ourChatStatesFollowXep0085()
    {
        m_session->core()->typingNotifier()->setPauseAfter(800ms);
        const auto statesAfter = [&](qsizetype from) {
            QStringList states;
            const auto all = m_peer->messages();
            for (qsizetype i = from; i < all.size(); ++i) {
                const auto list = all.at(i).value(QStringLiteral("states")).toArray();
                for (const auto &state : list)
                    states.append(state.toString());
            }
            return states;
        };

        // Typing, then quiet: composing, then paused.
        qsizetype mark = m_peer->messages().size();
        m_session->chats()->setChatState(m_bob, ChatsController::Composing);
        QTRY_COMPARE_WITH_TIMEOUT(statesAfter(mark), QStringList { QStringLiteral("composing") }, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(
            statesAfter(mark), (QStringList { QStringLiteral("composing"), QStringLiteral("paused") }), 5000);

        // Typing, then sending: the message says active, and nothing follows it.
        mark = m_peer->messages().size();
        m_session->chats()->setChatState(m_bob, ChatsController::Composing);
        m_session->chats()->send(m_bob, QStringLiteral("Typed and sent"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_peer->messageWithBody(QStringLiteral("Typed and sent")).isEmpty(), 5000);
        QCOMPARE(m_peer->messageWithBody(QStringLiteral("Typed and sent"))
                     .value(QStringLiteral("states"))
                     .toArray(),
            QJsonArray { QStringLiteral("active") });
        QTest::qWait(2000); // more than twice the pause
        QCOMPARE(statesAfter(mark), (QStringList { QStringLiteral("composing"), QStringLiteral("active") }));

        // Typing a correction, then sending it: the correction says active too.
        const auto stored = awaitResult(m_session->core()->messageStore()->chatHistory(m_alice, m_bob));
        const auto sent = std::find_if(stored.cbegin(), stored.cend(),
            [](const Message &m) { return m.body == QStringLiteral("Typed and sent"); });
        QVERIFY(sent != stored.cend());
        mark = m_peer->messages().size();
        m_session->chats()->setChatState(m_bob, ChatsController::Composing);
        m_session->chats()->correct(sent->id, QStringLiteral("Typed, corrected and sent"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_peer->messageWithBody(QStringLiteral("Typed, corrected and sent")).isEmpty(), 5000);
        const QJsonObject correction = m_peer->messageWithBody(QStringLiteral("Typed, corrected and sent"));
        QCOMPARE(correction.value(QStringLiteral("replace")).toString(), sent->originId);
        QCOMPARE(
            correction.value(QStringLiteral("states")).toArray(), QJsonArray { QStringLiteral("active") });
        QTest::qWait(2000);
        QCOMPARE(statesAfter(mark), (QStringList { QStringLiteral("composing"), QStringLiteral("active") }));
    }
};

QTEST_GUILESS_MAIN(PeerInteropTest)
#include "tst_peer_interop.moc"
