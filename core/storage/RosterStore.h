// SPDX-License-Identifier: GPL-3.0-or-later
// Each account's roster in SQLite with its version (RFC 6121 §2.6). Every change writes the
// version it brings in the same transaction: a version never runs ahead of the items it stands for.
#pragma once

#include <QFuture>
#include <QList>
#include <QObject>

#include "RosterItem.h"

class Database;

class RosterStore : public QObject
{
    Q_OBJECT
public:
    explicit RosterStore(Database *database, QObject *parent = nullptr);

    // An empty version clears the stored one (the next session asks for the whole roster); the
    // item changes keep the stored version when given none.
    QFuture<void> replaceRoster(
        const QString &account, const QList<RosterItem> &items, const QString &version = {});
    QFuture<void> upsertItem(const QString &account, const RosterItem &item, const QString &version = {});
    QFuture<void> removeItem(const QString &account, const QString &jid, const QString &version = {});
    QFuture<QList<RosterItem>> items(const QString &account);
    QFuture<StoredRoster> storedRoster(const QString &account);

Q_SIGNALS:
    void rosterChanged(const QString &account);

private:
    Database *m_database;
};
