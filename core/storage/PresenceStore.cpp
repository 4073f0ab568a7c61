// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenceStore.h"

#include "AccountRows.h"
#include "Database.h"
#include "SqlQuery.h"

PresenceStore::PresenceStore(Database *database, QObject *parent) : QObject(parent), m_database(database) { }

QFuture<void> PresenceStore::save(const ContactPresence &presence)
{
    return m_database->run([=](QSqlDatabase &db) {
        SqlQuery(db,
            QStringLiteral(
                "INSERT INTO contact_presence (account_id, jid, availability, status_text, last_seen)"
                " VALUES (:a, :jid, :availability, :status, :seen) ON CONFLICT (account_id, jid)"
                " DO UPDATE SET availability = excluded.availability,"
                " status_text = excluded.status_text, last_seen = excluded.last_seen"))
            .bind(QStringLiteral(":a"), AccountRows::accountId(db, presence.account))
            .bind(QStringLiteral(":jid"), presence.jid)
            .bind(QStringLiteral(":availability"), int(presence.availability))
            // Never a null QString: it binds as SQL NULL, which the NOT NULL column refuses.
            .bind(QStringLiteral(":status"),
                presence.statusText.isNull() ? QStringLiteral("") : presence.statusText)
            .bind(QStringLiteral(":seen"), presence.lastSeen)
            .exec();
    });
}

QFuture<QList<ContactPresence>> PresenceStore::all()
{
    return m_database->run([](QSqlDatabase &db) {
        SqlQuery query(db,
            QStringLiteral("SELECT a.jid, p.jid, p.availability, p.status_text, p.last_seen"
                           " FROM contact_presence p JOIN accounts a ON a.id = p.account_id"));
        query.exec();
        QList<ContactPresence> rows;
        while (query.next()) {
            ContactPresence presence;
            presence.account = query.value(0).toString();
            presence.jid = query.value(1).toString();
            const int availability = query.value(2).toInt();
            presence.availability = availability >= Presence::Online && availability <= Presence::Offline
                ? Presence::Availability(availability)
                : Presence::Offline;
            presence.statusText = query.value(3).toString();
            presence.lastSeen = query.value(4).toLongLong();
            rows.append(presence);
        }
        return rows;
    });
}
