// SPDX-License-Identifier: GPL-3.0-or-later
// The IRC side of gateway tests: an ngircd on a free loopback port and Biboumi, the IRC gateway,
// as an external component (XEP-0114) of a running ProsodyServer (which must list domain() in
// its Options::components). Biboumi does not know the IRC port until a client sets it through
// the IRC server's "configure" ad-hoc command, as a person would. Stopped when destroyed.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

class ProsodyServer;

class IrcGateway
{
public:
    explicit IrcGateway(QString domain = QStringLiteral("irc.example.test"));
    ~IrcGateway();

    // Starts ngircd, then Biboumi connected to the server; false (and error()) when either failed.
    bool start(const ProsodyServer &server);
    void stopGateway(); // Biboumi only: the gateway goes away, the IRC server stays

    QString domain() const { return m_domain; }
    quint16 ircPort() const { return m_ircPort; }
    // The IRC server's name in JIDs: nick%ircHost()@domain().
    static QString ircHost() { return QStringLiteral("127.0.0.1"); }
    QString error() const { return m_error; }
    QString log() const;

private:
    QString m_domain;
    QTemporaryDir m_dir;
    QProcess m_ircd;
    QProcess m_biboumi;
    quint16 m_ircPort = 0;
    QString m_error;
};
