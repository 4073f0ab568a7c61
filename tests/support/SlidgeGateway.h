// SPDX-License-Identifier: GPL-3.0-or-later
// Slidge (python3-slidge) with the in-memory legacy network of peers/slidge_memnet as an external
// component (XEP-0114) of a running ProsodyServer, which must list domain() in its
// Options::components and Options::privilegedComponents (mod_privilege, XEP-0356). Its state
// (registered users, contacts) lives in a directory that outlasts stop()/start(), as a real
// gateway's does. Stopped when destroyed.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

class ProsodyServer;

class SlidgeGateway
{
public:
    explicit SlidgeGateway(QString domain = QStringLiteral("memnet.example.test"));
    ~SlidgeGateway();

    // Starts Slidge and waits until the server accepted it; false (and error()) otherwise.
    bool start(const ProsodyServer &server);
    void stop(); // SIGTERM: Slidge says goodbye to its users (unavailable presence)
    void kill(); // SIGKILL: gone without a word, as a crash would

    QString domain() const { return m_domain; }
    QString error() const { return m_error; }
    QString log() const;

private:
    QString m_domain;
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_error;
    int m_starts = 0;
};
