// SPDX-License-Identifier: GPL-3.0-or-later
// The name people know a network by, for the network values GatewayNetworks gives ("irc",
// "telegram", … "" for XMPP): one list for the avatar's badge, the gateway banner and the
// roster's grouping by network.
#pragma once

#include <QObject>
#include <QQmlEngine>

class NetworkNames : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    // "IRC", "Telegram", …, "XMPP" for ""; empty for a network without a name of its own
    // ("gateway": a gateway of another kind). Callers choose their own fallback.
    static QString nameOf(const QString &network);
    Q_INVOKABLE QString title(const QString &network) const { return nameOf(network); }
};
