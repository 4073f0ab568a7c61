// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

#include <QLocale>
#include <QRegularExpression>

#include "PlainTextMarkup.h"

QString DisplayText::asPlainText(const QString &text) const
{
    return plainTextMarkup(text);
}

bool DisplayText::isOpenableLink(const QString &link) const
{
    for (const QLatin1String scheme :
        { QLatin1String("https:"), QLatin1String("xmpp:"), QLatin1String("geo:") }) {
        if (link.startsWith(scheme, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QString DisplayText::shortTime(const QDateTime &time) const
{
    if (!time.isValid()) {
        return {};
    }
    const QLocale locale;
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    const QString format = locale.timeFormat(QLocale::ShortFormat).remove(seconds);
    return locale.toString(time.toLocalTime().time(), format);
}
