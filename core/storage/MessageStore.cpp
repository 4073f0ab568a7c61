// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageStore.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>

#include "AccountRows.h"
#include "Database.h"
#include "Logging.h"
#include "MessageRows.h"
#include "SqlQuery.h"
#include "Transaction.h"

namespace {
// A stored row that took an archive's exact stamp.
struct MessageMove
{
    qint64 chatId;
    qint64 id;
    qint64 timestamp;
};

using MessageRows::nullIfEmpty;

// Row ids looked up once per transaction instead of once per message.
class RowIdCache
{
public:
    explicit RowIdCache(const QSqlDatabase &db) : m_db(db) { }
    qint64 account(const QString &jid)
    {
        auto it = m_accounts.find(jid);
        if (it == m_accounts.end()) {
            it = m_accounts.insert(jid, AccountRows::accountId(m_db, jid));
        }
        return *it;
    }
    qint64 chat(qint64 accountId, const QString &jid)
    {
        const auto key = std::pair(accountId, jid);
        auto it = m_chats.find(key);
        if (it == m_chats.end()) {
            it = m_chats.insert(key, AccountRows::chatId(m_db, accountId, jid));
        }
        return *it;
    }

private:
    const QSqlDatabase &m_db;
    QHash<QString, qint64> m_accounts;
    QHash<std::pair<qint64, QString>, qint64> m_chats;
};

// A whole-second stamp of a message older than everything stored in its chat: it goes just
// before the stored rows of that second. The page is inserted newest first, so each next one
// lands before the previous; those already moved below the stamp are looked for too (one
// second down at most, so a stray row cannot drag it far).
void placeBeforeStored(QSqlDatabase &db, Message &m)
{
    SqlQuery earliest(db,
        QStringLiteral("SELECT min(timestamp) FROM messages WHERE chat_id = :chat"
                       " AND timestamp BETWEEN :from AND :to"));
    earliest.bind(QStringLiteral(":chat"), m.chatId)
        .bind(QStringLiteral(":from"), m.timestamp - m.timestampSlackMs - 1)
        .bind(QStringLiteral(":to"), m.timestamp + m.timestampSlackMs)
        .exec();
    if (earliest.next() && !earliest.value(0).isNull()) {
        m.timestamp = std::min(m.timestamp, earliest.value(0).toLongLong() - 1);
    }
}

// An archive's copy of a message we stored from a whole-second stamp (offline delivery): the
// archive's stamp is exact, ours was a guess inside that second, placed after whatever the chat
// had then. The exact one wins, so the chat ends in the archive's order whichever copy came first.
void takeExactArchiveStamp(QSqlDatabase &db, qint64 accountId, const Message &m, QList<MessageMove> &moves)
{
    if (m.timestampSlackMs > 0 || m.stanzaId.isEmpty()) {
        return;
    }
    SqlQuery moved(db,
        QStringLiteral("UPDATE messages SET timestamp = :ts WHERE account_id = :a AND stanza_id = :sid"
                       " AND stanza_id_by IS :sidby AND timestamp != :ts AND abs(timestamp - :ts) < 2000"
                       " RETURNING chat_id, id"));
    moved.bind(QStringLiteral(":ts"), m.timestamp)
        .bind(QStringLiteral(":a"), accountId)
        .bind(QStringLiteral(":sid"), m.stanzaId)
        .bind(QStringLiteral(":sidby"), nullIfEmpty(m.stanzaIdBy))
        .exec();
    while (moved.next()) {
        moves.append({ moved.value(0).toLongLong(), moved.value(1).toLongLong(), m.timestamp });
    }
}

// Inside the caller's transaction. Nothing for a duplicate. `older`: see
// ArchiveProgress::olderThanStored; `moves`: given when the copy comes from a server archive
// (XEP-0313), collects the stored rows its exact stamp moved.
std::optional<Message> insertMessage(
    QSqlDatabase &db, RowIdCache &ids, Message m, bool older = false, QList<MessageMove> *moves = nullptr)
{
    const qint64 accountId = ids.account(m.account);
    m.chatId = ids.chat(accountId, m.chatJid);
    if (m.timestampSlackMs > 0 && older) {
        placeBeforeStored(db, m);
    } else if (m.timestampSlackMs > 0) {
        // A whole-second stamp: if this chat already has a message later within that second,
        // this one arrived after it, so it goes after it (ties are broken by row id).
        SqlQuery later(db,
            QStringLiteral("SELECT max(timestamp) FROM messages WHERE chat_id = :chat"
                           " AND timestamp BETWEEN :from AND :to"));
        later.bind(QStringLiteral(":chat"), m.chatId)
            .bind(QStringLiteral(":from"), m.timestamp)
            .bind(QStringLiteral(":to"), m.timestamp + m.timestampSlackMs)
            .exec();
        if (later.next() && !later.value(0).isNull()) {
            m.timestamp = later.value(0).toLongLong();
        }
    }

    SqlQuery insert(db,
        QStringLiteral(
            "INSERT INTO messages (chat_id, account_id, sender, outgoing, body, timestamp, origin_id,"
            " stanza_id, stanza_id_by, state, message_id, edited, reply_to_id, reply_to_jid, reply_fallback,"
            " kind) VALUES (:chat, :account, :sender, :outgoing, :body, :ts, :origin, :sid, :sidby, :state,"
            " :mid, :edited, :rid, :rjid, :rfallback, :kind)"
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
        if (moves) {
            takeExactArchiveStamp(db, accountId, m, *moves);
        }
        return std::nullopt;
    }
    m.id = insert.lastInsertId();

    SqlQuery(db,
        QStringLiteral("UPDATE chats SET last_activity = max(last_activity, :ts),"
                       " unread = unread + :incoming WHERE id = :chat"))
        .bind(QStringLiteral(":ts"), m.timestamp)
        .bind(QStringLiteral(":incoming"), m.outgoing ? 0 : 1)
        .bind(QStringLiteral(":chat"), m.chatId)
        .exec();
    return m;
}

} // namespace

MessageStore::MessageStore(Database *database, QObject *parent) : QObject(parent), m_database(database) { }

QFuture<std::optional<Message>> MessageStore::addMessage(Message message)
{
    return m_database
        ->run([message](QSqlDatabase &db) {
            Transaction transaction(db);
            RowIdCache ids(db);
            auto stored = insertMessage(db, ids, message);
            transaction.commit();
            return stored;
        })
        .then(this, [this](std::optional<Message> stored) {
            if (stored) {
                Q_EMIT messageAdded(*stored);
                Q_EMIT chatsChanged();
            }
            return stored;
        });
}

QFuture<QList<Message>> MessageStore::addArchivePage(const QString &account, const QString &archive,
    const QList<Message> &page, const ArchiveProgress &progress)
{
    return m_database
        ->run([=](QSqlDatabase &db) {
            // The page and the anchor move together: a crash leaves either both or neither.
            Transaction transaction(db);
            RowIdCache ids(db);
            QList<Message> stored;
            QList<MessageMove> moves;
            if (progress.olderThanStored) {
                // Newest first, each going before the ones already placed.
                for (auto it = page.crbegin(); it != page.crend(); ++it) {
                    if (auto row = insertMessage(db, ids, *it, true, &moves)) {
                        stored.prepend(*row);
                    }
                }
            } else {
                for (const Message &message : page) {
                    if (auto row = insertMessage(db, ids, message, false, &moves)) {
                        stored.append(*row);
                    }
                }
            }
            const qint64 accountId = ids.account(account);
            SqlQuery(db,
                QStringLiteral(
                    "INSERT INTO archive_sync (account_id, archive, last_id) VALUES (:a, :archive, '')"
                    " ON CONFLICT (account_id, archive) DO NOTHING"))
                .bind(QStringLiteral(":a"), accountId)
                .bind(QStringLiteral(":archive"), archive)
                .exec();
            SqlQuery(db,
                QStringLiteral("UPDATE archive_sync SET"
                               " last_id = CASE WHEN :newest != '' THEN :newest ELSE last_id END,"
                               " oldest_id = CASE WHEN :oldest != '' THEN :oldest ELSE oldest_id END,"
                               " backfill_complete = max(backfill_complete, :complete)"
                               " WHERE account_id = :a AND archive = :archive"))
                .bind(QStringLiteral(":newest"), progress.newestId)
                .bind(QStringLiteral(":oldest"), progress.oldestId)
                .bind(QStringLiteral(":complete"), progress.backfillComplete)
                .bind(QStringLiteral(":a"), accountId)
                .bind(QStringLiteral(":archive"), archive)
                .exec();
            transaction.commit();
            return std::pair(stored, moves);
        })
        .then(this, [this](const std::pair<QList<Message>, QList<MessageMove>> &result) {
            const auto &[stored, moves] = result;
            for (const MessageMove &move : moves) {
                Q_EMIT messageMoved(move.chatId, move.id, move.timestamp);
            }
            for (const Message &message : stored) {
                Q_EMIT messageAdded(message);
            }
            if (!stored.isEmpty()) {
                Q_EMIT chatsChanged();
            }
            return stored;
        });
}

QFuture<QString> MessageStore::archiveAnchor(const QString &account, const QString &archive)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db,
            QStringLiteral("SELECT s.last_id FROM archive_sync s JOIN accounts a ON a.id = s.account_id"
                           " WHERE a.jid = :account AND s.archive = :archive AND s.last_id != ''"));
        query.bind(QStringLiteral(":account"), account).bind(QStringLiteral(":archive"), archive).exec();
        return query.next() ? query.value(0).toString() : QString();
    });
}

