// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterSync.h"

#include <QFuture>

#include "Logging.h"
#include "account/Account.h"
#include "storage/RosterItem.h"
#include "storage/RosterStore.h"
#include "xmpp/Rfc6121RosterManager.h"

namespace {
QXmppRosterIq::Item entryFor(const RosterItem &stored)
{
    QXmppRosterIq::Item item;
    item.setBareJid(stored.jid);
    item.setName(stored.name);
    item.setSubscriptionType(QXmppRosterIq::Item::SubscriptionType(stored.subscription));
    item.setGroups(QSet<QString>(stored.groups.cbegin(), stored.groups.cend()));
    return item;
}
} // namespace

RosterSync::RosterSync(Account *account, RosterStore *store, QObject *parent)
    : QObject(parent), m_account(account), m_store(store)
{
    Rfc6121RosterManager *roster = account->roster();
    m_store->storedRoster(account->jid())
        .then(this,
            [roster](const StoredRoster &stored) {
                QList<QXmppRosterIq::Item> items;
                items.reserve(stored.items.size());
                for (const RosterItem &item : stored.items) {
                    items.append(entryFor(item));
                }
                roster->setStoredRoster(items, stored.version);
            })
        .onFailed(this, [roster](const std::exception &e) {
            qCWarning(lcStorage) << "reading the stored roster failed, asking for all of it:" << e.what();
            roster->setStoredRoster({}, {});
        });

    connect(roster, &Rfc6121RosterManager::rosterReplaced, this, [this, roster] {
        QList<RosterItem> items;
        const QStringList jids = roster->getRosterBareJids();
        for (const QString &jid : jids) {
            items.append(itemFor(jid));
        }
        logFailure(
            QStringLiteral("the roster"), m_store->replaceRoster(m_account->jid(), items, roster->version()));
    });
    connect(roster, &Rfc6121RosterManager::itemAdded, this, [this, roster](const QString &jid) {
        logFailure(jid, m_store->upsertItem(m_account->jid(), itemFor(jid), roster->version()));
    });
    connect(roster, &Rfc6121RosterManager::itemChanged, this, [this, roster](const QString &jid) {
        logFailure(jid, m_store->upsertItem(m_account->jid(), itemFor(jid), roster->version()));
    });
    connect(roster, &Rfc6121RosterManager::itemRemoved, this, [this, roster](const QString &jid) {
        logFailure(jid, m_store->removeItem(m_account->jid(), jid, roster->version()));
    });
}

void RosterSync::logFailure(const QString &what, QFuture<void> write)
{
    write.onFailed(this, [what](const std::exception &e) {
        qCWarning(lcStorage) << "storing" << what << "failed:" << e.what();
    });
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
