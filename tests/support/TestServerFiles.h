// SPDX-License-Identifier: GPL-3.0-or-later
// What the server fixtures share: where the build root keeps the test certificates, handing a
// directory to the system user a server runs as, and waiting until a server accepts connections.
#pragma once

#include <functional>
#include <pwd.h>
#include <unistd.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QString>
#include <QTcpSocket>
#include <QThread>

namespace TestServerFiles {
inline QString certificateDirectory()
{
    return QStringLiteral("/etc/isthmus-test");
}

// Gives `path` to the system user `user` (servers refuse to run as root); false if impossible.
inline bool chownToUser(const QString &path, const char *user)
{
    const passwd *entry = getpwnam(user);
    if (!entry) {
        return false;
    }
    return ::chown(QFile::encodeName(path).constData(), entry->pw_uid, entry->pw_gid) == 0;
}

// Polls until address:port accepts a TCP connection; false at the timeout or as soon as
// `starting()` says the server gave up (its process ended, it logged a fatal error).
inline bool waitForListener(
    const QString &address, quint16 port, int timeoutMs, const std::function<bool()> &starting)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!starting()) {
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(address), port);
        if (socket.waitForConnected(200)) {
            return true;
        }
        QThread::msleep(50);
    }
    return false;
}
} // namespace TestServerFiles
