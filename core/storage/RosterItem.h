// SPDX-License-Identifier: GPL-3.0-or-later
// One contact of an account's roster as stored.
#pragma once

#include <QString>
#include <QStringList>

struct RosterItem
{
    QString jid;
    QString name;
    int subscription = 0; // QXmppRosterIq::Item::SubscriptionType
    QStringList groups;
};
