// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlidgeGateway.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include "ProcessStopper.h"
#include "ProsodyServer.h"

SlidgeGateway::SlidgeGateway(QString domain) : m_domain(std::move(domain))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

SlidgeGateway::~SlidgeGateway()
{
    stopProcess(m_process, 5000);
}

QString SlidgeGateway::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("slidge.log")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().right(12000)) : QString();
}

bool SlidgeGateway::start(const ProsodyServer &server)
{
    ++m_starts;
    QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
    QDir().mkpath(m_dir.filePath(QStringLiteral("uploads")));
    // Appended to across restarts: each run's lines follow the last.
    const qint64 before = QFileInfo(m_dir.filePath(QStringLiteral("slidge.log"))).size();
    m_process.setStandardOutputFile(m_dir.filePath(QStringLiteral("slidge.log")), QIODevice::Append);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONPATH"),
        qEnvironmentVariable("ISTHMUS_SOURCE_DIR") + QStringLiteral("/tests/support/peers"));
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
    m_process.setProcessEnvironment(env);
    const QString domainOfServer = m_domain.section(u'.', 1);
    m_process.start(QStringLiteral("python3"),
        { QStringLiteral("-m"), QStringLiteral("slidge"), QStringLiteral("--legacy-module=slidge_memnet"),
            QStringLiteral("--jid=") + m_domain,
            QStringLiteral("--secret=") + ProsodyServer::componentSecret(),
            QStringLiteral("--server=127.0.0.1"), QStringLiteral("--port=%1").arg(server.componentPort()),
            QStringLiteral("--home-dir=") + m_dir.filePath(QStringLiteral("home")),
            QStringLiteral("--user-jid-validator=.*@") + QRegularExpression::escape(domainOfServer),
            // The QR code's picture goes to a folder, its link to a port nobody listens on: the
            // client draws the code from its text and never fetches the link.
            QStringLiteral("--no-upload-path=") + m_dir.filePath(QStringLiteral("uploads")),
            QStringLiteral("--no-upload-url-prefix=http://127.0.0.1:9/uploads/"),
            QStringLiteral("--qr-timeout=30"), QStringLiteral("--debug") });
    // Slidge logs the component handshake; only this run's lines count (the log outlasts restarts).
    const QString path = m_dir.filePath(QStringLiteral("slidge.log"));
    const bool connected = QTest::qWaitFor(
        [this, &path, before] {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || !file.seek(before)) {
                return m_process.state() == QProcess::NotRunning;
            }
            const QByteArray text = file.readAll();
            return m_process.state() == QProcess::NotRunning || text.contains("successfully started")
                || text.contains("session_start");
        },
        60000);
    if (!connected || m_process.state() == QProcess::NotRunning) {
        m_error = QStringLiteral("slidge did not connect to the server\n") + log();
        return false;
    }
    return true;
}

void SlidgeGateway::stop()
{
    stopProcess(m_process, 10000);
}

void SlidgeGateway::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
}
