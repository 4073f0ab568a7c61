// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterViewSettings.h"

#include "models/RosterTreeModel.h"

namespace {
const QString sortKey = QStringLiteral("roster/onlineFirst");
const QString groupingKey = QStringLiteral("roster/byNetwork");
} // namespace

RosterViewSettings::RosterViewSettings(const QString &settingsPath, RosterTreeModel *roster, QObject *parent)
    : QObject(parent), m_settings(settingsPath, QSettings::IniFormat), m_roster(roster)
{
    // Words, not enum numbers, in the file: a reordered enum cannot turn one choice into another.
    if (m_settings.value(sortKey, false).toBool()) {
        roster->setSortOrder(RosterTreeModel::OnlineFirst);
    }
    if (m_settings.value(groupingKey, false).toBool()) {
        roster->setGrouping(RosterTreeModel::ByNetwork);
    }
    connect(roster, &RosterTreeModel::sortOrderChanged, this, &RosterViewSettings::save);
    connect(roster, &RosterTreeModel::groupingChanged, this, &RosterViewSettings::save);
}

void RosterViewSettings::save()
{
    m_settings.setValue(sortKey, m_roster->sortOrder() == RosterTreeModel::OnlineFirst);
    m_settings.setValue(groupingKey, m_roster->grouping() == RosterTreeModel::ByNetwork);
}
