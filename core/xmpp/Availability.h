// SPDX-License-Identifier: GPL-3.0-or-later
// How available a contact is (RFC 6121 <show/>, or offline), as stored and as the roster and
// chat list show it. Plain Qt Core: the QML name (Presence.Online, …) is given in models/.
#pragma once

#include <QObject>

namespace Presence {
Q_NAMESPACE

// Ordered from most to least reachable, so that "online first" sorts by this value.
enum Availability {
    Online, // available or free for chat
    Away,
    ExtendedAway,
    DoNotDisturb,
    Offline,
};
Q_ENUM_NS(Availability)
} // namespace Presence
