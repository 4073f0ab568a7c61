// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageStore.h"

#include <algorithm>

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include "AccountRows.h"
#include "ChatRows.h"
#include "Database.h"
#include "Logging.h"
#include "MessageEffects.h"
#include "MessageInsert.h"
#include "MessageOrder.h"
#include "MessageRows.h"
#include "RowIdCache.h"
#include "SqlQuery.h"
#include "Transaction.h"

namespace {

bool hasArchiveAnchor(QSqlDatabase &db, qint64 accountId, const QString &archive)
{
    SqlQuery query(db,
        QStringLiteral(
            "SELECT 1 FROM archive_sync WHERE account_id = :a AND archive = :archive AND last_id != ''"));
    query.bind(QStringLiteral(":a"), accountId).bind(QStringLiteral(":archive"), archive).exec();
    return query.next();
}

} // namespace

MessageStore::MessageStore(Database *database, QObject *parent) : QObject(parent), m_database(database) { }

QFuture<std::optional<Message>> MessageStore::addMessage(Message message)
{
    return addReceived(std::move(message), {});
}

QFuture<std::optional<Message>> MessageStore::addReceived(
    std::optional<Message> message, QList<MessageEffect> effects)
{
    using Result = std::pair<std::optional<Message>, QList<MessageEffects::Outcome>>;
    return m_database
        ->run([message, effects](QSqlDatabase &db) {
            Transaction transaction(db);
            RowIdCache ids(db);
            Result result;
            if (message) {
                result.first = MessageInsert::insert(db, ids, *message);
            }
            for (const MessageEffect &effect : effects) {
                result.second.append(MessageEffects::apply(db, ids, effect));
            }
            transaction.commit();
            return result;
        })
        .then(this, [this](const Result &result) {
            if (result.first) {
                Q_EMIT messageAdded(*result.first);
                Q_EMIT chatChanged(result.first->chatId);
            }
            announce(result.second);
            return result.first;
        });
}

QFuture<void> MessageStore::applyEffects(QList<MessageEffect> effects)
{
    return addReceived(std::nullopt, std::move(effects)).then([](const std::optional<Message> &) { });
}

void MessageStore::announce(const QList<MessageEffects::Outcome> &outcomes)
{
    for (const MessageEffects::Outcome &o : outcomes) {
        if (o.added) {
            Q_EMIT messageAdded(*o.added);
            Q_EMIT chatChanged(o.added->chatId);
        }
        if (o.changed) {
            Q_EMIT messageChanged(*o.changed);
            Q_EMIT chatChanged(o.changed->chatId); // its preview may be this one
        }
        if (o.chatChanged != 0) {
            Q_EMIT chatChanged(o.chatChanged);
        }
        if (!o.readOriginId.isEmpty()) {
            Q_EMIT messageStateChanged(o.readAccount, o.readOriginId, MessageState::Read);
        }
    }
}

