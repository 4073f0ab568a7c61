// SPDX-License-Identifier: GPL-3.0-or-later
// Whether something shows our tray icon, asked the way each platform can answer: on Linux and
// the BSDs a StatusNotifier host registered with the session bus's watcher (followed while we
// run: the panel restarts), else a legacy (XEmbed) tray; on Windows and macOS the system tray,
// which is always there. The one place the tray's platform difference lives.
#pragma once

#include <QObject>

class TrayHost : public QObject
{
    Q_OBJECT
public:
    explicit TrayHost(QObject *parent = nullptr);

    bool isAvailable() const;

private Q_SLOTS:
    void query(); // a slot: D-Bus signals reach it by name

private:
    bool m_hostRegistered = false;
    bool m_watcherPresent = false;
};
