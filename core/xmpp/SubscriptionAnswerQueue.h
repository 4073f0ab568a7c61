// SPDX-License-Identifier: GPL-3.0-or-later
// Answers many subscription requests at once (a gateway's burst: one per legacy contact) a batch
// at a time: the next batch goes once the server has taken every stanza of the one before (stream
// management acks). 301 approvals sent at once were 602 stanzas that kept Prosody busy for over a
// minute under load; it answered no ping within our 20 s, we reconnected, and sent again.
#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QXmppPresence.h>
#include <QXmppSendResult.h>
#include <QXmppTask.h>

class SubscriptionAnswerQueue : public QObject
{
    Q_OBJECT
public:
    using Send = std::function<QXmppTask<QXmpp::SendResult>(QXmppPresence &&)>;

    // batchSize: stanzas in flight at most.
    explicit SubscriptionAnswerQueue(Send send, int batchSize = 40, QObject *parent = nullptr);

    // Approving is "subscribed" and our own "subscribe" back; denying is "unsubscribed".
    void answer(const QStringList &bareJids, bool approve);
    qsizetype waiting() const { return m_queue.size(); }
    int inFlight() const { return m_inFlight; }

private:
    void sendBatches();

    Send m_send;
    int m_batchSize;
    QList<QXmppPresence> m_queue;
    int m_inFlight = 0;
};
