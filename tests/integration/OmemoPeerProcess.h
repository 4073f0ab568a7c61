// SPDX-License-Identifier: GPL-3.0-or-later
// The independent OMEMO peer (tests/support/peers/omemo_peer.py: slixmpp-omemo and python-omemo)
// as a process driven from a test: what it reported, one JSON object per line.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "ProsodyServer.h"

class OmemoPeerProcess
{
public:
    // versions: "legacy" (a Conversations-like device), "omemo2" (Kaidan-like) or "both".
    bool start(const ProsodyServer &server, const QString &jid, const QString &password,
        const QString &storePath, const QString &versions)
    {
        m_events.clear();
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            while (m_process.canReadLine()) {
                const QJsonObject event = QJsonDocument::fromJson(m_process.readLine()).object();
                if (!event.isEmpty())
                    m_events.append(event);
            }
        });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
            const QByteArray text = m_process.readAllStandardError();
            if (!text.trimmed().isEmpty())
                qWarning("omemo_peer: %s", text.constData());
        });
        m_process.start(QStringLiteral("python3"),
            { qEnvironmentVariable("ISTHMUS_SOURCE_DIR")
                    + QStringLiteral("/tests/support/peers/omemo_peer.py"),
                QStringLiteral("--jid"), jid, QStringLiteral("--password"), password,
                QStringLiteral("--host"), server.address(), QStringLiteral("--port"),
                QString::number(server.clientPort()), QStringLiteral("--store"), storePath,
                QStringLiteral("--versions"), versions });
        return QTest::qWaitFor([this] { return !events(QStringLiteral("ready")).isEmpty(); }, 60000);
    }
    void stop()
    {
        send(QJsonObject { { QStringLiteral("quit"), true } });
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    ~OmemoPeerProcess() { stop(); }

    // envelopeFrom (OMEMO 2 only): a forged XEP-0420 <from/> instead of the peer's own JID.
    void sendText(const QString &to, const QString &text, const QString &version, const QString &id,
        const QString &envelopeFrom = {})
    {
        send(QJsonObject { { QStringLiteral("send"), text }, { QStringLiteral("to"), to },
            { QStringLiteral("version"), version }, { QStringLiteral("id"), id },
            { QStringLiteral("envelope_from"), envelopeFrom } });
    }
    QList<QJsonObject> events(const QString &kind) const
    {
        QList<QJsonObject> found;
        for (const QJsonObject &event : m_events) {
            if (event.value(QStringLiteral("event")).toString() == kind)
                found.append(event);
        }
        return found;
    }
    // The decrypted message with this body (empty object when none yet).
    QJsonObject messageWithBody(const QString &body) const
    {
        for (const QJsonObject &m : events(QStringLiteral("message"))) {
            if (m.value(QStringLiteral("body")).toString() == body)
                return m;
        }
        return {};
    }
    quint32 deviceId() const
    {
        return quint32(events(QStringLiteral("ready")).value(0).value(QStringLiteral("device")).toInteger());
    }
    QString dump() const
    {
        QStringList lines;
        for (const QJsonObject &event : m_events)
            lines.append(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
        return lines.join(u'\n');
    }

private:
    void send(const QJsonObject &command)
    {
        if (m_process.state() == QProcess::Running)
            m_process.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
    }

    QProcess m_process;
    QList<QJsonObject> m_events;
};
