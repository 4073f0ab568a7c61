// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterSync.h"

#include <QXmppRosterManager.h>

#include "Logging.h"
#include "account/Account.h"
#include "storage/RosterItem.h"
#include "storage/RosterStore.h"

RosterSync::RosterSync(Account *account, RosterStore *store, QObject *parent)
    : QObject(parent), m_account(account), m_store(store)
{
    // QXmppRosterManager only accepts roster pushes from the account itself (RFC 6121 2.1.6).
    QXmppRosterManager *roster = account->roster();
    connect(roster, &QXmppRosterManager::rosterReceived, this, [this, roster] {
        QList<RosterItem> items;
        const QStringList jids = roster->getRosterBareJids();
        for (const QString &jid : jids) {
            items.append(itemFor(jid));
        }
        qCInfo(lcAccount) << m_account->jid() << "roster received:" << items.size() << "contacts";
        m_store->replaceRoster(m_account->jid(), items).onFailed(this, [](const std::exception &e) {
            qCWarning(lcStorage) << "storing the roster failed:" << e.what();
        });
    });
    connect(roster, &QXmppRosterManager::itemAdded, this,
        [this](const QString &jid) { m_store->upsertItem(m_account->jid(), itemFor(jid)); });
    connect(roster, &QXmppRosterManager::itemChanged, this,
        [this](const QString &jid) { m_store->upsertItem(m_account->jid(), itemFor(jid)); });
    connect(roster, &QXmppRosterManager::itemRemoved, this,
        [this](const QString &jid) { m_store->removeItem(m_account->jid(), jid); });
}

RosterItem RosterSync::itemFor(const QString &bareJid) const
{
    const QXmppRosterIq::Item entry = m_account->roster()->getRosterEntry(bareJid);
    RosterItem item;
    item.jid = bareJid;
    item.name = entry.name();
    item.subscription = entry.subscriptionType();
    item.groups = QStringList(entry.groups().cbegin(), entry.groups().cend());
    item.groups.sort();
    return item;
}
