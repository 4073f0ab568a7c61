// SPDX-License-Identifier: GPL-3.0-or-later
// Brings a lost connection back: the first attempt at once (a dropped link is usually back, and
// the server still holds the stream for resumption, XEP-0198), then with exponential backoff
// and jitter up to a minute. QXmpp 1.10's own reconnection waits 10 s even for the first try
// (measured in tst_stream_resumption), which leaves a chat silent that long after a blip.
// A stream counts as back only once it has lived a while: one that the server closes right after
// it was established (say, for a stanza of ours it refuses, sent again on every connect) would
// otherwise be reopened at once, for ever, hundreds of times a minute.
#pragma once

#include <QObject>
#include <QTimer>

class QXmppClient;

class Reconnector : public QObject
{
    Q_OBJECT
public:
    static constexpr int firstRetryMs = 1000;
    static constexpr int maxRetryMs = 60000;
    // A stream that lived this long ends the backoff; one that died sooner does not.
    static constexpr int stableAfterMs = 10000;

    explicit Reconnector(QXmppClient *client, QObject *parent = nullptr);

    // The person wants the account online: losses from now on are repaired.
    void enable();
    // Offline on purpose, or a problem retrying cannot fix (wrong password, bad certificate).
    void disable();
    // How long the next retry waits, before jitter; 0 for the first after a loss.
    int nextDelayMs() const;

Q_SIGNALS:
    // A retry starts after `delayMs` (for logs and tests).
    void retryScheduled(int delayMs);

private:
    void schedule();
    void retry();

    QXmppClient *m_client;
    QTimer m_timer;
    QTimer m_stable; // runs while a fresh stream proves itself
    bool m_enabled = false;
    int m_failures = 0; // attempts since the last stream that lived stableAfterMs
};
