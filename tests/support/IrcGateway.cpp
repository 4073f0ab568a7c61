// SPDX-License-Identifier: GPL-3.0-or-later
#include "IrcGateway.h"

#include <QFile>
#include <QTest>

#include "ProcessStopper.h"
#include "ProsodyServer.h"
#include "TestServerFiles.h"

namespace {
bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(text.toUtf8()) == text.toUtf8().size();
}
} // namespace

IrcGateway::IrcGateway(QString domain) : m_domain(std::move(domain))
{
    // ngircd drops to the irc user and must still reach its files.
    QFile::setPermissions(m_dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
    m_ircd.setProcessChannelMode(QProcess::MergedChannels);
    m_ircd.setStandardOutputFile(m_dir.filePath(QStringLiteral("ngircd.log")));
    m_biboumi.setProcessChannelMode(QProcess::MergedChannels);
    m_biboumi.setStandardOutputFile(m_dir.filePath(QStringLiteral("biboumi.log")));
}

IrcGateway::~IrcGateway()
{
    stopProcess(m_biboumi, 3000);
    stopProcess(m_ircd, 3000);
}

QString IrcGateway::log() const
{
    QString text;
    for (const char *name : { "ngircd.log", "biboumi.log" }) {
        QFile file(m_dir.filePath(QLatin1String(name)));
        if (file.open(QIODevice::ReadOnly)) {
            text += QStringLiteral("--- %1\n").arg(QLatin1String(name))
                + QString::fromUtf8(file.readAll().right(6000));
        }
    }
    return text;
}

bool IrcGateway::start(const ProsodyServer &server)
{
    m_ircPort = ProsodyServer::freePort(ircHost());
    // Every client (Biboumi's and the test's) comes from 127.0.0.1: no per-address limit.
    const QString ircdConfig = QStringLiteral(R"([Global]
    Name = irc.test.invalid
    Info = Isthmus test IRC server
    Listen = %1
    Ports = %2
    MotdPhrase = "test server"
    PidFile = %3/ngircd.pid
    ServerUID = irc
    ServerGID = irc
[Limits]
    MaxConnectionsIP = 0
    MaxJoins = 0
    PingTimeout = 600
[Options]
    PAM = no
    Ident = no
    DNS = no
)")
                                   .arg(ircHost())
                                   .arg(m_ircPort)
                                   .arg(m_dir.path());
    const QString bibConfig
        = QStringLiteral("hostname=%1\npassword=%2\nxmpp_server_ip=127.0.0.1\nport=%3\n"
                         "db_name=%4/biboumi.sqlite\nidentd_port=0\noutgoing_bind=127.0.0.1\n"
                         "log_level=0\nrealname_customization=true\npolicy_directory=%4\n")
              .arg(m_domain, ProsodyServer::componentSecret())
              .arg(server.componentPort())
              .arg(m_dir.path());
    if (!writeFile(m_dir.filePath(QStringLiteral("ngircd.conf")), ircdConfig)
        || !writeFile(m_dir.filePath(QStringLiteral("biboumi.cfg")), bibConfig)
        || !writeFile(m_dir.filePath(QStringLiteral("policy.txt")), QString())) {
        m_error = QStringLiteral("cannot write the IRC configuration");
        return false;
    }
    m_ircd.start(QStringLiteral("ngircd"),
        { QStringLiteral("-n"), QStringLiteral("-f"), m_dir.filePath(QStringLiteral("ngircd.conf")) });
    if (!TestServerFiles::waitForListener(
            ircHost(), m_ircPort, 15000, [this] { return m_ircd.state() != QProcess::NotRunning; })) {
        m_error = QStringLiteral("ngircd is not listening\n") + log();
        return false;
    }
    m_biboumi.start(QStringLiteral("biboumi"), { m_dir.filePath(QStringLiteral("biboumi.cfg")) });
    // Biboumi logs its successful component handshake ("Authenticated with the XMPP server").
    const bool connected = QTest::qWaitFor(
        [this] {
            return m_biboumi.state() == QProcess::NotRunning || log().contains(QLatin1String("uthenticated"));
        },
        15000);
    if (!connected || m_biboumi.state() == QProcess::NotRunning) {
        m_error = QStringLiteral("biboumi did not connect to the server\n") + log();
        return false;
    }
    return true;
}

void IrcGateway::stopGateway()
{
    stopProcess(m_biboumi, 3000);
}
