// SPDX-License-Identifier: GPL-3.0-or-later
// A TCP relay on loopback between a client and a test server, for links that break where a test
// says: TLS passes through it untouched, and a cut can fall inside whatever the client is sending
// (a stanza larger than one TLS record arrives at the server in part), which `ss -K` cannot aim.
#pragma once

#include <memory>

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

class LoopbackRelay : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRelay(QObject *parent = nullptr);

    // Listens on 127.0.0.1 (any free port) and relays every connection to host:port.
    bool listen(const QString &host, quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

    // Relays `bytes` more of what clients send, then the link breaks: the server reads what got
    // through and then the end of the connection, the client's socket is aborted. Later
    // connections are relayed whole again.
    void cutAfterClientBytes(qint64 bytes);

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
        QByteArray waiting; // from the client, before the server's side is connected
    };

    void accept();
    void fromClient(Link &link);
    void cut(Link &link);

    QTcpServer m_server;
    QString m_host;
    quint16 m_port = 0;
    qint64 m_budget = -1; // client bytes still relayed before the cut; -1: no cut armed
    int m_connections = 0;
};
