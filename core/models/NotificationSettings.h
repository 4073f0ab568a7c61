// SPDX-License-Identifier: GPL-3.0-or-later
// The person's choices about desktop notifications, kept in the profile's settings file so that
// they survive restarts; the settings page binds to it.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QSettings>

class NotificationSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the controllers")
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
public:
    // settingsPath: an INI file in the profile directory (one profile's choices never leak into another's).
    explicit NotificationSettings(const QString &settingsPath, QObject *parent = nullptr);

    bool enabled() const;
    void setEnabled(bool enabled);

Q_SIGNALS:
    void enabledChanged();

private:
    QSettings m_settings;
};