QFuture<std::pair<QString, bool>> MessageStore::backfillState(const QString &account, const QString &archive)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db,
            QStringLiteral(
                "SELECT s.oldest_id, s.backfill_complete FROM archive_sync s"
                " JOIN accounts a ON a.id = s.account_id WHERE a.jid = :account AND s.archive = :archive"));
        query.bind(QStringLiteral(":account"), account).bind(QStringLiteral(":archive"), archive).exec();
        return query.next() ? std::pair(query.value(0).toString(), query.value(1).toBool())
                            : std::pair(QString(), false);
    });
}

QFuture<QString> MessageStore::oldestArchiveId(const QString &account, const QString &chatJid)
{
    return m_database->run([=](QSqlDatabase &db) {
        // Oldest first along the page index; the first row with an id from our own archive.
        SqlQuery query(db,
            QStringLiteral("SELECT m.stanza_id FROM messages m JOIN chats c ON c.id = m.chat_id"
                           " JOIN accounts a ON a.id = c.account_id WHERE a.jid = :account AND c.jid = :chat"
                           " AND m.stanza_id IS NOT NULL AND m.stanza_id_by = :account"
                           " ORDER BY m.timestamp, m.id LIMIT 1"));
        query.bind(QStringLiteral(":account"), account).bind(QStringLiteral(":chat"), chatJid).exec();
        return query.next() ? query.value(0).toString() : QString();
    });
}

