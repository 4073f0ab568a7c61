// SPDX-License-Identifier: GPL-3.0-or-later
// Text from the network or from errors, for labels that guess the format (Kirigami's
// InlineMessage, passive notifications, FormCard labels render HTML): escaped, then wrapped in a
// tag of ours, so it shows exactly as written and never as markup.
#pragma once

#include <QString>

QString plainTextMarkup(const QString &text);
