// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubscriptionAnswerQueue.h"

#include <algorithm>

SubscriptionAnswerQueue::SubscriptionAnswerQueue(Send send, int batchSize, QObject *parent)
    : QObject(parent), m_send(std::move(send)), m_batchSize(std::max(1, batchSize))
{ }

void SubscriptionAnswerQueue::answer(const QStringList &bareJids, bool approve)
{
    for (const QString &jid : bareJids) {
        QXmppPresence answer(approve ? QXmppPresence::Subscribed : QXmppPresence::Unsubscribed);
        answer.setTo(jid);
        m_queue.append(answer);
        if (approve) {
            QXmppPresence request(QXmppPresence::Subscribe);
            request.setTo(jid);
            m_queue.append(request);
        }
    }
    sendBatches();
}

void SubscriptionAnswerQueue::sendBatches()
{
    while (m_inFlight == 0 && !m_queue.isEmpty()) {
        const qsizetype count = std::min<qsizetype>(m_batchSize, m_queue.size());
        QList<QXmppPresence> batch = m_queue.mid(0, count);
        m_queue.remove(0, count);
        m_inFlight += int(count);
        for (QXmppPresence &presence : batch) {
            // The next batch goes from the event loop, not from inside QXmpp's handling of the
            // server's acknowledgement. A send that fails at once (not connected) finishes here,
            // and this loop goes on.
            m_send(std::move(presence)).then(this, [this](QXmpp::SendResult &&) {
                if (--m_inFlight == 0) {
                    QMetaObject::invokeMethod(
                        this, &SubscriptionAnswerQueue::sendBatches, Qt::QueuedConnection);
                }
            });
        }
    }
}
