// SPDX-License-Identifier: GPL-3.0-or-later
// Text as the pages show it, for QML, without state: words from the network or from errors
// escaped for labels that guess the format, the link schemes the app hands to the desktop, and
// the time of day as the locale writes it, without seconds.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QString>

class DisplayText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    // For labels that guess the format (Kirigami's InlineMessage, passive notifications, form
    // labels render HTML): shown exactly as written, never as markup.
    Q_INVOKABLE QString asPlainText(const QString &text) const;
    // The schemes the message renderer links (https, xmpp, geo): checked again before a link
    // leaves the app, so a link of any other scheme is never opened.
    Q_INVOKABLE bool isOpenableLink(const QString &link) const;
    // The locale's short time format without seconds (some locales' short format has them), in
    // local time.
    Q_INVOKABLE QString shortTime(const QDateTime &time) const;
};
