// SPDX-License-Identifier: GPL-3.0-or-later
// What it takes to connect one account. The password lives in memory only.
#pragma once

#include <QString>

struct AccountConfig
{
    QString jid; // bare JID
    QString password;
    QString host; // empty: resolve from the JID's domain (SRV)
    int port = 0; // 0: default
    QString resource = QStringLiteral("isthmus");
    // SHA-256 (lowercase hex) of the one certificate the person chose to trust despite its
    // errors; empty: only certificates the system trusts for the domain.
    QString certificatePin;
};
