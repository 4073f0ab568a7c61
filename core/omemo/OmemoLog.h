// SPDX-License-Identifier: GPL-3.0-or-later
// The OMEMO logging category (QT_LOGGING_RULES="isthmus.omemo.debug=true"); never logs keys or plaintext.
#pragma once

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcOmemo)
