// SPDX-License-Identifier: GPL-3.0-or-later
// Account and chat row ids looked up once per transaction instead of once per message.
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

class RowIdCache
{
public:
    explicit RowIdCache(const QSqlDatabase &db) : m_db(db) { }
    qint64 account(const QString &jid);
    // Creates the chat row when there is none yet (inside the caller's transaction).
    qint64 chat(qint64 accountId, const QString &jid);

private:
    const QSqlDatabase &m_db;
    QHash<QString, qint64> m_accounts;
    QHash<std::pair<qint64, QString>, qint64> m_chats;
};
