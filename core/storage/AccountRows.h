// SPDX-License-Identifier: GPL-3.0-or-later
// Row ids of accounts and chats, created on first use. Database thread only.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace AccountRows {
qint64 accountId(const QSqlDatabase &db, const QString &accountJid);
qint64 chatId(const QSqlDatabase &db, qint64 accountId, const QString &chatJid);
} // namespace AccountRows
