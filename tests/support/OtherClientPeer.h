// SPDX-License-Identifier: GPL-3.0-or-later
// Another client, independent of QXmpp (tests/support/peers/other_client.py, slixmpp), driven
// from a test: the process and what it reported, one JSON object per line.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "ProsodyServer.h"

class OtherClient
{
public:
    bool start(const ProsodyServer &server, const QString &jid, const QString &password)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setReadChannel(QProcess::StandardOutput);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            while (m_process.canReadLine()) {
                const auto line = m_process.readLine();
                const QJsonObject event = QJsonDocument::fromJson(line).object();
                if (!event.isEmpty())
                    m_events.append(event);
            }
        });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
            [this] { qWarning("other_client: %s", m_process.readAllStandardError().constData()); });
        m_process.start(QStringLiteral("python3"),
            { qEnvironmentVariable("ISTHMUS_SOURCE_DIR")
                    + QStringLiteral("/tests/support/peers/other_client.py"),
                QStringLiteral("--jid"), jid, QStringLiteral("--password"), password,
                QStringLiteral("--host"), server.address(), QStringLiteral("--port"),
                QString::number(server.clientPort()) });
        return QTest::qWaitFor([this] { return !events(QStringLiteral("ready")).isEmpty(); }, 30000);
    }
    ~OtherClient()
    {
        send(QJsonObject { { QStringLiteral("quit"), true } });
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    void sendRaw(const QString &xml) { send(QJsonObject { { QStringLiteral("raw"), xml } }); }
    QList<QJsonObject> events(const QString &kind) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &event : m_events) {
            if (event.value(QStringLiteral("event")).toString() == kind)
                found.append(event);
        }
        return found;
    }
    void send(const QJsonObject &command)
    {
        if (m_process.state() == QProcess::Running)
            m_process.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
    }
    QList<QJsonObject> messages() const { return events(QStringLiteral("message")); }
    // The first received message with this body (empty object when none yet).
    QJsonObject messageWithBody(const QString &body) const
    {
        for (const QJsonObject &m : messages()) {
            if (m.value(QStringLiteral("body")).toString() == body)
                return m;
        }
        return {};
    }
    QString fullJid() const
    {
        return events(QStringLiteral("ready")).value(0).value(QStringLiteral("jid")).toString();
    }

private:
    QProcess m_process;
    QList<QJsonObject> m_events;
};
