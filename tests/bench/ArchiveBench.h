// SPDX-License-Identifier: GPL-3.0-or-later
// What the archive benchmarks share: a test Prosody's archive seeded with N messages between two
// accounts, a bare QXmpp client paging through it (the server's own limit for that walk), and
// waiting on the event loop with a time limit.
#pragma once

#include <functional>

#include <QString>
#include <QtGlobal>

#include "ProsodyServer.h"

namespace ArchiveBench {
inline const QString password = QStringLiteral("bench-password");
inline const QString me = QStringLiteral("me@example.test");
inline const QString peer = QStringLiteral("peer@example.test");

bool spinUntil(const std::function<bool()> &done, int timeoutMs);

// The test server the archive benchmarks use: its archive in SQLite, as a large server keeps it.
ProsodyServer::Options serverOptions();

// Gives "me" an archive of `count` messages from "peer". One goes through the server while
// another device of mine is online (delivered live and archived); the server is then stopped,
// the rest are written into its store shaped like that one, and it is started again.
bool seed(ProsodyServer &server, int count);

struct BareRun
{
    qint64 ms = -1;
    qint64 messages = 0;
    int pages = 0;
};

// Pages backwards through my archive asking for pageSize a page (the server may give fewer).
BareRun runBareClient(const ProsodyServer &server, int pageSize);
} // namespace ArchiveBench
