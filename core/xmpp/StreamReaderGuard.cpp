// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamReaderGuard.h"

#include <QDomElement>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QXmppClient.h>
#include <QXmppGlobal.h>
#include <QXmppOutgoingClient.h>

#if QXMPP_VERSION >= QT_VERSION_CHECK(1, 10, 0) && QXMPP_VERSION < QT_VERSION_CHECK(1, 11, 0)
#define ISTHMUS_STREAM_READER_GUARD 1
// QXmpp 1.10's reader (src/base/XmppSocket.h, not installed): the class is exported, and only
// this member is declared here, to hand it the bytes the guard lets through. Its first base is
// QXmppLoggable, so the object's address is its QObject's.
namespace QXmpp::Private {
class XmppSocket : public QXmppLoggable
{
public:
    void processData(const QString &data);
};
} // namespace QXmpp::Private
#endif

Q_LOGGING_CATEGORY(lcStreamGuard, "isthmus.xmpp.stream")

StreamReaderGuard::StreamReaderGuard(QXmppClient *client) : QObject(client)
{
#ifdef ISTHMUS_STREAM_READER_GUARD
    // The client's stream is private too, but an exported child object.
    auto *stream = client->findChild<QXmppOutgoingClient *>();
    auto *reader = stream ? static_cast<QObject *>(&stream->xmppSocket()) : nullptr;
    m_socket = stream ? stream->socket() : nullptr;
    // Exactly QXmpp's one reading connection; if it is not there, QXmpp changed: no guard.
    if (!m_socket || !QObject::disconnect(m_socket, SIGNAL(readyRead()), reader, nullptr)) {
        qCWarning(lcStreamGuard) << "QXmpp's stream reader was not found; incoming streams are unguarded";
        return;
    }
    m_reader = reader;
    connect(m_socket, &QSslSocket::readyRead, this, &StreamReaderGuard::read);
    const auto reset = [this] {
        m_scanner.reset();
        m_refused = false;
    };
    connect(m_socket, &QSslSocket::connected, this, reset);
    connect(m_socket, &QSslSocket::encrypted, this, reset);
    // Whatever QXmpp's reader makes of a unit, it says so synchronously with one of these.
    connect(m_reader, SIGNAL(stanzaReceived(QDomElement)), this, SLOT(markParsed()));
    connect(m_reader, SIGNAL(streamReceived(QDomElement)), this, SLOT(markParsed()));
    connect(m_reader, SIGNAL(streamClosed()), this, SLOT(markParsed()));
#else
    Q_UNUSED(client)
    qCWarning(lcStreamGuard) << "built for another QXmpp than 1.10; incoming streams are unguarded";
#endif
}

void StreamReaderGuard::markParsed()
{
    m_parsed = true;
}

void StreamReaderGuard::read()
{
#ifdef ISTHMUS_STREAM_READER_GUARD
    const QByteArray bytes = m_socket->readAll();
    if (m_refused) {
        return;
    }
    if (!m_scanner.feed(bytes)) {
        refuse(QStringLiteral("The server sent %1, which XMPP does not allow.").arg(m_scanner.error()));
        return;
    }
    const QByteArray complete = m_scanner.takeComplete();
    if (!complete.isEmpty()) {
        m_parsed = false;
        // Units end after '>' or whitespace, never inside a UTF-8 sequence.
        static_cast<QXmpp::Private::XmppSocket *>(m_reader)->processData(QString::fromUtf8(complete));
        if (!m_parsed && m_socket->state() == QAbstractSocket::ConnectedState) {
            refuse(QStringLiteral("The server sent XML that cannot be read."));
            return;
        }
    }
    if (m_scanner.pendingSize() > maxPendingBytes) {
        refuse(QStringLiteral("The server sent a stanza larger than %1 KiB.").arg(maxPendingBytes / 1024));
    }
#endif
}

void StreamReaderGuard::refuse(const QString &reason)
{
    m_refused = true;
    m_scanner.reset();
    qCWarning(lcStreamGuard).noquote() << "closing the stream:" << reason;
    Q_EMIT streamRefused(reason);
    // Like a dropped connection: the account's reconnection (with its backoff) takes over. Not
    // from inside the socket's own signal.
    QMetaObject::invokeMethod(m_socket, &QAbstractSocket::abort, Qt::QueuedConnection);
}
