// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRows.h"

#include "SqlQuery.h"

namespace AccountRows {

qint64 accountId(const QSqlDatabase &db, const QString &accountJid)
{
    SqlQuery(db, QStringLiteral("INSERT INTO accounts (jid) VALUES (:jid) ON CONFLICT (jid) DO NOTHING"))
        .bind(QStringLiteral(":jid"), accountJid)
        .exec();
    SqlQuery query(db, QStringLiteral("SELECT id FROM accounts WHERE jid = :jid"));
    query.bind(QStringLiteral(":jid"), accountJid).exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 chatId(const QSqlDatabase &db, qint64 accountId, const QString &chatJid)
{
    SqlQuery(db,
        QStringLiteral(
            "INSERT INTO chats (account_id, jid) VALUES (:a, :jid) ON CONFLICT (account_id, jid) DO NOTHING"))
        .bind(QStringLiteral(":a"), accountId)
        .bind(QStringLiteral(":jid"), chatJid)
        .exec();
    SqlQuery query(db, QStringLiteral("SELECT id FROM chats WHERE account_id = :a AND jid = :jid"));
    query.bind(QStringLiteral(":a"), accountId).bind(QStringLiteral(":jid"), chatJid).exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace AccountRows