QFuture<void> MessageStore::clearArchiveAnchor(const QString &account, const QString &archive)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery(db,
            QStringLiteral("DELETE FROM archive_sync WHERE archive = :archive"
                           " AND account_id = (SELECT id FROM accounts WHERE jid = :account)"))
            .bind(QStringLiteral(":archive"), archive)
            .bind(QStringLiteral(":account"), account)
            .exec();
    });
}

QFuture<void> MessageStore::setState(const QString &account, const QString &originId, MessageState state)
{
    return m_database
        ->run([=](QSqlDatabase &db) {
            SqlQuery(db,
                // sender = account: our own messages, and the whole (account, sender, origin-id)
                // index applies instead of a scan of the account's history on every ack.
                QStringLiteral("UPDATE messages SET state = :state WHERE origin_id = :origin AND outgoing = 1"
                               // The server's ack may come after its bounce: "sent" never
                               // hides a failure; a retry (pending) or a receipt does.
                               " AND sender = :account AND ((state < :state AND state != :failed)"
                               " OR (state = :failed AND :state != :sent))"
                               " AND account_id = (SELECT id FROM accounts WHERE jid = :account)"))
                .bind(QStringLiteral(":state"), static_cast<int>(state))
                .bind(QStringLiteral(":failed"), static_cast<int>(MessageState::Failed))
                .bind(QStringLiteral(":sent"), static_cast<int>(MessageState::Sent))
                .bind(QStringLiteral(":origin"), originId)
                .bind(QStringLiteral(":account"), account)
                .exec();
        })
        .then(this, [=, this] { Q_EMIT messageStateChanged(account, originId, state); });
}

