// SPDX-License-Identifier: GPL-3.0-or-later
// Each account's roster in SQLite, replaced whenever the server sends the roster.
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

    QFuture<void> replaceRoster(const QString &account, const QList<RosterItem> &items);
    QFuture<void> upsertItem(const QString &account, const RosterItem &item);
    QFuture<void> removeItem(const QString &account, const QString &jid);
    QFuture<QList<RosterItem>> items(const QString &account);

Q_SIGNALS:
    void rosterChanged(const QString &account);

private:
    Database *m_database;
};
