// SPDX-License-Identifier: GPL-3.0-or-later
// Stands in front of QXmpp 1.10's stream reader. That reader appends every read to a buffer and
// parses the whole buffer again each time, until it parses: a 1 MiB stanza in 1 KiB writes cost
// 13.8 s of CPU on the GUI thread, and a document type declaration mid-stream (which never
// parses) stalled the stream silently for 77 s until the keepalive gave up (issue 10).
//
// The guard takes the socket's bytes instead, finds the ends of stanzas in one pass
// (XmppStreamScanner), and hands QXmpp only whole stanzas, so each is parsed once. It closes the
// stream, with a reason, on
//   - a stanza still incomplete after maxPendingBytes (Prosody's own limit for client streams is
//     256 KiB; 512 KiB leaves room for a server that allows more),
//   - a document type or entity declaration (RFC 6120 §11.1 forbids them),
//   - a whole stanza QXmpp cannot parse (its reader would wait for ever).
//
// QXmpp does not let a client replace or precede its reader: the socket's readyRead is connected
// to a private class. The guard disconnects that one connection and calls the reader's exported
// but undeclared processData() itself; this is tied to QXmpp 1.10's layout, so other versions
// get no guard and a warning (installed() is false).
#pragma once

#include <QObject>

#include "XmppStreamScanner.h"

class QSslSocket;
class QXmppClient;

class StreamReaderGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype maxPendingBytes = 512 * 1024;

    explicit StreamReaderGuard(QXmppClient *client);

    bool installed() const { return m_reader != nullptr; }

Q_SIGNALS:
    // The stream was closed for this reason (a sentence for the person).
    void streamRefused(const QString &reason);

private Q_SLOTS:
    void markParsed();

private:
    void read();
    void refuse(const QString &reason);

    QSslSocket *m_socket = nullptr;
    QObject *m_reader = nullptr; // QXmpp's XmppSocket
    XmppStreamScanner m_scanner;
    bool m_parsed = false; // QXmpp's reader took the last unit handed to it
    bool m_refused = false; // until the next connection
};
