// SPDX-License-Identifier: GPL-3.0-or-later
// What is known about one contact's presence: live while connected, the last known otherwise.
#pragma once

#include <QString>

#include "xmpp/Availability.h"

struct ContactPresence
{
    QString account;
    QString jid; // bare
    Presence::Availability availability = Presence::Offline;
    QString statusText;
    qint64 lastSeen = 0; // ms since epoch: when last seen available (0: never)

    bool operator==(const ContactPresence &) const = default;
};
