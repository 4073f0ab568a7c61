// SPDX-License-Identifier: GPL-3.0-or-later
// A real ejabberd 24.12 for one test: its own config, spool and logs in a temporary directory,
// loopback listeners only, no epmd, accounts on demand. Stopped (beam and all) when destroyed.
#pragma once

#include <memory>

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include "XmppTestServer.h"

class EjabberdServer : public XmppTestServer
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

    bool start() override;
    void stop() override;
    bool isRunning() const override;

    // Creates user@domain on the running server; false (and error()) if ejabberdctl failed.
    bool createAccount(const QString &user, const QString &password) override;

    QString directory() const { return m_tempDir.path(); }
    QString log() const;
    QString errorLines() const; // the log's errors, first line of each

private:
    bool writeConfig();
    bool waitUntilListening(int timeoutMs);
    QStringList ejabberdctl(const QStringList &arguments) const;
    qint64 beamPid() const;

    Options m_options;
    QTemporaryDir m_tempDir;
    QProcess m_process;
    quint16 m_distributionPort = 0;
};
