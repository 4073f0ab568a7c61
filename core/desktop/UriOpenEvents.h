// SPDX-License-Identifier: GPL-3.0-or-later
// On macOS a clicked xmpp: link (CFBundleURLTypes in Info.plist) reaches a running app as a
// QFileOpenEvent, not as a command-line argument; this turns those events into the same
// "open this URI" call the command line and SingleInstance use, so the path is one everywhere.
#pragma once

#include <QObject>
#include <QString>

class UriOpenEvents : public QObject
{
    Q_OBJECT
public:
    // Watches `application` (the QGuiApplication) for file-open events.
    explicit UriOpenEvents(QObject *application);

Q_SIGNALS:
    // An xmpp: URI the system asked us to open.
    void uriOpened(const QString &uri);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
