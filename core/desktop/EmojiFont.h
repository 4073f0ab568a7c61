// SPDX-License-Identifier: GPL-3.0-or-later
// Colour emoji in every text of the app. Qt 6.8 falls back through fontconfig for characters the
// UI font lacks, and on many Linux systems that finds a monochrome symbol font first (emoji then
// show as grey outlines). Naming an installed colour emoji font as the UI font's own fallback fixes
// that without changing the UI font itself.
#pragma once

#include <QFont>
#include <QStringList>

namespace EmojiFont {
// The first installed colour emoji family of these, or empty.
QString installedFamily(
    const QStringList &candidates = { QStringLiteral("Noto Color Emoji"), QStringLiteral("Twemoji"),
        QStringLiteral("JoyPixels"), QStringLiteral("Apple Color Emoji"), QStringLiteral("Segoe UI Emoji") });
// `font` with `family` after its own families (unchanged when empty or already there).
QFont withFallback(const QFont &font, const QString &family);
// Sets the application font to the current one with the installed emoji family as fallback.
void installFallback();
} // namespace EmojiFont
