// SPDX-License-Identifier: GPL-3.0-or-later
// Reading recent-chat rows: the one query the chat list and its per-chat updates share, and the
// list's order in C++ (a moved row must land where a fresh read would put it). Database thread only.
#pragma once

#include <QList>
#include <QSqlDatabase>

#include "Chat.h"

namespace ChatRows {
// Every chat of every account, in list order.
QList<Chat> all(const QSqlDatabase &db);
// The rows of these chats that exist, in list order.
QList<Chat> byIds(const QSqlDatabase &db, const QList<qint64> &ids);
// The list's order: pinned first, then the latest activity, then the newer chat (as all() sorts).
bool listedBefore(const Chat &a, const Chat &b);
} // namespace ChatRows
