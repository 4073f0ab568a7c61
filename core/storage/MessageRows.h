// SPDX-License-Identifier: GPL-3.0-or-later
// Reading message rows: the one column list and reader every message query uses, and the
// lookup of a message by the id another stanza refers to. Database thread only.
#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include "Message.h"

class SqlQuery;

namespace MessageRows {
// Columns for "SELECT <columns> FROM messages m JOIN chats c ... JOIN accounts a ...".
QString columns();
Message read(const SqlQuery &query);
QList<Message> readAll(SqlQuery &query);
// Adds each message's reactions ("emoji" entries, one per person and emoji).
void loadReactions(const QSqlDatabase &db, QList<Message> &messages);
// The row of `sender`'s message in `account` that others call `id` (its stanza id or origin-id).
std::optional<qint64> findBySenderId(
    const QSqlDatabase &db, const QString &account, const QString &sender, const QString &id);
// The row in the chat of `account` with `chatJid` that either side calls `id`.
std::optional<qint64> findInChat(
    const QSqlDatabase &db, const QString &account, const QString &chatJid, const QString &id);
std::optional<Message> byRowId(const QSqlDatabase &db, qint64 rowId);
QVariant nullIfEmpty(const QString &value);
} // namespace MessageRows
