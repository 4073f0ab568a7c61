// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackRelay.h"

#include <QHostAddress>

LoopbackRelay::LoopbackRelay(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackRelay::accept);
}

bool LoopbackRelay::listen(const QString &host, quint16 port)
{
    m_host = host;
    m_port = port;
    return m_server.listen(QHostAddress::LocalHost);
}

void LoopbackRelay::cutAfterClientBytes(qint64 bytes)
{
    m_budget = bytes;
}

void LoopbackRelay::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_connections;
        // Shared by the two sockets' connections, which end with the sockets.
        auto link = std::make_shared<Link>();
        link->client = client;
        link->server = new QTcpSocket(this);
        client->setParent(this);
        connect(link->server, &QTcpSocket::connected, this, [link] {
            link->server->write(link->waiting);
            link->waiting.clear();
        });
        connect(client, &QTcpSocket::readyRead, this, [this, link] { fromClient(*link); });
        connect(link->server, &QTcpSocket::readyRead, this, [link] {
            if (link->client && link->client->state() == QAbstractSocket::ConnectedState) {
                link->client->write(link->server->readAll());
            }
        });
        // Either end's close closes the other, once what it sent has gone on.
        connect(client, &QTcpSocket::disconnected, this, [link] {
            if (link->server) {
                link->server->disconnectFromHost();
            }
        });
        connect(link->server, &QTcpSocket::disconnected, this, [link] {
            if (link->client && link->client->state() == QAbstractSocket::ConnectedState) {
                link->client->write(link->server->readAll());
                link->client->disconnectFromHost();
            }
        });
        link->server->connectToHost(m_host, m_port);
    }
}

void LoopbackRelay::fromClient(Link &link)
{
    QByteArray data = link.client->readAll();
    const bool cutting = m_budget >= 0 && data.size() >= m_budget;
    if (m_budget >= 0) {
        data.truncate(std::min<qint64>(data.size(), m_budget));
        m_budget -= data.size();
    }
    if (link.server->state() == QAbstractSocket::ConnectedState) {
        link.server->write(data);
    } else {
        link.waiting.append(data);
    }
    if (cutting) {
        m_budget = -1;
        cut(link);
    }
}

void LoopbackRelay::cut(Link &link)
{
    // The server gets what was relayed, then the end of the stream; the client's side is gone
    // at once, as a broken network leaves it.
    link.client->disconnect(this);
    link.client->abort();
    link.server->flush();
    link.server->disconnectFromHost();
}
