// SPDX-License-Identifier: GPL-3.0-or-later
// One contact of an account's roster as stored.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct RosterItem
{
    QString jid;
    QString name;
    int subscription = 0; // QXmppRosterIq::Item::SubscriptionType
    QStringList groups;
};

// An account's roster as stored, with the version the server gave it (RFC 6121 §2.6; empty: none).
struct StoredRoster
{
    QList<RosterItem> items;
    QString version;
};
