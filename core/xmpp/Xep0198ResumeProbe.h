// SPDX-License-Identifier: GPL-3.0-or-later
// After a stream resumption (XEP-0198), one ping (XEP-0199) proves that the server hears the
// resumed stream. Prosody 13.0.1 feeds a resumed stream into the old connection's XML parser:
// when the link broke inside a stanza of ours, whatever we send after resuming lands inside that
// half stanza. It is either never handled (text content: messages, queries and acks vanish, and
// every later resume joins the same session) or refused as not-well-formed (tst_stream_resumption).
// Without an answer the stream is closed, which ends QXmpp's resumption state; the Reconnector
// then opens a new stream and QXmpp sends the unacknowledged stanzas again there.
#pragma once

#include <QObject>
#include <QTimer>

class QXmppClient;

class Xep0198ResumeProbe : public QObject
{
    Q_OBJECT
public:
    // A server busy enough to take longer is treated as one that does not hear us: the cost is a
    // new stream (the roster and the archive asked again), nothing lost.
    static constexpr int answerWithinMs = 10000;

    explicit Xep0198ResumeProbe(QXmppClient *client, QObject *parent = nullptr);

Q_SIGNALS:
    // The resumed stream did not answer: it is being closed for a new one.
    void unheard();

private:
    void probe();
    void giveUp();

    QXmppClient *m_client;
    QTimer m_deadline;
    quint64 m_round = 0; // an answer counts for the resumption that asked
};