QFuture<void> MessageStore::markFailed(
    const QString &account, const QString &chatJid, const QString &originId, const QString &reason)
{
    return m_database
        ->run([=](QSqlDatabase &db) {
            SqlQuery query(db,
                QStringLiteral(
                    "UPDATE messages SET state = :failed, error_text = :reason WHERE origin_id = :origin"
                    " AND outgoing = 1 AND sender = :account AND state < :delivered"
                    " AND account_id = (SELECT id FROM accounts WHERE jid = :account)"
                    " AND chat_id = (SELECT c.id FROM chats c JOIN accounts a ON a.id = c.account_id"
                    " WHERE a.jid = :account AND c.jid = :chat)"));
            query.bind(QStringLiteral(":failed"), static_cast<int>(MessageState::Failed))
                .bind(QStringLiteral(":reason"), reason)
                .bind(QStringLiteral(":origin"), originId)
                .bind(QStringLiteral(":account"), account)
                .bind(QStringLiteral(":delivered"), static_cast<int>(MessageState::Delivered))
                .bind(QStringLiteral(":chat"), chatJid)
                .exec();
            return query.rowsAffected() > 0;
        })
        .then(this, [=, this](bool failed) {
            if (failed)
                Q_EMIT messageFailed(account, originId, reason);
        });
}

QFuture<QList<Message>> MessageStore::messagesBefore(qint64 chatId, PageCursor before, int limit)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db,
            QStringLiteral("SELECT %1 FROM messages m JOIN chats c ON c.id = m.chat_id"
                           " JOIN accounts a ON a.id = m.account_id"
                           " WHERE m.chat_id = :chat AND (m.timestamp, m.id) < (:ts, :id)"
                           " ORDER BY m.timestamp DESC, m.id DESC LIMIT :limit")
                .arg(MessageRows::columns()));
        query.bind(QStringLiteral(":chat"), chatId)
            .bind(QStringLiteral(":ts"), before.timestamp)
            .bind(QStringLiteral(":id"), before.id)
            .bind(QStringLiteral(":limit"), limit)
            .exec();
        auto page = MessageRows::readAll(query);
        MessageRows::loadReactions(db, page);
        return page;
    });
}

QString MessageStore::ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\\p{P}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    QStringList terms;
    for (const QString &word : words) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    if (!terms.isEmpty()) {
        terms.last().append(QLatin1Char('*'));
    }
    return terms.join(QLatin1Char(' '));
}

QFuture<QList<Message>> MessageStore::search(const QString &text, int limit)
{
    const QString match = ftsQuery(text);
    if (match.isEmpty()) {
        return QtFuture::makeReadyValueFuture(QList<Message>());
    }
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db,
            // Newest rows first straight from the index (rowid order, no sort of every match),
            // then those few in time order.
            QStringLiteral("SELECT %1 FROM (SELECT rowid FROM messages_fts WHERE messages_fts MATCH :match"
                           " ORDER BY rowid DESC LIMIT :limit) f JOIN messages m ON m.id = f.rowid"
                           " JOIN chats c ON c.id = m.chat_id JOIN accounts a ON a.id = m.account_id"
                           " ORDER BY m.timestamp DESC, m.id DESC")
                .arg(MessageRows::columns()));
        query.bind(QStringLiteral(":match"), match).bind(QStringLiteral(":limit"), limit).exec();
        return MessageRows::readAll(query);
    });
}

