// SPDX-License-Identifier: GPL-3.0-or-later
// A real Prosody 13 for one test (or the demo): its own temporary directory, free loopback
// ports, the modules a modern client needs, accounts on demand. Stopped when destroyed.
#pragma once

#include <memory>

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "XmppTestServer.h"

class ProsodyServer : public XmppTestServer
{
public:
    enum class Certificate {
        Trusted, // signed by the test CA the build root trusts
        Untrusted, // signed by a CA nobody trusts
        Mismatched, // trusted CA, but issued for another domain
    };

    enum class Registration {
        Open, // in-band registration (XEP-0077) for anyone
        Closed, // no in-band registration offered
        Blocked, // offered, but refused for the loopback addresses the tests connect from
    };

    struct Options
    {
        QString domain = QStringLiteral("example.test");
        QString address = QStringLiteral("127.0.0.2"); // where /etc/hosts puts the domain
        quint16 serverPort = 0; // s2s; 0: a free port. Federation needs 5269, where peers look.
        Certificate certificate = Certificate::Trusted;
        Registration registration = Registration::Open;
        QString directory; // empty: a fresh temporary directory
        // External components (XEP-0114) the server accepts on componentPort() with componentSecret().
        QStringList components;
        // Components the virtual host grants XEP-0356 privileges (mod_privilege: roster and
        // outgoing messages), as Slidge needs to fill the roster.
        QStringList privilegedComponents;
        // Keeps everything in one SQLite file (sqlDatabasePath()) instead of Prosody's flat files,
        // as servers with large archives do: a page of the archive is an index lookup there.
        bool sqlStorage = false;
    };

    ProsodyServer();
    explicit ProsodyServer(Options options);
    ~ProsodyServer();

    bool start() override;
    void stop() override;
    void kill(); // SIGKILL, as a crash would
    bool restart();
    bool isRunning() const override;

    // Creates user@domain with the password; false (and error()) if prosodyctl failed.
    bool createAccount(const QString &user, const QString &password) override;

    quint16 httpPort() const { return m_httpPort; }
    quint16 componentPort() const { return m_componentPort; }
    static QString componentSecret() { return QStringLiteral("component-secret"); }
    QString directory() const { return m_directory; }
    QString configPath() const;
    QString sqlDatabasePath() const;
    QString log() const;

    static quint16 freePort(const QString &address);

private:
    bool writeConfig();
    bool waitUntilListening(int timeoutMs);

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_directory;
    QProcess m_process;
    quint16 m_httpPort = 0;
    quint16 m_componentPort = 0;
};
