// SPDX-License-Identifier: GPL-3.0-or-later
// Logging categories, one per core folder (enable with QT_LOGGING_RULES="isthmus.*.debug=true").
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcAccount)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcMessaging)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcXmpp)
Q_DECLARE_LOGGING_CATEGORY(lcDesktop)
