// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoTrustRows.h"

#include "storage/SqlQuery.h"

namespace OmemoTrustRows {

OmemoTrust trust(const QSqlDatabase &db, qint64 accountId, const QString &jid, const QByteArray &key)
{
    SqlQuery query(db,
        QStringLiteral(
            "SELECT trust FROM omemo_trust WHERE account_id = :a AND jid = :jid AND identity_key = :key"));
    query.bind(QStringLiteral(":a"), accountId)
        .bind(QStringLiteral(":jid"), jid)
        .bind(QStringLiteral(":key"), key)
        .exec();
    return query.next() ? OmemoTrust(query.value(0).toInt()) : OmemoTrust::Undecided;
}

bool setTrust(
    const QSqlDatabase &db, qint64 accountId, const QString &jid, const QByteArray &key, OmemoTrust value)
{
    SqlQuery query(db,
        QStringLiteral(
            "INSERT INTO omemo_trust (account_id, jid, identity_key, trust) VALUES (:a, :jid, :key, :trust)"
            " ON CONFLICT (account_id, jid, identity_key) DO UPDATE SET trust = excluded.trust"
            " WHERE trust != excluded.trust"));
    query.bind(QStringLiteral(":a"), accountId)
        .bind(QStringLiteral(":jid"), jid)
        .bind(QStringLiteral(":key"), key)
        .bind(QStringLiteral(":trust"), int(value))
        .exec();
    return query.rowsAffected() > 0;
}

QMultiHash<QString, QByteArray> keysWith(const QSqlDatabase &db, qint64 accountId, OmemoTrust value)
{
    SqlQuery query(db,
        QStringLiteral("SELECT jid, identity_key FROM omemo_trust WHERE account_id = :a AND trust = :trust"));
    query.bind(QStringLiteral(":a"), accountId).bind(QStringLiteral(":trust"), int(value)).exec();
    QMultiHash<QString, QByteArray> keys;
    while (query.next()) {
        keys.insert(query.value(0).toString(), query.value(1).toByteArray());
    }
    return keys;
}

int postpone(const QSqlDatabase &db, qint64 accountId, const QString &senderJid, const QByteArray &senderKey,
    const QList<Postponed> &decisions)
{
    SqlQuery count(db,
        QStringLiteral(
            "SELECT count(*) FROM omemo_postponed_trust WHERE account_id = :a AND sender_jid = :s"));
    count.bind(QStringLiteral(":a"), accountId).bind(QStringLiteral(":s"), senderJid).exec();
    int room = maxPostponedPerSender - (count.next() ? count.value(0).toInt() : 0);
    int kept = 0;
    for (const Postponed &decision : decisions) {
        if (room <= 0) {
            break;
        }
        // A later message about the same key says what holds now.
        SqlQuery insert(db,
            QStringLiteral("INSERT INTO omemo_postponed_trust (account_id, sender_jid, sender_key, owner_jid,"
                           " identity_key, trust) VALUES (:a, :s, :sk, :o, :k, :t)"
                           " ON CONFLICT DO UPDATE SET trust = excluded.trust"));
        insert.bind(QStringLiteral(":a"), accountId)
            .bind(QStringLiteral(":s"), senderJid)
            .bind(QStringLiteral(":sk"), senderKey)
            .bind(QStringLiteral(":o"), decision.owner)
            .bind(QStringLiteral(":k"), decision.key)
            .bind(QStringLiteral(":t"), int(decision.trust))
            .exec();
        --room;
        ++kept;
    }
    return kept;
}

QList<Postponed> takePostponed(
    const QSqlDatabase &db, qint64 accountId, const QString &senderJid, const QByteArray &senderKey)
{
    SqlQuery query(db,
        QStringLiteral("DELETE FROM omemo_postponed_trust WHERE account_id = :a AND sender_jid = :s"
                       " AND sender_key = :sk RETURNING owner_jid, identity_key, trust"));
    query.bind(QStringLiteral(":a"), accountId)
        .bind(QStringLiteral(":s"), senderJid)
        .bind(QStringLiteral(":sk"), senderKey)
        .exec();
    QList<Postponed> decisions;
    while (query.next()) {
        decisions.append(
            { query.value(0).toString(), query.value(1).toByteArray(), OmemoTrust(query.value(2).toInt()) });
    }
    return decisions;
}

} // namespace OmemoTrustRows
