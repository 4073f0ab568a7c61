// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a large archive straight into a stopped Prosody's SQL store. Sending 100,000 messages
// through the server takes longer than the benchmark itself, so one real message goes through
// and its row is the pattern every synthetic row copies (same columns, same serialised stanza).
#pragma once

#include <QString>

namespace ProsodyArchiveRows {
struct Pattern
{
    QString user; // the archive's owner, without the domain
    QString stanzaId; // the id attribute of the message that went through the server
    QString body; // its body text, written without characters XML would escape
};

// Replaces the user's archive with `count` messages shaped like the pattern's row, oldest first,
// 2 s to 3 min apart and ending at the pattern's time. False with `error` set if the pattern's
// row is missing or SQLite refuses.
bool fill(const QString &databasePath, const Pattern &pattern, int count, QString *error);
} // namespace ProsodyArchiveRows