QFuture<QList<Message>> MessageStore::addArchivePage(const QString &account, const QString &archive,
    const QList<Message> &page, const ArchiveProgress &progress, const QList<MessageEffect> &effects)
{
    using Result = std::pair<QList<Message>, QList<MessageEffects::Outcome>>;
    return m_database
        ->run([=](QSqlDatabase &db) {
            // The page and the anchor move together: a crash leaves either both or neither.
            Transaction transaction(db);
            RowIdCache ids(db);
            QList<Message> stored;
            MessageInsert::PageChain chain;
            // What the archive held before our first sync of it, and anything older, is history:
            // read elsewhere or before this device existed, not news.
            const bool news
                = !progress.olderThanStored && hasArchiveAnchor(db, ids.account(account), archive);
            if (progress.olderThanStored) {
                // Newest first, each going before the ones already placed.
                for (auto it = page.crbegin(); it != page.crend(); ++it) {
                    if (auto row = MessageInsert::insert(
                            db, ids, *it, MessageInsert::Placement::BeforeNext, &chain, false)) {
                        stored.prepend(*row);
                    }
                }
            } else {
                // A copy of this page the live stream stored first (offline delivery can hand a
                // message over later than the ones after it) still bounds what precedes it here.
                const QList<MessageOrder::StoredAhead> nextStored
                    = MessageOrder::storedKeysAhead(db, ids, page);
                for (qsizetype i = 0; i < page.size(); ++i) {
                    if (auto row = MessageInsert::insert(db, ids, page.at(i),
                            MessageInsert::Placement::AfterPrevious, &chain, news, nextStored.at(i))) {
                        stored.append(*row);
                    }
                }
            }
            // After the whole page: a correction or retraction may follow its message in the page.
            QList<MessageEffects::Outcome> outcomes;
            for (const MessageEffect &effect : effects) {
                outcomes.append(MessageEffects::apply(db, ids, effect, news));
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
            return Result(stored, outcomes);
        })
        .then(this, [this](const Result &result) {
            for (const Message &message : result.first) {
                Q_EMIT messageAdded(message);
            }
            for (const Message &message : result.first) {
                Q_EMIT chatChanged(message.chatId); // ChatStore reads each chat once
            }
            announce(result.second);
            return result.first;
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
                           " ORDER BY m.sort_key, m.id LIMIT 1"));
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

QFuture<void> MessageStore::markDelivered(
    const QString &account, const QString &from, const QString &originId)
{
    return m_database
        ->run([=](QSqlDatabase &db) {
            SqlQuery query(db,
                QStringLiteral(
                    // Pending too: the receipt can overtake the server's ack (under load it did),
                    // and the chat that names the message's random id has it. Never a failure.
                    "UPDATE messages SET state = :delivered WHERE origin_id = :origin AND outgoing = 1"
                    " AND sender = :account AND state IN (:pending, :sent)"
                    " AND account_id = (SELECT id FROM accounts WHERE jid = :account)"
                    " AND chat_id = (SELECT c.id FROM chats c JOIN accounts a ON a.id = c.account_id"
                    " WHERE a.jid = :account AND c.jid = :chat)"));
            query.bind(QStringLiteral(":delivered"), static_cast<int>(MessageState::Delivered))
                .bind(QStringLiteral(":pending"), static_cast<int>(MessageState::Pending))
                .bind(QStringLiteral(":sent"), static_cast<int>(MessageState::Sent))
                .bind(QStringLiteral(":origin"), originId)
                .bind(QStringLiteral(":account"), account)
                .bind(QStringLiteral(":chat"), from)
                .exec();
            return query.rowsAffected() > 0;
        })
        .then(this, [=, this](bool delivered) {
            if (delivered)
                Q_EMIT messageStateChanged(account, originId, MessageState::Delivered);
        });
}

QFuture<void> MessageStore::setHoldReason(
    const QString &account, const QString &originId, const QString &reason)
{
    // Never NULL: the column is NOT NULL, and a null QString binds as SQL NULL.
    const QString stored = reason.isEmpty() ? QStringLiteral("") : reason;
    return m_database
        ->run([=](QSqlDatabase &db) {
            SqlQuery query(db,
                QStringLiteral("UPDATE messages SET hold_reason = :reason WHERE origin_id = :origin"
                               " AND outgoing = 1 AND hold_reason != :reason"
                               " AND account_id = (SELECT id FROM accounts WHERE jid = :account)"));
            query.bind(QStringLiteral(":reason"), stored)
                .bind(QStringLiteral(":origin"), originId)
                .bind(QStringLiteral(":account"), account)
                .exec();
            return query.rowsAffected() > 0;
        })
        .then(this, [=, this](bool changed) {
            if (changed)
                Q_EMIT holdReasonChanged(account, originId, stored);
        });
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

QFuture<void> MessageStore::markBounceHeld(
    const QString &account, const QString &chatJid, const QString &originId, const QString &reason)
{
    const QString stored = reason.isEmpty() ? QStringLiteral("") : reason; // NOT NULL column
    return m_database
        ->run([=](QSqlDatabase &db) {
            SqlQuery query(db,
                QStringLiteral(
                    "UPDATE messages SET state = :pending, hold_reason = :reason WHERE origin_id = :origin"
                    " AND outgoing = 1 AND sender = :account AND state < :delivered"
                    " AND account_id = (SELECT id FROM accounts WHERE jid = :account)"
                    " AND chat_id = (SELECT c.id FROM chats c JOIN accounts a ON a.id = c.account_id"
                    " WHERE a.jid = :account AND c.jid = :chat)"));
            query.bind(QStringLiteral(":pending"), static_cast<int>(MessageState::Pending))
                .bind(QStringLiteral(":reason"), stored)
                .bind(QStringLiteral(":origin"), originId)
                .bind(QStringLiteral(":account"), account)
                .bind(QStringLiteral(":delivered"), static_cast<int>(MessageState::Delivered))
                .bind(QStringLiteral(":chat"), chatJid)
                .exec();
            return query.rowsAffected() > 0;
        })
        .then(this, [=, this](bool held) {
            if (held) {
                Q_EMIT messageStateChanged(account, originId, MessageState::Pending);
                Q_EMIT holdReasonChanged(account, originId, stored);
            }
        });
}

QFuture<QList<Message>> MessageStore::messagesBefore(qint64 chatId, PageCursor before, int limit)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db,
            QStringLiteral("SELECT %1 FROM messages m JOIN chats c ON c.id = m.chat_id"
                           " JOIN accounts a ON a.id = m.account_id"
                           " WHERE m.chat_id = :chat AND (m.sort_key, m.id) < (:key, :id)"
                           " ORDER BY m.sort_key DESC, m.id DESC LIMIT :limit")
                .arg(MessageRows::columns()));
        query.bind(QStringLiteral(":chat"), chatId)
            .bind(QStringLiteral(":key"), before.sortKey)
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
    // The last word is still being typed: its first letters find it. One or two letters would
    // match most of the archive (and have no prefix index: 250-700 ms on a million messages),
    // so such a word is matched whole.
    if (!terms.isEmpty() && words.last().size() >= 3) {
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
                           " ORDER BY m.sort_key DESC, m.id DESC")
                .arg(MessageRows::columns()));
        query.bind(QStringLiteral(":match"), match).bind(QStringLiteral(":limit"), limit).exec();
        return MessageRows::readAll(query);
    });
}

