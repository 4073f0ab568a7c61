// SPDX-License-Identifier: GPL-3.0-or-later
// Each contact's presence per account: the availability and status text of its most available
// resource, from the presence stanzas the contact sends, and when it was last seen available.
// Changes are kept in the PresenceStore, so the last known state shows after a restart.
#pragma once

#include <QHash>
#include <QObject>

#include "storage/ContactPresence.h"

class Account;
class PresenceStore;
class QXmppPresence;

class PresenceCache : public QObject
{
    Q_OBJECT
public:
    explicit PresenceCache(PresenceStore *store, QObject *parent = nullptr);

    // Follows an account's presence stanzas and connection.
    void watch(Account *account);
    // Applies one presence stanza that account received (what watch() does for every stanza).
    void handlePresence(const QString &account, const QXmppPresence &presence);
    // The account lost its connection: none of its contacts is known to be online any more.
    void accountOffline(const QString &account);
    // We no longer receive the contact's presence (unsubscribed, or removed from the roster).
    void presenceWithdrawn(const QString &account, const QString &jid);

    // Offline with no last-seen time when nothing is known.
    ContactPresence presence(const QString &account, const QString &jid) const;

Q_SIGNALS:
    void presenceChanged(const QString &account, const QString &jid);

private:
    struct Resource
    {
        Presence::Availability availability = Presence::Offline;
        QString statusText;
        int priority = 0;
    };
    struct Entry
    {
        ContactPresence shown;
        QHash<QString, Resource> resources; // available resources only
    };

    static QString keyOf(const QString &account, const QString &jid);
    void update(Entry &entry, const QString &partingStatus);
    void publish(const Entry &entry);

    PresenceStore *m_store;
    QHash<QString, Entry> m_entries; // keyOf(account, jid) ->
};
