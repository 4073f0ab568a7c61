// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageEffects.h"

#include "MessageInsert.h"
#include "MessageRows.h"
#include "SqlQuery.h"

namespace MessageEffects {

std::optional<Message> correct(QSqlDatabase &db, const QString &account, const QString &sender,
    const QString &replaceId, const QString &body)
{
    const auto row = MessageRows::findBySenderId(db, account, sender, replaceId);
    if (!row) {
        return std::nullopt;
    }
    SqlQuery(
        db, QStringLiteral("UPDATE messages SET body = :body, edited = 1 WHERE id = :id AND retracted = 0"))
        .bind(QStringLiteral(":body"), body)
        .bind(QStringLiteral(":id"), *row)
        .exec();
    return MessageRows::byRowId(db, *row);
}

std::optional<Message> retract(
    QSqlDatabase &db, const QString &account, const QString &sender, const QString &id)
{
    const auto row = MessageRows::findBySenderId(db, account, sender, id);
    if (!row) {
        return std::nullopt;
    }
    // The body goes (the FTS trigger takes it out of the search index); the row stays as a
    // tombstone so the chat shows "message retracted" in its place. What it answered and quoted
    // goes too: a tombstone with a quote header still shows part of what was withdrawn.
    SqlQuery(db,
        QStringLiteral(
            "UPDATE messages SET body = '', retracted = 1, reply_to_id = NULL, reply_to_jid = NULL,"
            " reply_fallback = '' WHERE id = :id"))
        .bind(QStringLiteral(":id"), *row)
        .exec();
    SqlQuery(db, QStringLiteral("DELETE FROM reactions WHERE message_id = :id"))
        .bind(QStringLiteral(":id"), *row)
        .exec();
    return MessageRows::byRowId(db, *row);
}

std::optional<Message> setReactions(QSqlDatabase &db, const QString &account, const QString &chatJid,
    const QString &id, const QString &reactor, const QStringList &emojis)
{
    const auto row = MessageRows::findInChat(db, account, chatJid, id);
    if (!row) {
        return std::nullopt;
    }
    SqlQuery(db, QStringLiteral("DELETE FROM reactions WHERE message_id = :id AND sender = :sender"))
        .bind(QStringLiteral(":id"), *row)
        .bind(QStringLiteral(":sender"), reactor)
        .exec();
    for (const QString &emoji : emojis) {
        // A reaction is one emoji, not an essay: hostile input stays small.
        if (emoji.isEmpty() || emoji.size() > 32) {
            continue;
        }
        SqlQuery(db,
            QStringLiteral("INSERT INTO reactions (message_id, sender, emoji) VALUES (:id, :sender, :emoji)"
                           " ON CONFLICT DO NOTHING"))
            .bind(QStringLiteral(":id"), *row)
            .bind(QStringLiteral(":sender"), reactor)
            .bind(QStringLiteral(":emoji"), emoji)
            .exec();
    }
    return MessageRows::byRowId(db, *row);
}

std::optional<Message> setEncryption(
    QSqlDatabase &db, const QString &account, const QString &originId, MessageEncryption encryption)
{
    const auto row = MessageRows::findBySenderId(db, account, account, originId);
    if (!row) {
        return std::nullopt;
    }
    SqlQuery(db,
        QStringLiteral("UPDATE messages SET encryption = :enc WHERE id = :id AND outgoing = 1 AND state = 0"))
        .bind(QStringLiteral(":enc"), static_cast<int>(encryption))
        .bind(QStringLiteral(":id"), *row)
        .exec();
    return MessageRows::byRowId(db, *row);
}

void markOutgoingReadUpTo(
    QSqlDatabase &db, const QString &account, const QString &chatJid, const QString &originId)
{
    SqlQuery(db,
        QStringLiteral(
            "WITH marked AS (SELECT m.chat_id, m.sort_key, m.id FROM messages m"
            "  JOIN accounts a ON a.id = m.account_id JOIN chats c ON c.id = m.chat_id"
            "  WHERE a.jid = :account AND c.jid = :chat AND m.outgoing = 1 AND m.origin_id = :origin)"
            " UPDATE messages SET state = :read FROM marked"
            " WHERE messages.chat_id = marked.chat_id AND messages.outgoing = 1"
            " AND messages.state IN (:sent, :delivered)"
            " AND (messages.sort_key, messages.id) <= (marked.sort_key, marked.id)"))
        .bind(QStringLiteral(":account"), account)
        .bind(QStringLiteral(":chat"), chatJid)
        .bind(QStringLiteral(":origin"), originId)
        .bind(QStringLiteral(":read"), static_cast<int>(MessageState::Read))
        .bind(QStringLiteral(":sent"), static_cast<int>(MessageState::Sent))
        .bind(QStringLiteral(":delivered"), static_cast<int>(MessageState::Delivered))
        .exec();
}

qint64 markIncomingReadUpTo(QSqlDatabase &db, const QString &account, const QString &chatJid,
    const QString &sender, const QString &originId)
{
    SqlQuery query(db,
        QStringLiteral("WITH marked AS (SELECT m.chat_id, m.sort_key, m.id FROM messages m"
                       "  JOIN accounts a ON a.id = m.account_id JOIN chats c ON c.id = m.chat_id"
                       "  WHERE a.jid = :account AND c.jid = :chat AND m.sender = :sender"
                       "  AND (m.message_id = :origin OR m.origin_id = :origin))"
                       " UPDATE chats SET unread = (SELECT count(*) FROM messages n, marked"
                       "  WHERE n.chat_id = marked.chat_id AND n.outgoing = 0 AND n.kind != :quiet"
                       "  AND (n.sort_key, n.id) > (marked.sort_key, marked.id))"
                       " WHERE id = (SELECT chat_id FROM marked) RETURNING id"));
    query.bind(QStringLiteral(":account"), account)
        .bind(QStringLiteral(":chat"), chatJid)
        .bind(QStringLiteral(":sender"), sender)
        .bind(QStringLiteral(":origin"), originId)
        .bind(QStringLiteral(":quiet"), static_cast<int>(MessageKind::NewDeviceTrusted))
        .exec();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Outcome apply(QSqlDatabase &db, RowIdCache &ids, const MessageEffect &e, bool news)
{
    Outcome outcome;
    switch (e.kind) {
    case MessageEffect::Kind::OutgoingReadUpTo:
        markOutgoingReadUpTo(db, e.account, e.chatJid, e.targetId);
        outcome.readAccount = e.account;
        outcome.readOriginId = e.targetId;
        break;
    case MessageEffect::Kind::IncomingReadUpTo:
        outcome.chatChanged = markIncomingReadUpTo(db, e.account, e.chatJid, e.sender, e.targetId);
        break;
    case MessageEffect::Kind::Correction:
        // Matched on the same sender: nobody corrects another's words.
        outcome.changed = correct(db, e.account, e.sender, e.targetId, e.body);
        if (!outcome.changed) {
            outcome.added = MessageInsert::insert(
                db, ids, e.standalone, MessageInsert::Placement::AfterStored, nullptr, news);
        }
        break;
    case MessageEffect::Kind::Retraction:
        outcome.changed = retract(db, e.account, e.sender, e.targetId);
        break;
    case MessageEffect::Kind::Reactions:
        outcome.changed = setReactions(db, e.account, e.chatJid, e.targetId, e.sender, e.emojis);
        break;
    case MessageEffect::Kind::Encryption:
        outcome.changed = setEncryption(db, e.account, e.targetId, e.encryption);
        break;
    }
    return outcome;
}

} // namespace MessageEffects
