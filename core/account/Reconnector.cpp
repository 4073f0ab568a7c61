// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reconnector.h"

#include <algorithm>

#include <QRandomGenerator>
#include <QXmppClient.h>

#include "Logging.h"

Reconnector::Reconnector(QXmppClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Reconnector::retry);
    m_stable.setSingleShot(true);
    m_stable.setInterval(stableAfterMs);
    connect(&m_stable, &QTimer::timeout, this, [this] { m_failures = 0; });
    // Not back yet: only a stream that survives stableAfterMs resets the backoff (m_stable).
    connect(client, &QXmppClient::connected, this, [this] { m_stable.start(); });
    connect(client, &QXmppClient::disconnected, &m_stable, &QTimer::stop);
    // An error during an attempt or while connected, or the server closing the stream: both
    // may come for one loss; schedule() keeps to one pending retry.
    connect(client, &QXmppClient::errorOccurred, this, &Reconnector::schedule);
    connect(client, &QXmppClient::disconnected, this, &Reconnector::schedule);
}

void Reconnector::enable()
{
    m_enabled = true;
    m_failures = 0;
}

void Reconnector::disable()
{
    m_enabled = false;
    m_timer.stop();
    m_stable.stop();
}

int Reconnector::nextDelayMs() const
{
    if (m_failures == 0) {
        return 0;
    }
    const int doublings = std::min(m_failures - 1, 16);
    return std::min(maxRetryMs, firstRetryMs << doublings);
}

void Reconnector::schedule()
{
    if (!m_enabled || m_timer.isActive() || m_client->state() != QXmppClient::DisconnectedState) {
        return;
    }
    int delay = nextDelayMs();
    // ±20 %: clients that lost the same server do not all return in the same instant.
    if (delay > 0) {
        delay += int(QRandomGenerator::global()->bounded(delay * 2 / 5 + 1)) - delay / 5;
    }
    ++m_failures;
    qCInfo(lcAccount) << m_client->configuration().jidBare() << "reconnecting in" << delay << "ms";
    Q_EMIT retryScheduled(delay);
    m_timer.start(delay);
}

void Reconnector::retry()
{
    // A late signal of the previous loss may have scheduled this while a retry already runs.
    if (m_enabled && m_client->state() == QXmppClient::DisconnectedState) {
        m_client->connectToServer(m_client->configuration());
    }
}
