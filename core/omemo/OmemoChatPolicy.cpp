// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoChatPolicy.h"

#include <QVariant>

#include "storage/AccountRows.h"
#include "storage/SqlQuery.h"

namespace OmemoChatPolicy {

std::optional<bool> choice(const QSqlDatabase &db, qint64 accountId, const QString &chatJid)
{
    SqlQuery query(db, QStringLiteral("SELECT encryption FROM chats WHERE account_id = :a AND jid = :jid"));
    query.bind(QStringLiteral(":a"), accountId).bind(QStringLiteral(":jid"), chatJid).exec();
    if (!query.next() || query.value(0).isNull()) {
        return std::nullopt;
    }
    return query.value(0).toInt() != 0;
}

void setChoice(const QSqlDatabase &db, qint64 accountId, const QString &chatJid, std::optional<bool> on)
{
    const qint64 chat = AccountRows::chatId(db, accountId, chatJid);
    SqlQuery(db, QStringLiteral("UPDATE chats SET encryption = :on WHERE id = :id"))
        .bind(QStringLiteral(":on"), on ? QVariant(int(*on)) : QVariant())
        .bind(QStringLiteral(":id"), chat)
        .exec();
}

bool publishesDevices(const QSqlDatabase &db, qint64 accountId, const QString &jid)
{
    SqlQuery query(db,
        QStringLiteral(
            "SELECT 1 FROM omemo_devices WHERE account_id = :a AND jid = :jid AND active = 1 LIMIT 1"));
    query.bind(QStringLiteral(":a"), accountId).bind(QStringLiteral(":jid"), jid).exec();
    return query.next();
}

bool isEncrypted(const QSqlDatabase &db, qint64 accountId, const QString &chatJid)
{
    return choice(db, accountId, chatJid).value_or(publishesDevices(db, accountId, chatJid));
}

} // namespace OmemoChatPolicy
