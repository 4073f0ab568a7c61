// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationPolicy.h"

#include <algorithm>

#include <QCoreApplication>

#include "storage/Message.h"

bool NotificationPolicy::shouldNotify(const Message &message, const Context &context)
{
    // Our own messages come back as carbons from our other devices: never news to us.
    if (message.outgoing || message.sender == message.account) {
        return false;
    }
    if (message.body.trimmed().isEmpty() || message.retracted || !isNews(message.kind)) {
        return false;
    }
    return context.notificationsEnabled && !context.chatMuted && !context.chatOnScreen;
}

QString NotificationPolicy::preview(const QString &body, int maxChars)
{
    // simplified(): a message of many lines would push the others out of the bubble.
    const QString line = body.simplified();
    if (line.size() <= maxChars) {
        return line;
    }
    // Never cut a surrogate pair (emoji) in half.
    int cut = maxChars - 1;
    if (cut > 0 && line.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return line.left(cut) + QChar(0x2026);
}

QString NotificationPolicy::summary(const QStringList &previews, int maxLines, qsizetype notKept)
{
    const auto cut = std::max<qsizetype>(0, previews.size() - maxLines);
    const auto hidden = cut + notKept;
    if (hidden == 0) {
        return previews.join(QLatin1Char('\n'));
    }
    QStringList lines = previews.mid(cut);
    lines.prepend(QCoreApplication::translate("NotificationPolicy", "(%1 earlier messages)").arg(hidden));
    return lines.join(QLatin1Char('\n'));
}