QFuture<void> MessageStore::markOutgoingReadUpTo(
    const QString &account, const QString &chatJid, const QString &originId)
{
    return m_database
        ->run([=](QSqlDatabase &db) {
            SqlQuery(db,
                QStringLiteral(
                    "WITH marked AS (SELECT m.chat_id, m.timestamp, m.id FROM messages m"
                    "  JOIN accounts a ON a.id = m.account_id JOIN chats c ON c.id = m.chat_id"
                    "  WHERE a.jid = :account AND c.jid = :chat AND m.outgoing = 1 AND m.origin_id = :origin)"
                    " UPDATE messages SET state = :read FROM marked"
                    " WHERE messages.chat_id = marked.chat_id AND messages.outgoing = 1"
                    " AND messages.state IN (:sent, :delivered)"
                    " AND (messages.timestamp, messages.id) <= (marked.timestamp, marked.id)"))
                .bind(QStringLiteral(":account"), account)
                .bind(QStringLiteral(":chat"), chatJid)
                .bind(QStringLiteral(":origin"), originId)
                .bind(QStringLiteral(":read"), static_cast<int>(MessageState::Read))
                .bind(QStringLiteral(":sent"), static_cast<int>(MessageState::Sent))
                .bind(QStringLiteral(":delivered"), static_cast<int>(MessageState::Delivered))
                .exec();
        })
        .then(this, [=, this] { Q_EMIT messageStateChanged(account, originId, MessageState::Read); });
}

QFuture<void> MessageStore::markIncomingReadUpTo(
    const QString &account, const QString &chatJid, const QString &sender, const QString &originId)
{
    return m_database
        ->run([=](QSqlDatabase &db) {
            SqlQuery(db,
                QStringLiteral("WITH marked AS (SELECT m.chat_id, m.timestamp, m.id FROM messages m"
                               "  JOIN accounts a ON a.id = m.account_id JOIN chats c ON c.id = m.chat_id"
                               "  WHERE a.jid = :account AND c.jid = :chat AND m.sender = :sender"
                               "  AND (m.message_id = :origin OR m.origin_id = :origin))"
                               " UPDATE chats SET unread = (SELECT count(*) FROM messages n, marked"
                               "  WHERE n.chat_id = marked.chat_id AND n.outgoing = 0"
                               "  AND (n.timestamp, n.id) > (marked.timestamp, marked.id))"
                               " WHERE id = (SELECT chat_id FROM marked)"))
                .bind(QStringLiteral(":account"), account)
                .bind(QStringLiteral(":chat"), chatJid)
                .bind(QStringLiteral(":sender"), sender)
                .bind(QStringLiteral(":origin"), originId)
                .exec();
        })
        .then(this, [this] { Q_EMIT chatsChanged(); });
}

QFuture<MessageStore::ReadMarkerTarget> MessageStore::readMarkerTarget(qint64 chatId)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db,
            QStringLiteral("SELECT a.jid, c.jid, (SELECT coalesce(m.message_id, m.origin_id) FROM messages m"
                           "  WHERE m.chat_id = c.id AND m.outgoing = 0 AND coalesce(m.message_id, "
                           "m.origin_id) IS NOT NULL"
                           "  ORDER BY m.timestamp DESC, m.id DESC LIMIT 1)"
                           " FROM chats c JOIN accounts a ON a.id = c.account_id WHERE c.id = :chat"));
        query.bind(QStringLiteral(":chat"), chatId).exec();
        ReadMarkerTarget target;
        if (query.next()) {
            target = { query.value(0).toString(), query.value(1).toString(), query.value(2).toString() };
        }
        return target;
    });
}

QFuture<std::optional<Message>> MessageStore::messageByRowId(qint64 rowId)
{
    return m_database->run([=](QSqlDatabase &db) { return MessageRows::byRowId(db, rowId); });
}

QFuture<std::optional<MessageState>> MessageStore::outgoingState(
    const QString &account, const QString &originId)
{
    return m_database->run([=](QSqlDatabase &db) -> std::optional<MessageState> {
        SqlQuery query(db,
            QStringLiteral("SELECT m.state FROM messages m JOIN accounts a ON a.id = m.account_id"
                           " WHERE a.jid = :account AND m.sender = :account AND m.origin_id = :origin"));
        query.bind(QStringLiteral(":account"), account).bind(QStringLiteral(":origin"), originId).exec();
        if (!query.next()) {
            return std::nullopt;
        }
        return static_cast<MessageState>(query.value(0).toInt());
    });
}