QFuture<void> MessageStore::markOutgoingReadUpTo(
    const QString &account, const QString &chatJid, const QString &originId)
{
    return applyEffects({ MessageEffect::outgoingReadUpTo(account, chatJid, originId) });
}

QFuture<void> MessageStore::markIncomingReadUpTo(
    const QString &account, const QString &chatJid, const QString &sender, const QString &originId)
{
    MessageEffect read = MessageEffect::incomingReadUpTo(account, chatJid, originId);
    read.sender = sender;
    return applyEffects({ read });
}

QFuture<MessageStore::ReadMarkerTarget> MessageStore::readMarkerTarget(qint64 chatId)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db,
            QStringLiteral("SELECT a.jid, c.jid, (SELECT coalesce(m.message_id, m.origin_id) FROM messages m"
                           "  WHERE m.chat_id = c.id AND m.outgoing = 0 AND coalesce(m.message_id, "
                           "m.origin_id) IS NOT NULL"
                           "  ORDER BY m.sort_key DESC, m.id DESC LIMIT 1)"
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
                           " ORDER BY m.sort_key, m.id")
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
                           " ORDER BY m.sort_key, m.id")
                .arg(MessageRows::columns()));
        query.bind(QStringLiteral(":account"), account).exec();
        return MessageRows::readAll(query);
    });
}

QFuture<QList<Chat>> MessageStore::chats()
{
    return m_database->run([](QSqlDatabase &db) { return ChatRows::all(db); });
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
            Q_EMIT chatChanged(id); // new, or unchanged (then the list has nothing to do)
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
        .then(this, [this, chatId] { Q_EMIT chatChanged(chatId); });
}

QFuture<void> MessageStore::saveDraft(qint64 chatId, const QString &text)
{
    return m_database
        ->run([=](QSqlDatabase &db) {
            // A cleared field may be a null QString, which binds as SQL NULL: "draft != NULL" is
            // never true, so the old draft stayed.
            SqlQuery(db, QStringLiteral("UPDATE chats SET draft = :text WHERE id = :chat AND draft != :text"))
                .bind(QStringLiteral(":text"), text.isNull() ? QStringLiteral("") : text)
                .bind(QStringLiteral(":chat"), chatId)
                .exec();
        })
        // The list shows the draft already (ChatListModel::saveDraft); a row read before this
        // write must not leave the old one there.
        .then(this, [this, chatId] { Q_EMIT chatChanged(chatId); });
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
        .then(this, [this, chatId] { Q_EMIT chatChanged(chatId); });
}
