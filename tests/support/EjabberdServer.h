// SPDX-License-Identifier: GPL-3.0-or-later
// A real ejabberd 24.12 for one test: its own config, spool and logs in a temporary directory,
// loopback listeners only, no epmd, accounts on demand. Stopped (beam and all) when destroyed.
#pragma once

#include <memory>

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

class EjabberdServer
{
public:
    struct Options
    {
        QString domain = QStringLiteral("ejabberd.test");
        QString address = QStringLiteral("127.0.0.3"); // where /etc/hosts puts the domain
        quint16 serverPort = 0; // s2s; 0: a free port. Federation needs 5269, where peers look.
    };

    EjabberdServer();
    explicit EjabberdServer(Options options);
    ~EjabberdServer();
    EjabberdServer(const EjabberdServer &) = delete;
    EjabberdServer &operator=(const EjabberdServer &) = delete;

    // Starts and waits until clients can connect. On failure, error() says why.
    bool start();
    void stop();
    bool isRunning() const;

    // Creates user@domain on the running server; false (and error()) if ejabberdctl failed.
    bool createAccount(const QString &user, const QString &password);
    // A new account with a unique name starting with prefix; returns its bare JID.
    QString createUniqueAccount(const QString &prefix, const QString &password);

    const QString &domain() const { return m_options.domain; }
    const QString &address() const { return m_options.address; }
    quint16 clientPort() const { return m_clientPort; }
    quint16 serverPort() const { return m_serverPort; }
    QString directory() const { return m_tempDir.path(); }
    QString log() const;
    QString errorLines() const; // the log's errors, first line of each
    const QString &error() const { return m_error; }

private:
    bool writeConfig();
    bool waitUntilListening(int timeoutMs);
    QStringList ejabberdctl(const QStringList &arguments) const;
    qint64 beamPid() const;

    Options m_options;
    QTemporaryDir m_tempDir;
    QProcess m_process;
    quint16 m_clientPort = 0;
    quint16 m_serverPort = 0;
    quint16 m_distributionPort = 0;
    QString m_error;
    int m_accountCounter = 0;
};