QFuture<QList<Message>> MessageStore::chatHistory(const QString &account, const QString &chatJid)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db,
            QStringLiteral("SELECT %1 FROM messages m JOIN chats c ON c.id = m.chat_id"
                           " JOIN accounts a ON a.id = m.account_id WHERE a.jid = :account AND c.jid = :chat"
                           " ORDER BY m.timestamp, m.id")
                .arg(MessageRows::columns()));
        query.bind(QStringLiteral(":account"), account).bind(QStringLiteral(":chat"), chatJid).exec();
        return MessageRows::readAll(query);
    });
}

QFuture<QList<Message>> MessageStore::pendingMessages(const QString &account)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db,
            QStringLiteral("SELECT %1 FROM messages m JOIN chats c ON c.id = m.chat_id"
                           " JOIN accounts a ON a.id = m.account_id"
                           " WHERE a.jid = :account AND m.outgoing = 1 AND m.state = 0"
                           " ORDER BY m.timestamp, m.id")
                .arg(MessageRows::columns()));
        query.bind(QStringLiteral(":account"), account).exec();
        return MessageRows::readAll(query);
    });
}

QFuture<QList<Chat>> MessageStore::chats()
{
    return m_database->run([](QSqlDatabase &db) {
        SqlQuery query(db,
            QStringLiteral("SELECT c.id, a.jid, c.jid, coalesce(r.name, ''), c.last_activity, c.unread,"
                           " coalesce((SELECT body FROM messages m WHERE m.chat_id = c.id"
                           "           ORDER BY m.timestamp DESC, m.id DESC LIMIT 1), ''),"
                           " c.pinned, c.muted, c.draft"
                           " FROM chats c JOIN accounts a ON a.id = c.account_id"
                           " LEFT JOIN roster_items r ON r.account_id = c.account_id AND r.jid = c.jid"
                           " ORDER BY c.pinned DESC, c.last_activity DESC, c.id DESC"));
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
            chats.append(chat);
        }
        return chats;
    });
}

QFuture<qint64> MessageStore::chatId(const QString &account, const QString &chatJid)
{
    return m_database
        ->run([=](QSqlDatabase &db) {
            Transaction transaction(db);
            const qint64 id = AccountRows::chatId(db, AccountRows::accountId(db, account), chatJid);
            transaction.commit();
            return id;
        })
        .then(this, [this](qint64 id) {
            Q_EMIT chatsChanged();
            return id;
        });
}

QFuture<void> MessageStore::setChatFlag(qint64 chatId, ChatFlag flag, bool on)
{
    // Column names from a closed set, never from input.
    const QString column = flag == ChatFlag::Pinned ? QStringLiteral("pinned") : QStringLiteral("muted");
    return m_database
        ->run([=](QSqlDatabase &db) {
            SqlQuery(db, QStringLiteral("UPDATE chats SET %1 = :on WHERE id = :chat").arg(column))
                .bind(QStringLiteral(":on"), on)
                .bind(QStringLiteral(":chat"), chatId)
                .exec();
        })
        .then(this, [this] { Q_EMIT chatsChanged(); });
}

QFuture<void> MessageStore::saveDraft(qint64 chatId, const QString &text)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery(db, QStringLiteral("UPDATE chats SET draft = :text WHERE id = :chat AND draft != :text"))
            .bind(QStringLiteral(":text"), text)
            .bind(QStringLiteral(":chat"), chatId)
            .exec();
    });
}

QFuture<QString> MessageStore::draft(qint64 chatId)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db, QStringLiteral("SELECT draft FROM chats WHERE id = :chat"));
        query.bind(QStringLiteral(":chat"), chatId).exec();
        return query.next() ? query.value(0).toString() : QString();
    });
}

QFuture<void> MessageStore::markChatRead(qint64 chatId)
{
    return m_database
        ->run([=](QSqlDatabase &db) {
            SqlQuery(db, QStringLiteral("UPDATE chats SET unread = 0 WHERE id = :chat AND unread != 0"))
                .bind(QStringLiteral(":chat"), chatId)
                .exec();
        })
        .then(this, [this] { Q_EMIT chatsChanged(); });
}
