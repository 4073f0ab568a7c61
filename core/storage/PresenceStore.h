// SPDX-License-Identifier: GPL-3.0-or-later
// The last known presence and "last seen" time of every contact, so they survive a restart.
#pragma once

#include <QFuture>
#include <QList>
#include <QObject>

#include "ContactPresence.h"

class Database;

class PresenceStore : public QObject
{
    Q_OBJECT
public:
    explicit PresenceStore(Database *database, QObject *parent = nullptr);

    QFuture<void> save(const ContactPresence &presence);
    // Every stored contact of every account.
    QFuture<QList<ContactPresence>> all();

private:
    Database *m_database;
};
