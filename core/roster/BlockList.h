// SPDX-License-Identifier: GPL-3.0-or-later
// Each account's server-side blocklist (XEP-0191 through QXmppBlockingManager): fetched at
// every connect, then kept in step with the server's pushes, which also report what another
// of our devices blocked or unblocked.
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QXmppBlockingManager.h>

class Account;

class BlockList : public QObject
{
    Q_OBJECT
public:
    explicit BlockList(QObject *parent = nullptr);

    void watch(Account *account);
    void forget(const QString &account);

    // Whether the server blocks jid (a bare address) for account, by its own entry or its domain's.
    bool isBlocked(const QString &account, const QString &jid) const;
    QStringList entries(const QString &account) const;
    // Whether adding or removing entry can change whether jid (bare) is blocked.
    static bool affects(const QString &entry, const QString &jid);

Q_SIGNALS:
    // entries: the blocklist entries (addresses or domains) that were added or removed.
    void blockListChanged(const QString &account, const QStringList &entries);

private:
    void replace(const QString &account, const QList<QString> &entries);
    void change(const QString &account, const QList<QString> &entries, bool blocked);

    QHash<QString, QStringList> m_entries; // account -> entries
};
