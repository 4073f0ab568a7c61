// SPDX-License-Identifier: GPL-3.0-or-later
// For attack tests: a Prosody that accepts an external component (XEP-0114) for a hostile domain,
// and that component (tests/support/peers/hostile_component.py) started and connected.
#pragma once

#include <QProcess>
#include <QTest>

#include "ProsodyServer.h"

namespace HostileComponent {

inline ProsodyServer::Options serverFor(const QString &domain)
{
    ProsodyServer::Options options;
    options.components = { domain };
    return options;
}

// True once the component said it is connected to the server.
inline bool start(QProcess &peer, const ProsodyServer &server, const QString &domain)
{
    peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    peer.start(QStringLiteral("python3"),
        { qEnvironmentVariable("ISTHMUS_SOURCE_DIR") + QStringLiteral("/tests/support/peers/hostile_component.py"),
            QStringLiteral("--domain"), domain, QStringLiteral("--secret"), ProsodyServer::componentSecret(),
            QStringLiteral("--port"), QString::number(server.componentPort()) });
    return QTest::qWaitFor(
               [&] { return peer.readAllStandardOutput().contains("ready") || peer.state() == QProcess::NotRunning; },
               20000)
        && peer.state() == QProcess::Running;
}

} // namespace HostileComponent
