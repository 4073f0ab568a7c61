// SPDX-License-Identifier: GPL-3.0-or-later
// Checks on addresses typed by a person (logins, contacts, blocking) before they reach a server.
#pragma once

#include <QString>

class BareJid
{
public:
    // A bare JID with a local part and a plausible domain (name@example.org), nothing else.
    static bool isValid(const QString &jid);
    // Something a blocklist may hold: a bare JID or a whole domain (XEP-0191).
    static bool isBlockable(const QString &address);
};
