// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmojiFont.h"

#include <QFontDatabase>
#include <QFontInfo>
#include <QGuiApplication>

#include "Logging.h"

namespace EmojiFont {

QString installedFamily(const QStringList &candidates)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &candidate : candidates) {
        if (installed.contains(candidate, Qt::CaseInsensitive)) {
            return candidate;
        }
    }
    return {};
}

QFont withFallback(const QFont &font, const QString &family)
{
    QStringList families = font.families();
    if (families.isEmpty()) {
        families.append(font.family());
    }
    if (family.isEmpty() || families.contains(family, Qt::CaseInsensitive)) {
        return font;
    }
    families.append(family);
    QFont result = font;
    result.setFamilies(families);
    return result;
}

void installFallback()
{
    const QString family = installedFamily();
    if (family.isEmpty()) {
        qCInfo(lcDesktop) << "no colour emoji font installed: emoji use the system's fallback";
        return;
    }
    // The family as resolved: the default is often an alias ("Sans Serif") that no font carries,
    // and a family list skips those, so the emoji font would become the text font.
    QFont font = QGuiApplication::font();
    font.setFamilies({ QFontInfo(font).family() });
    QGuiApplication::setFont(withFallback(font, family));
}

} // namespace EmojiFont
