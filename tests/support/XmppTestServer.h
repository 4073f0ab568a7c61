// SPDX-License-Identifier: GPL-3.0-or-later
// What every real test server (Prosody, ejabberd) offers a test: start and stop it, make
// accounts, and where to connect. The subclasses know how their server is configured.
#pragma once

#include <QString>

class XmppTestServer
{
public:
    virtual ~XmppTestServer() = default;
    XmppTestServer(const XmppTestServer &) = delete;
    XmppTestServer &operator=(const XmppTestServer &) = delete;

    // Starts and waits until clients can connect. On failure, error() says why.
    virtual bool start() = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;
    // Creates user@domain with the password; false (and error()) if that failed.
    virtual bool createAccount(const QString &user, const QString &password) = 0;
    // A new account with a unique name starting with prefix; returns its bare JID.
    QString createUniqueAccount(const QString &prefix, const QString &password);

    const QString &domain() const { return m_domain; }
    const QString &address() const { return m_address; }
    quint16 clientPort() const { return m_clientPort; }
    quint16 serverPort() const { return m_serverPort; }
    const QString &error() const { return m_error; }

protected:
    XmppTestServer(QString domain, QString address);

    quint16 m_clientPort = 0;
    quint16 m_serverPort = 0;
    QString m_error;

private:
    QString m_domain;
    QString m_address;
    int m_accountCounter = 0;
};
