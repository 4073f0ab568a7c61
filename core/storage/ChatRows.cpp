// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatRows.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "SqlQuery.h"

namespace {
// The list's columns; `where` narrows them. The ORDER BY is listedBefore()'s.
QList<Chat> select(const QSqlDatabase &db, const QString &where, const QVariant &ids = {})
{
    SqlQuery query(db,
        QStringLiteral("SELECT c.id, a.jid, c.jid, coalesce(r.name, ''), c.last_activity, c.unread,"
                       " coalesce((SELECT body FROM messages m WHERE m.chat_id = c.id"
                       "           ORDER BY m.sort_key DESC, m.id DESC LIMIT 1), ''),"
                       " c.pinned, c.muted, c.draft,"
                       " coalesce((SELECT kind FROM messages m WHERE m.chat_id = c.id"
                       "           ORDER BY m.sort_key DESC, m.id DESC LIMIT 1), 0)"
                       " FROM chats c JOIN accounts a ON a.id = c.account_id"
                       " LEFT JOIN roster_items r ON r.account_id = c.account_id AND r.jid = c.jid"
                       " %1 ORDER BY c.pinned DESC, c.last_activity DESC, c.id DESC")
            .arg(where));
    if (ids.isValid()) {
        query.bind(QStringLiteral(":ids"), ids);
    }
    query.exec();
    QList<Chat> chats;
    while (query.next()) {
        Chat chat;
        chat.id = query.value(0).toLongLong();
        chat.account = query.value(1).toString();
        chat.jid = query.value(2).toString();
        chat.name = query.value(3).toString();
        chat.lastActivity = query.value(4).toLongLong();
        chat.unread = query.value(5).toInt();
        chat.lastMessage = query.value(6).toString();
        chat.pinned = query.value(7).toBool();
        chat.muted = query.value(8).toBool();
        chat.draft = query.value(9).toString();
        chat.lastKind = static_cast<MessageKind>(query.value(10).toInt());
        chats.append(chat);
    }
    return chats;
}
} // namespace

namespace ChatRows {

QList<Chat> all(const QSqlDatabase &db)
{
    return select(db, {});
}

QList<Chat> byIds(const QSqlDatabase &db, const QList<qint64> &ids)
{
    if (ids.isEmpty()) {
        return {};
    }
    QJsonArray array;
    for (qint64 id : ids) {
        array.append(id);
    }
    // One statement for any number of chats: the ids as a JSON array, unpacked by SQLite.
    return select(db, QStringLiteral("WHERE c.id IN (SELECT value FROM json_each(:ids))"),
        QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

bool listedBefore(const Chat &a, const Chat &b)
{
    if (a.pinned != b.pinned) {
        return a.pinned;
    }
    if (a.lastActivity != b.lastActivity) {
        return a.lastActivity > b.lastActivity;
    }
    return a.id > b.id;
}

} // namespace ChatRows
