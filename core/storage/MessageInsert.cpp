// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageInsert.h"

#include <QDateTime>

#include "MessageRows.h"
#include "RowIdCache.h"
#include "SqlQuery.h"

namespace MessageInsert {
using MessageRows::nullIfEmpty;

namespace {

qint64 placeOf(QSqlDatabase &db, const Message &m, Placement placement, const PageChain &chain, qint64 nowMs)
{
    switch (placement) {
    case Placement::AfterStored:
        return MessageOrder::after(m, MessageOrder::newestKey(db, m.chatId), nowMs);
    case Placement::AfterPrevious:
        return MessageOrder::after(m, chain.value(m.chatId, MessageOrder::noKey), nowMs);
    case Placement::BeforeNext:
        return MessageOrder::before(m,
            chain.contains(m.chatId) ? chain.value(m.chatId) : MessageOrder::oldestKey(db, m.chatId), nowMs);
    }
    return MessageOrder::earliestKey(m, nowMs);
}

} // namespace

std::optional<Message> insert(QSqlDatabase &db, RowIdCache &ids, Message m, Placement placement,
    PageChain *chain, bool news, MessageOrder::StoredAhead nextStored)
{
    static PageChain noChain;
    const qint64 accountId = ids.account(m.account);
    m.chatId = ids.chat(accountId, m.chatJid);
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    m.sortKey = placement == Placement::AfterPrevious && nextStored.key != MessageOrder::noKey
        ? MessageOrder::between(m, (chain ? *chain : noChain).value(m.chatId, MessageOrder::noKey),
              nextStored.key, nowMs, nextStored.room)
        : placeOf(db, m, placement, chain ? *chain : noChain, nowMs);

    SqlQuery insert(db,
        QStringLiteral(
            "INSERT INTO messages (chat_id, account_id, sender, outgoing, body, timestamp, origin_id,"
            " stanza_id, stanza_id_by, state, message_id, edited, reply_to_id, reply_to_jid, reply_fallback,"
            " kind, sort_key, error_text, encryption) VALUES (:chat, :account, :sender, :outgoing, :body, "
            ":ts,"
            " :origin, :sid, :sidby, :state, :mid, :edited, :rid, :rjid, :rfallback, :kind, :key, :error, "
            ":enc)"
            " ON CONFLICT DO NOTHING"));
    insert.bind(QStringLiteral(":chat"), m.chatId)
        .bind(QStringLiteral(":account"), accountId)
        .bind(QStringLiteral(":sender"), m.sender)
        .bind(QStringLiteral(":outgoing"), m.outgoing)
        .bind(QStringLiteral(":body"),
            m.body.isNull() ? QStringLiteral("") : m.body) // content we cannot show has none
        .bind(QStringLiteral(":ts"), m.timestamp)
        .bind(QStringLiteral(":origin"), nullIfEmpty(m.originId))
        .bind(QStringLiteral(":sid"), nullIfEmpty(m.stanzaId))
        .bind(QStringLiteral(":sidby"), nullIfEmpty(m.stanzaIdBy))
        .bind(QStringLiteral(":state"), static_cast<int>(m.state))
        .bind(QStringLiteral(":mid"), nullIfEmpty(m.messageId))
        .bind(QStringLiteral(":edited"), m.edited)
        .bind(QStringLiteral(":rid"), nullIfEmpty(m.replyToId))
        .bind(QStringLiteral(":rjid"), nullIfEmpty(m.replyToJid))
        .bind(QStringLiteral(":rfallback"),
            m.replyFallback.isNull() ? QStringLiteral("") : m.replyFallback) // NOT NULL
        .bind(QStringLiteral(":kind"), static_cast<int>(m.kind))
        .bind(QStringLiteral(":key"), m.sortKey)
        .bind(QStringLiteral(":error"), m.errorText.isNull() ? QStringLiteral("") : m.errorText)
        .bind(QStringLiteral(":enc"), static_cast<int>(m.encryption))
        .exec();

    if (insert.rowsAffected() == 0) {
        // A copy we already have (our own message echoed back by the archive, a carbon and a
        // MAM result of the same message...). Learn the archive id if the stored row lacks it.
        if (!m.stanzaId.isEmpty() && !m.originId.isEmpty()) {
            SqlQuery(db,
                QStringLiteral(
                    "UPDATE messages SET stanza_id = :sid, stanza_id_by = :sidby WHERE account_id = :a"
                    " AND sender = :sender AND origin_id = :origin AND stanza_id IS NULL"))
                .bind(QStringLiteral(":sid"), m.stanzaId)
                .bind(QStringLiteral(":sidby"), nullIfEmpty(m.stanzaIdBy))
                .bind(QStringLiteral(":a"), accountId)
                .bind(QStringLiteral(":sender"), m.sender)
                .bind(QStringLiteral(":origin"), m.originId)
                .exec();
        }
        if (chain) {
            const qint64 stored = MessageOrder::storedKey(db, accountId, m);
            chain->insert(m.chatId, stored == MessageOrder::noKey ? m.sortKey : stored);
        }
        return std::nullopt;
    }
    m.id = insert.lastInsertId();
    if (chain) {
        chain->insert(m.chatId, m.sortKey);
    }

    SqlQuery(db,
        QStringLiteral("UPDATE chats SET last_activity = max(last_activity, :ts),"
                       " unread = unread + :incoming WHERE id = :chat"))
        .bind(QStringLiteral(":ts"), m.timestamp)
        .bind(QStringLiteral(":incoming"), !m.outgoing && news && isNews(m.kind) ? 1 : 0)
        .bind(QStringLiteral(":chat"), m.chatId)
        .exec();
    return m;
}

} // namespace MessageInsert
