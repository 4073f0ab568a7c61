// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockList.h"

#include <QSet>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include "Logging.h"
#include "account/Account.h"

BlockList::BlockList(QObject *parent) : QObject(parent) { }

void BlockList::watch(Account *account)
{
    const QString jid = account->jid();
    QXmppBlockingManager *manager = account->blocking();
    connect(manager, &QXmppBlockingManager::blocked, this,
        [this, jid](const QVector<QString> &entries) { change(jid, entries, true); });
    connect(manager, &QXmppBlockingManager::unblocked, this,
        [this, jid](const QVector<QString> &entries) { change(jid, entries, false); });
    connect(account, &Account::stateChanged, this, [this, jid, manager](Account::State state) {
        if (state != Account::State::Connected) {
            return;
        }
        // Also subscribes the manager to the server's pushes.
        manager->fetchBlocklist().then(this, [this, jid](QXmppBlockingManager::BlocklistResult &&result) {
            if (const auto *list = std::get_if<QXmppBlocklist>(&result)) {
                replace(jid, list->entries());
            } else {
                qCWarning(lcAccount) << jid << "cannot fetch the blocklist:"
                                     << std::get<QXmppError>(result).description;
            }
        });
    });
}

void BlockList::forget(const QString &account)
{
    replace(account, {});
    m_entries.remove(account);
}

void BlockList::replace(const QString &account, const QList<QString> &entries)
{
    const QStringList before = m_entries.value(account);
    QSet<QString> changed(before.cbegin(), before.cend());
    QSet<QString> after(entries.cbegin(), entries.cend());
    changed = (changed - after) + (after - QSet<QString>(before.cbegin(), before.cend()));
    m_entries.insert(account, QStringList(entries.cbegin(), entries.cend()));
    if (!changed.isEmpty()) {
        Q_EMIT blockListChanged(account, QStringList(changed.cbegin(), changed.cend()));
    }
}

void BlockList::change(const QString &account, const QList<QString> &entries, bool blocked)
{
    QStringList &list = m_entries[account];
    QStringList changed;
    for (const QString &entry : entries) {
        if (blocked != list.contains(entry)) {
            if (blocked) {
                list.append(entry);
            } else {
                list.removeAll(entry);
            }
            changed.append(entry);
        }
    }
    // An empty unblock push means "everything" (XEP-0191 3.5): the manager passes that on as
    // the whole list, but be safe should it ever arrive empty.
    if (!blocked && entries.isEmpty() && !list.isEmpty()) {
        changed = list;
        list.clear();
    }
    if (!changed.isEmpty()) {
        Q_EMIT blockListChanged(account, changed);
    }
}

bool BlockList::isBlocked(const QString &account, const QString &jid) const
{
    const auto it = m_entries.constFind(account);
    if (it == m_entries.cend() || it->isEmpty()) {
        return false;
    }
    return std::holds_alternative<QXmppBlocklist::Blocked>(
        QXmppBlocklist(QVector<QString>(it->cbegin(), it->cend())).blockingState(jid));
}

bool BlockList::affects(const QString &entry, const QString &jid)
{
    return entry == jid || entry == QXmppUtils::jidToDomain(jid) || QXmppUtils::jidToBareJid(entry) == jid;
}

QStringList BlockList::entries(const QString &account) const
{
    return m_entries.value(account);
}
