// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalSocket>

#include "Logging.h"

namespace {
constexpr int maxMessage = 4096; // a URI, not a file: anything longer is not ours
}

SingleInstance::SingleInstance(const QString &profileDirectory, QObject *parent)
    : QObject(parent)
    // Per user (the socket lives in the user's runtime directory) and per profile.
    , m_name(QStringLiteral("isthmus-%1")
              .arg(QString::fromLatin1(QCryptographicHash::hash(
                  QDir(profileDirectory).absolutePath().toUtf8(), QCryptographicHash::Sha256)
                      .toHex()
                      .left(16))))
{
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine() && socket->bytesAvailable() < maxMessage) {
                    return;
                }
                const QString message = QString::fromUtf8(socket->readLine(maxMessage)).trimmed();
                socket->write("ok\n");
                socket->flush();
                socket->disconnectFromServer();
                qCInfo(lcModels) << "another start handed over" << message;
                Q_EMIT messageReceived(message);
            });
        }
    });
}

bool SingleInstance::handOver(const QString &message)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(500)) {
        socket.write(message.toUtf8().left(maxMessage - 1) + '\n');
        socket.flush();
        // The first instance answers once it has the message; then this one may exit.
        return socket.waitForReadyRead(3000) && socket.readLine().startsWith("ok");
    }
    // Nobody answers: a socket left by a crashed instance is stale, take its place.
    QLocalServer::removeServer(m_name);
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server.listen(m_name)) {
        qCWarning(lcModels) << "single instance: cannot listen on" << m_name << m_server.errorString();
    }
    return false;
}
