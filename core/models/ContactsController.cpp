// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactsController.h"

#include <QDateTime>

#include "models/RosterTreeModel.h"
#include "models/SubscriptionRequestModel.h"
#include "roster/ContactActions.h"
#include "roster/PresenceCache.h"
#include "session/AccountContext.h"
#include "session/AccountSet.h"
#include "session/SessionCore.h"
#include "storage/ContactPresence.h"

ContactsController::ContactsController(SessionCore *core, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_roster(
          std::make_unique<RosterTreeModel>(core->rosterStore(), [core] { return core->accounts()->jids(); }))
    , m_requests(std::make_unique<SubscriptionRequestModel>(
          [core](const QString &jid) { return core->account(jid); }))
{
    AccountSet *set = core->accounts();
    m_roster->setContactFacts(core->contactFacts());
    connect(set, &AccountSet::accountsChanged, m_roster.get(), &RosterTreeModel::reload);
    connect(set, &AccountSet::accountAdded, this,
        [this](AccountContext *context) { m_requests->watch(context->account()); });
    connect(set, &AccountSet::accountRemoved, this, [this](const QString &jid) { m_requests->forget(jid); });
    connect(
        core->presenceCache(), &PresenceCache::presenceChanged, this, &ContactsController::presenceChanged);
}

ContactsController::~ContactsController()
{
    // Nothing the core signals while it shuts down may reach the models.
    disconnect(m_core->accounts(), nullptr, this, nullptr);
    disconnect(m_core->accounts(), nullptr, m_roster.get(), nullptr);
    disconnect(m_core->presenceCache(), nullptr, this, nullptr);
}

QVariantMap ContactsController::presence(const QString &jid, const QString &account) const
{
    const QString owner = account.isEmpty() ? m_core->accounts()->primaryJid() : account;
    const ContactPresence known = m_core->presenceCache()->presence(owner, jid);
    QVariantMap result { { QStringLiteral("presence"), int(known.availability) },
        { QStringLiteral("statusText"), known.statusText } };
    if (known.lastSeen > 0)
        result.insert(QStringLiteral("lastSeen"), QDateTime::fromMSecsSinceEpoch(known.lastSeen));
    return result;
}

QString ContactsController::add(
    const QString &jid, const QString &name, const QString &group, const QString &account)
{
    return m_core->contactActions()->addContact(jid, name, group, account);
}

// clang-format off
void ContactsController::remove(const QString &jid, const QString &account) { m_core->contactActions()->removeContact(jid, account); }
void ContactsController::rename(const QString &jid, const QString &name, const QString &account) { m_core->contactActions()->renameContact(jid, name, account); }
void ContactsController::setGroups(const QString &jid, const QStringList &groups, const QString &account) { m_core->contactActions()->setContactGroups(jid, groups, account); }
void ContactsController::block(const QString &jid, const QString &account) { m_core->contactActions()->blockContact(jid, account); }
void ContactsController::unblock(const QString &jid, const QString &account) { m_core->contactActions()->unblockContact(jid, account); }
void ContactsController::cancelSubscription(const QString &jid, const QString &account) { m_core->contactActions()->cancelSubscription(jid, account); }
void ContactsController::unsubscribe(const QString &jid, const QString &account) { m_core->contactActions()->unsubscribe(jid, account); }
// clang-format on
