// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkNames.h"

QString NetworkNames::nameOf(const QString &network)
{
    // Brand names stay as they are in every language; only the generic ones are translated.
    if (network.isEmpty()) {
        return QStringLiteral("XMPP");
    }
    static const QHash<QString, QString> brands {
        { QStringLiteral("irc"), QStringLiteral("IRC") },
        { QStringLiteral("telegram"), QStringLiteral("Telegram") },
        { QStringLiteral("signal"), QStringLiteral("Signal") },
        { QStringLiteral("whatsapp"), QStringLiteral("WhatsApp") },
        { QStringLiteral("matrix"), QStringLiteral("Matrix") },
        { QStringLiteral("discord"), QStringLiteral("Discord") },
        { QStringLiteral("slack"), QStringLiteral("Slack") },
    };
    if (const auto brand = brands.constFind(network); brand != brands.cend()) {
        return *brand;
    }
    if (network == u"sms") {
        return tr("SMS");
    }
    if (network == u"pstn") {
        return tr("Phone");
    }
    return {};
}
