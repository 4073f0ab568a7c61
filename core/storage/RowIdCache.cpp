// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowIdCache.h"

#include "AccountRows.h"

qint64 RowIdCache::account(const QString &jid)
{
    auto it = m_accounts.find(jid);
    if (it == m_accounts.end()) {
        it = m_accounts.insert(jid, AccountRows::accountId(m_db, jid));
    }
    return *it;
}

qint64 RowIdCache::chat(qint64 accountId, const QString &jid)
{
    const auto key = std::pair(accountId, jid);
    auto it = m_chats.find(key);
    if (it == m_chats.end()) {
        it = m_chats.insert(key, AccountRows::chatId(m_db, accountId, jid));
    }
    return *it;
}
