// SPDX-License-Identifier: GPL-3.0-or-later
// Many subscription answers go out a batch at a time: the next batch only once the server has
// taken every stanza of the one before; answers that fail at once (not connected) do not stall
// the queue, and approving subscribes back.
#include <deque>

#include <QTest>
#include <QXmppPromise.h>

#include "xmpp/SubscriptionAnswerQueue.h"

namespace {
QStringList contacts(int count)
{
    QStringList jids;
    for (int i = 0; i < count; ++i) {
        jids.append(QStringLiteral("user%1@tg.example.test").arg(i));
    }
    return jids;
}
} // namespace

class SubscriptionAnswerQueueTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theNextBatchWaitsForTheServer()
    {
        QList<QXmppPresence> sent;
        std::deque<QXmppPromise<QXmpp::SendResult>> unacknowledged;
        SubscriptionAnswerQueue queue(
            [&](QXmppPresence &&presence) {
                sent.append(presence);
                unacknowledged.emplace_back();
                return unacknowledged.back().task();
            },
            40);
        queue.answer(contacts(301), true);
        // 301 approvals are 602 stanzas: "subscribed", then our own "subscribe".
        QCOMPARE(sent.size(), 40);
        QCOMPARE(queue.waiting(), 562);
        QCOMPARE(sent.at(0).type(), QXmppPresence::Subscribed);
        QCOMPARE(sent.at(1).type(), QXmppPresence::Subscribe);
        QCOMPARE(sent.at(1).to(), QStringLiteral("user0@tg.example.test"));

        // All but one acknowledged: nothing more goes.
        for (qsizetype i = 0; i < 39; ++i) {
            unacknowledged[std::size_t(i)].finish(QXmpp::SendSuccess { true });
        }
        QCOMPARE(sent.size(), 40);
        QCOMPARE(queue.inFlight(), 1);
        // The last one too (a failure counts as taken: the stream is gone, waiting cannot help).
        unacknowledged[39].finish(QXmppError { QStringLiteral("disconnected"), {} });
        QCOMPARE(sent.size(), 40); // from the event loop
        QCoreApplication::processEvents();
        QCOMPARE(sent.size(), 80);

        while (sent.size() < 602) {
            const qsizetype from = sent.size() - queue.inFlight();
            const qsizetype until = sent.size();
            for (qsizetype i = from; i < until; ++i) {
                unacknowledged[std::size_t(i)].finish(QXmpp::SendSuccess { true });
            }
            QCoreApplication::processEvents();
            QVERIFY(queue.inFlight() <= 40);
            QVERIFY(sent.size() > until || queue.waiting() == 0);
        }
        QCOMPARE(queue.waiting(), 0);
        QCOMPARE(sent.last().to(), QStringLiteral("user300@tg.example.test"));
    }

    void answersThatFailAtOnceDoNotStallIt()
    {
        int sent = 0;
        SubscriptionAnswerQueue queue(
            [&](QXmppPresence &&) {
                ++sent;
                QXmppPromise<QXmpp::SendResult> failed;
                failed.finish(QXmppError { QStringLiteral("not connected"), {} });
                return failed.task();
            },
            40);
        queue.answer(contacts(100), false);
        QCOMPARE(sent, 100); // denying is one "unsubscribed" each
        QCOMPARE(queue.waiting(), 0);
        QCOMPARE(queue.inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(SubscriptionAnswerQueueTest)
#include "tst_subscriptionanswerqueue.moc"
