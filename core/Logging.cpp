// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

Q_LOGGING_CATEGORY(lcAccount, "isthmus.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "isthmus.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMessaging, "isthmus.messaging", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "isthmus.models", QtInfoMsg)
// The XML stream; debug level only, since it carries message bodies.
Q_LOGGING_CATEGORY(lcXmpp, "isthmus.xmpp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDesktop, "isthmus.desktop", QtInfoMsg)
