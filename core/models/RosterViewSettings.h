// SPDX-License-Identifier: GPL-3.0-or-later
// How the person last arranged the roster (online first, grouped by network), kept in the
// profile's settings file: applied to the roster at start and saved whenever it changes.
#pragma once

#include <QObject>
#include <QSettings>

class RosterTreeModel;

class RosterViewSettings : public QObject
{
    Q_OBJECT
public:
    // settingsPath: the profile's INI file (NotificationSettings keeps its choices there too).
    RosterViewSettings(const QString &settingsPath, RosterTreeModel *roster, QObject *parent = nullptr);

private:
    void save();

    QSettings m_settings;
    RosterTreeModel *m_roster;
};
