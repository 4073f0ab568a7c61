// SPDX-License-Identifier: GPL-3.0-or-later
// One running Isthmus per profile (data directory): a second start hands its xmpp: URI to the
// first over a local socket and exits, so links from other apps open in the window you have.
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &profileDirectory, QObject *parent = nullptr);

    // True when another instance took `message` (the caller should exit); false when this one
    // is the first and now listens for the others.
    bool handOver(const QString &message);

    const QString &serverName() const { return m_name; }

Q_SIGNALS:
    // Another start asked for this (its xmpp: URI, or empty just to come to the front).
    void messageReceived(const QString &message);

private:
    QString m_name;
    QLocalServer m_server;
};
