// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageAmendments.h"

#include "Database.h"
#include "Logging.h"
#include "MessageRows.h"
#include "MessageStore.h"
#include "SqlQuery.h"
#include "Transaction.h"

MessageAmendments::MessageAmendments(Database *database, MessageStore *messages, QObject *parent)
    : QObject(parent), m_database(database), m_messages(messages)
{ }

QFuture<void> MessageAmendments::announce(
    QFuture<std::optional<Message>> changed, std::function<void()> ifMissing)
{
    // One continuation per future: announcing and the fallback share it.
    return changed
        .then(this,
            [this, ifMissing](const std::optional<Message> &message) {
                if (message) {
                    Q_EMIT messageChanged(*message);
                    Q_EMIT m_messages->chatsChanged();
                } else if (ifMissing) {
                    ifMissing();
                }
            })
        .onFailed(this, [](const std::exception &e) {
            qCWarning(lcStorage) << "amending a message failed:" << e.what();
        });
}

QFuture<void> MessageAmendments::applyCorrection(const Message &correction, const QString &replaceId)
{
    auto changed = m_database->run([=](QSqlDatabase &db) -> std::optional<Message> {
        Transaction transaction(db);
        const auto row = MessageRows::findBySenderId(db, correction.account, correction.sender, replaceId);
        if (!row) {
            transaction.commit();
            return std::nullopt;
        }
        SqlQuery(db,
            QStringLiteral("UPDATE messages SET body = :body, edited = 1 WHERE id = :id AND retracted = 0"))
            .bind(QStringLiteral(":body"), correction.body)
            .bind(QStringLiteral(":id"), *row)
            .exec();
        auto message = MessageRows::byRowId(db, *row);
        transaction.commit();
        return message;
    });
    return announce(changed, [this, correction] {
        Message standalone = correction;
        standalone.edited = true;
        m_messages->addMessage(standalone);
    });
}

QFuture<void> MessageAmendments::retract(const QString &account, const QString &sender, const QString &id)
{
    auto changed = m_database->run([=](QSqlDatabase &db) -> std::optional<Message> {
        Transaction transaction(db);
        const auto row = MessageRows::findBySenderId(db, account, sender, id);
        if (!row) {
            transaction.commit();
            return std::nullopt;
        }
        // The body goes (the FTS trigger takes it out of the search index); the row stays as a
        // tombstone so the chat shows "message retracted" in its place.
        SqlQuery(db, QStringLiteral("UPDATE messages SET body = '', retracted = 1 WHERE id = :id"))
            .bind(QStringLiteral(":id"), *row)
            .exec();
        SqlQuery(db, QStringLiteral("DELETE FROM reactions WHERE message_id = :id"))
            .bind(QStringLiteral(":id"), *row)
            .exec();
        auto message = MessageRows::byRowId(db, *row);
        transaction.commit();
        return message;
    });
    return announce(changed);
}

QFuture<void> MessageAmendments::setReactions(const QString &account, const QString &chatJid,
    const QString &id, const QString &reactor, const QStringList &emojis)
{
    auto changed = m_database->run([=](QSqlDatabase &db) -> std::optional<Message> {
        Transaction transaction(db);
        const auto row = MessageRows::findInChat(db, account, chatJid, id);
        if (!row) {
            transaction.commit();
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
                QStringLiteral(
                    "INSERT INTO reactions (message_id, sender, emoji) VALUES (:id, :sender, :emoji)"
                    " ON CONFLICT DO NOTHING"))
                .bind(QStringLiteral(":id"), *row)
                .bind(QStringLiteral(":sender"), reactor)
                .bind(QStringLiteral(":emoji"), emoji)
                .exec();
        }
        auto message = MessageRows::byRowId(db, *row);
        transaction.commit();
        return message;
    });
    return announce(changed);
}
