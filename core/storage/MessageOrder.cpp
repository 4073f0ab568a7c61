// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageOrder.h"

#include <algorithm>
#include <limits>

#include <QHash>
#include <QList>

#include "Message.h"
#include "MessageRows.h"
#include "RowIdCache.h"
#include "SqlQuery.h"

namespace MessageOrder {

qint64 earliestKey(const Message &m, qint64 nowMs)
{
    return std::min(m.timestamp, nowMs) * unitsPerMs;
}

qint64 latestKey(const Message &m, qint64 nowMs)
{
    return earliestKey(m, nowMs) + (m.timestampSlackMs + 1) * unitsPerMs - 1;
}

qint64 after(const Message &m, qint64 previous, qint64 nowMs)
{
    const qint64 earliest = earliestKey(m, nowMs);
    return previous == noKey ? earliest : std::max(earliest, previous + 1);
}

qint64 between(const Message &m, qint64 previous, qint64 next, qint64 nowMs, qint64 room)
{
    const qint64 key = after(m, previous, nowMs);
    if (next == noKey || key <= next - room) {
        return key;
    }
    // Pulled back, leaving one key for each of the ones that follow it below `next`: without
    // that the second of two late copies lands on `next` itself and its row id decides.
    const qint64 justBefore = std::max(next - room, earliestKey(m, nowMs) - maxPullBackMs * unitsPerMs);
    return previous == noKey ? justBefore : std::max(previous + 1, justBefore);
}

qint64 before(const Message &m, qint64 next, qint64 nowMs)
{
    const qint64 latest = latestKey(m, nowMs);
    if (next == noKey) {
        return latest;
    }
    return std::max(std::min(latest, next - 1), earliestKey(m, nowMs) - maxPullBackMs * unitsPerMs);
}

namespace {
qint64 chatBound(QSqlDatabase &db, qint64 chatId, const char *aggregate)
{
    SqlQuery query(db,
        QStringLiteral("SELECT %1(sort_key) FROM messages WHERE chat_id = :chat")
            .arg(QLatin1String(aggregate)));
    query.bind(QStringLiteral(":chat"), chatId).exec();
    return query.next() && !query.value(0).isNull() ? query.value(0).toLongLong() : noKey;
}
} // namespace

qint64 newestKey(QSqlDatabase &db, qint64 chatId)
{
    return chatBound(db, chatId, "max");
}

qint64 oldestKey(QSqlDatabase &db, qint64 chatId)
{
    return chatBound(db, chatId, "min");
}

qint64 storedKey(QSqlDatabase &db, qint64 accountId, const Message &m)
{
    // Along the two unique indexes that made it a duplicate.
    SqlQuery query(db,
        QStringLiteral("SELECT sort_key FROM messages WHERE account_id = :a AND ((stanza_id_by = :sidby"
                       " AND stanza_id = :sid) OR (sender = :sender AND origin_id = :origin)) LIMIT 1"));
    query.bind(QStringLiteral(":a"), accountId)
        .bind(QStringLiteral(":sidby"), MessageRows::nullIfEmpty(m.stanzaIdBy))
        .bind(QStringLiteral(":sid"), MessageRows::nullIfEmpty(m.stanzaId))
        .bind(QStringLiteral(":sender"), m.sender)
        .bind(QStringLiteral(":origin"), MessageRows::nullIfEmpty(m.originId))
        .exec();
    return query.next() ? query.value(0).toLongLong() : noKey;
}

QList<StoredAhead> storedKeysAhead(QSqlDatabase &db, RowIdCache &ids, const QList<Message> &page)
{
    QList<StoredAhead> ahead(page.size());
    QHash<qint64, StoredAhead> nearest; // chat -> the nearest later stored copy, counted from here
    for (qsizetype i = page.size() - 1; i >= 0; --i) {
        const Message &m = page.at(i);
        const qint64 accountId = ids.account(m.account);
        const qint64 chatId = ids.chat(accountId, m.chatJid);
        ahead[i] = nearest.value(chatId);
        if (const qint64 key = storedKey(db, accountId, m); key != noKey) {
            nearest.insert(chatId, { key, 1 });
        } else if (auto it = nearest.find(chatId); it != nearest.end()) {
            ++it->room;
        }
    }
    return ahead;
}

} // namespace MessageOrder
