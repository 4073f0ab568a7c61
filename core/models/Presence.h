// SPDX-License-Identifier: GPL-3.0-or-later
// The availability values under their QML name (Presence.Online, …); the type itself lives
// down in xmpp/ so that storage and roster can use it without the QML engine.
#pragma once

#include <QQmlEngine>

#include "xmpp/Availability.h"

namespace PresenceForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Presence)
QML_NAMED_ELEMENT(Presence)
} // namespace PresenceForeign
