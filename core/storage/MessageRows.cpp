// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageRows.h"

#include <QHash>

#include "SqlQuery.h"

namespace MessageRows {

QString columns()
{
    return QStringLiteral(
        "m.id, m.chat_id, a.jid, c.jid, m.sender, m.outgoing, m.body, m.timestamp, m.origin_id, m.stanza_id,"
        " m.stanza_id_by, m.state, m.message_id, m.edited, m.retracted, m.reply_to_id, m.reply_to_jid,"
        " m.error_text, m.reply_fallback, m.kind, m.sort_key, m.hold_reason, m.encryption");
}

Message read(const SqlQuery &query)
{
    Message m;
    m.id = query.value(0).toLongLong();
    m.chatId = query.value(1).toLongLong();
    m.account = query.value(2).toString();
    m.chatJid = query.value(3).toString();
    m.sender = query.value(4).toString();
    m.outgoing = query.value(5).toBool();
    m.body = query.value(6).toString();
    m.timestamp = query.value(7).toLongLong();
    m.originId = query.value(8).toString();
    m.stanzaId = query.value(9).toString();
    m.stanzaIdBy = query.value(10).toString();
    m.state = static_cast<MessageState>(query.value(11).toInt());
    m.messageId = query.value(12).toString();
    m.edited = query.value(13).toBool();
    m.retracted = query.value(14).toBool();
    m.replyToId = query.value(15).toString();
    m.replyToJid = query.value(16).toString();
    m.errorText = query.value(17).toString();
    m.replyFallback = query.value(18).toString();
    m.kind = static_cast<MessageKind>(query.value(19).toInt());
    m.sortKey = query.value(20).toLongLong();
    m.holdReason = query.value(21).toString();
    m.encryption = static_cast<MessageEncryption>(query.value(22).toInt());
    return m;
}

QList<Message> readAll(SqlQuery &query)
{
    QList<Message> messages;
    while (query.next()) {
        messages.append(read(query));
    }
    return messages;
}

void loadReactions(const QSqlDatabase &db, QList<Message> &messages)
{
    if (messages.isEmpty()) {
        return;
    }
    QHash<qint64, qsizetype> rows;
    QStringList ids;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        rows.insert(messages.at(i).id, i);
        ids.append(QString::number(messages.at(i).id));
    }
    // Integer ids only, so joining them into the statement is safe.
    SqlQuery query(db,
        QStringLiteral("SELECT r.message_id, r.emoji, r.sender = a.jid FROM reactions r"
                       " JOIN messages m ON m.id = r.message_id JOIN accounts a ON a.id = m.account_id"
                       " WHERE r.message_id IN (%1) ORDER BY r.message_id, r.emoji")
            .arg(ids.join(QLatin1Char(','))));
    query.exec();
    while (query.next()) {
        Message &message = messages[rows.value(query.value(0).toLongLong())];
        message.reactions.append(query.value(1).toString());
        if (query.value(2).toBool()) {
            message.ownReactions.append(query.value(1).toString());
        }
    }
}

std::optional<qint64> findBySenderId(
    const QSqlDatabase &db, const QString &account, const QString &sender, const QString &id)
{
    SqlQuery query(db,
        QStringLiteral(
            "SELECT m.id FROM messages m WHERE m.account_id = (SELECT id FROM accounts WHERE jid = :account)"
            " AND m.sender = :sender AND (m.message_id = :id OR m.origin_id = :id)"
            " ORDER BY m.id DESC LIMIT 1"));
    query.bind(QStringLiteral(":account"), account)
        .bind(QStringLiteral(":sender"), sender)
        .bind(QStringLiteral(":id"), id)
        .exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<qint64> findInChat(
    const QSqlDatabase &db, const QString &account, const QString &chatJid, const QString &id)
{
    SqlQuery query(db,
        QStringLiteral(
            "SELECT m.id FROM messages m JOIN chats c ON c.id = m.chat_id JOIN accounts a ON a.id = "
            "c.account_id"
            " WHERE a.jid = :account AND c.jid = :chat AND (m.message_id = :id OR m.origin_id = :id)"
            " ORDER BY m.id DESC LIMIT 1"));
    query.bind(QStringLiteral(":account"), account)
        .bind(QStringLiteral(":chat"), chatJid)
        .bind(QStringLiteral(":id"), id)
        .exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

std::optional<Message> byRowId(const QSqlDatabase &db, qint64 rowId)
{
    SqlQuery query(db,
        QStringLiteral("SELECT %1 FROM messages m JOIN chats c ON c.id = m.chat_id"
                       " JOIN accounts a ON a.id = m.account_id WHERE m.id = :id")
            .arg(columns()));
    query.bind(QStringLiteral(":id"), rowId).exec();
    auto messages = readAll(query);
    if (messages.isEmpty()) {
        return std::nullopt;
    }
    loadReactions(db, messages);
    return messages.constFirst();
}

QVariant nullIfEmpty(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

} // namespace MessageRows
