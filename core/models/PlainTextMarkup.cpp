// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainTextMarkup.h"

QString plainTextMarkup(const QString &text)
{
    if (text.isEmpty()) {
        return {};
    }
    // The tag makes a label take it as (our own, harmless) rich text and show the entities as
    // the characters they stand for.
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<span>%1</span>").arg(escaped);
}
