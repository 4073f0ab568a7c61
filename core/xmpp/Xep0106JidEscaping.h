// SPDX-License-Identifier: GPL-3.0-or-later
// JID escaping (XEP-0106): a legacy address with characters a JID's local part cannot hold
// (space " & ' / : < > @ and the backslash that starts an escape) as a local part, and back.
#pragma once

#include <QString>

namespace Xep0106JidEscaping {
QString escape(const QString &localPart);
QString unescape(const QString &localPart);
} // namespace Xep0106JidEscaping
