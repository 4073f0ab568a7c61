// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageAmendments.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include "AccountRows.h"
#include "Database.h"
#include "Logging.h"
#include "MessageEffects.h"
#include "MessageRows.h"
#include "MessageStore.h"
#include "SqlQuery.h"
#include "Transaction.h"

MessageAmendments::MessageAmendments(Database *database, MessageStore *messages, QObject *parent)
    : QObject(parent), m_database(database), m_messages(messages)
{
    // What received stanzas changed (applied by the store with the message they came with).
    connect(messages, &MessageStore::messageChanged, this, &MessageAmendments::messageChanged);
}

namespace {

void enqueue(QSqlDatabase &db, const OutgoingAmendment &a)
{
    const qint64 accountId = AccountRows::accountId(db, a.account);
    if (a.kind == OutgoingAmendment::Kind::Reaction) {
        SqlQuery(db,
            QStringLiteral("DELETE FROM outgoing_amendments WHERE account_id = :a AND chat_jid = :chat"
                           " AND kind = :kind AND target_id = :target AND state = 0"))
            .bind(QStringLiteral(":a"), accountId)
            .bind(QStringLiteral(":chat"), a.chatJid)
            .bind(QStringLiteral(":kind"), static_cast<int>(a.kind))
            .bind(QStringLiteral(":target"), a.targetId)
            .exec();
    }
    SqlQuery(db,
        QStringLiteral(
            "INSERT INTO outgoing_amendments (account_id, chat_jid, origin_id, kind, target_id,"
            " body, emojis, created_at) VALUES (:a, :chat, :origin, :kind, :target, :body, :emojis, :now)"
            " ON CONFLICT DO NOTHING"))
        .bind(QStringLiteral(":a"), accountId)
        .bind(QStringLiteral(":chat"), a.chatJid)
        .bind(QStringLiteral(":origin"), a.originId)
        .bind(QStringLiteral(":kind"), static_cast<int>(a.kind))
        .bind(QStringLiteral(":target"), a.targetId)
        .bind(QStringLiteral(":body"), a.body.isEmpty() ? QStringLiteral("") : a.body) // not NULL
        .bind(QStringLiteral(":emojis"),
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(a.emojis)).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":now"), QDateTime::currentMSecsSinceEpoch())
        .exec();
}

} // namespace

QFuture<void> MessageAmendments::applyCorrection(const Message &correction, const QString &replaceId)
{
    return settle(m_messages->applyEffects({ MessageEffect::correction(correction, replaceId) }));
}

QFuture<void> MessageAmendments::retract(const QString &account, const QString &sender, const QString &id)
{
    return settle(m_messages->applyEffects({ MessageEffect::retraction(account, sender, id) }));
}

QFuture<void> MessageAmendments::setReactions(const QString &account, const QString &chatJid,
    const QString &id, const QString &reactor, const QStringList &emojis)
{
    return settle(
        m_messages->applyEffects({ MessageEffect::reactions(account, chatJid, id, reactor, emojis) }));
}

QFuture<void> MessageAmendments::settle(QFuture<void> applied)
{
    return applied.onFailed(this,
        [](const std::exception &e) { qCWarning(lcStorage) << "amending a message failed:" << e.what(); });
}

QFuture<void> MessageAmendments::applyOwn(const OutgoingAmendment &a)
{
    // Failures reach the caller: the person must learn that the change was not kept.
    auto changed = m_database->run([=](QSqlDatabase &db) {
        Transaction transaction(db);
        std::optional<Message> message;
        switch (a.kind) {
        case OutgoingAmendment::Kind::Correction:
            message = MessageEffects::correct(db, a.account, a.account, a.targetId, a.body);
            break;
        case OutgoingAmendment::Kind::Retraction:
            message = MessageEffects::retract(db, a.account, a.account, a.targetId);
            break;
        case OutgoingAmendment::Kind::Reaction:
            message = MessageEffects::setReactions(db, a.account, a.chatJid, a.targetId, a.account, a.emojis);
            break;
        }
        enqueue(db, a);
        transaction.commit();
        return message;
    });
    return changed.then(this, [this](const std::optional<Message> &message) {
        if (message) {
            Q_EMIT messageChanged(*message);
            Q_EMIT m_messages->chatChanged(message->chatId);
        }
    });
}

QFuture<QList<OutgoingAmendment>> MessageAmendments::pendingOwn(const QString &account)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery query(db,
            QStringLiteral("SELECT o.chat_jid, o.origin_id, o.kind, o.target_id, o.body, o.emojis"
                           " FROM outgoing_amendments o JOIN accounts a ON a.id = o.account_id"
                           " WHERE a.jid = :account AND o.state = 0 ORDER BY o.id"));
        query.bind(QStringLiteral(":account"), account).exec();
        QList<OutgoingAmendment> pending;
        while (query.next()) {
            OutgoingAmendment a;
            a.account = account;
            a.chatJid = query.value(0).toString();
            a.originId = query.value(1).toString();
            a.kind = static_cast<OutgoingAmendment::Kind>(query.value(2).toInt());
            a.targetId = query.value(3).toString();
            a.body = query.value(4).toString();
            const QJsonArray emojis = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).array();
            for (const auto &emoji : emojis) {
                a.emojis.append(emoji.toString());
            }
            pending.append(a);
        }
        return pending;
    });
}

QFuture<void> MessageAmendments::markOwnSent(const QString &account, const QString &originId)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery(db,
            QStringLiteral("UPDATE outgoing_amendments SET state = 1 WHERE origin_id = :origin"
                           " AND account_id = (SELECT id FROM accounts WHERE jid = :account)"))
            .bind(QStringLiteral(":origin"), originId)
            .bind(QStringLiteral(":account"), account)
            .exec();
    });
}
