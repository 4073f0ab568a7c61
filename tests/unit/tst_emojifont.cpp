// SPDX-License-Identifier: GPL-3.0-or-later
// The colour emoji fallback: added once after the UI font, never in its place (a first version
// made the emoji font the text font: spaces and digits came out as emoji-wide glyphs).
#include <QFontInfo>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QTest>

#include "desktop/EmojiFont.h"

class EmojiFontTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fallbackComesAfterTheFontsOwnFamilies()
    {
        QFont font(QStringLiteral("Noto Sans"));
        const QFont with = EmojiFont::withFallback(font, QStringLiteral("Noto Color Emoji"));
        QCOMPARE(with.families(),
            (QStringList { QStringLiteral("Noto Sans"), QStringLiteral("Noto Color Emoji") }));
        QCOMPARE(
            EmojiFont::withFallback(with, QStringLiteral("noto color emoji")).families(), with.families());
        QCOMPARE(EmojiFont::withFallback(font, {}).families(), font.families());
    }

    void firstInstalledCandidateWins()
    {
        QCOMPARE(EmojiFont::installedFamily({ QStringLiteral("No Such Emoji Font") }), QString());
        // The build root installs Noto Color Emoji (as most Linux desktops do).
        QCOMPARE(EmojiFont::installedFamily(
                     { QStringLiteral("No Such Emoji Font"), QStringLiteral("Noto Color Emoji") }),
            QStringLiteral("Noto Color Emoji"));
    }

    void textFontStaysTheTextFont()
    {
        const QString before = QFontInfo(QGuiApplication::font()).family();
        EmojiFont::installFallback();
        const QFont after = QGuiApplication::font();
        QCOMPARE(QFontInfo(after).family(), before);
        QCOMPARE(after.families().constLast(), QStringLiteral("Noto Color Emoji"));
        // Digits keep their width in the text font.
        QFont plain = after;
        plain.setFamilies({ before });
        QCOMPARE(QFontMetrics(after).horizontalAdvance(QStringLiteral("01:51 ")),
            QFontMetrics(plain).horizontalAdvance(QStringLiteral("01:51 ")));
    }
};

QTEST_MAIN(EmojiFontTest)
#include "tst_emojifont.moc"
