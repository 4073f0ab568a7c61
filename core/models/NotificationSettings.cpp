// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationSettings.h"

namespace {
const QString enabledKey = QStringLiteral("notifications/enabled");
}

NotificationSettings::NotificationSettings(const QString &settingsPath, QObject *parent)
    : QObject(parent), m_settings(settingsPath, QSettings::IniFormat)
{ }

bool NotificationSettings::enabled() const
{
    return m_settings.value(enabledKey, true).toBool();
}

void NotificationSettings::setEnabled(bool enabled)
{
    if (enabled == this->enabled()) {
        return;
    }
    m_settings.setValue(enabledKey, enabled);
    m_settings.sync(); // a crash right after the switch must not undo it
    Q_EMIT enabledChanged();
}
