// SPDX-License-Identifier: GPL-3.0-or-later
// How available a contact is, as the roster and chat list show it (QML: Presence.Online, …).
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace Presence {
Q_NAMESPACE
QML_ELEMENT

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
