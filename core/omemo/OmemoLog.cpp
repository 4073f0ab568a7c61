// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoLog.h"

Q_LOGGING_CATEGORY(lcOmemo, "isthmus.omemo", QtInfoMsg)
