// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactActions.h"

#include <QCoreApplication>
#include <QXmppBlockingManager.h>
#include <QXmppTask.h>

#include "Logging.h"
#include "account/Account.h"
#include "xmpp/BareJid.h"
#include "xmpp/Rfc6121RosterManager.h"

// Texts keep the translation context of the QML facade they came from ("Session").

ContactActions::ContactActions(AccountLookup accounts, QObject *parent)
    : QObject(parent), m_accounts(std::move(accounts))
{ }

namespace {
// Why the roster of owner (asked for as account) cannot change now; empty when it can.
QString whyRosterCannotChange(const Account *owner, const QString &account)
{
    if (!owner) {
        return account.isEmpty()
            ? QCoreApplication::translate("Session", "Set up an account first.")
            : QCoreApplication::translate("Session", "%1 is not one of your accounts.").arg(account);
    }
    if (owner->state() != Account::State::Connected) {
        return QCoreApplication::translate("Session", "%1 is not connected; try again when it is.")
            .arg(owner->jid());
    }
    return {};
}

// Tells the person when the server refused a roster change; failure has %1 (the contact) and %2.
void reportRosterResult(ContactActions *session, QXmppTask<Rfc6121RosterManager::Result> task,
    const QString &failure, const QString &jid, std::function<void()> onSuccess = {})
{
    task.then(session, [session, failure, jid, onSuccess](Rfc6121RosterManager::Result &&result) {
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            qCWarning(lcAccount) << "roster change for" << jid << "failed:" << error->description;
            Q_EMIT session->notice(failure.arg(jid, error->description));
        } else if (onSuccess) {
            onSuccess();
        }
    });
}
} // namespace

QString ContactActions::addContact(
    const QString &jid, const QString &name, const QString &group, const QString &account)
{
    const QString bare = jid.trimmed().toLower();
    if (!BareJid::isValid(bare)) {
        return invalidAddressText(jid);
    }
    Account *owner = m_accounts(account);
    if (const QString why = whyRosterCannotChange(owner, account); !why.isEmpty()) {
        return why;
    }
    if (bare == owner->jid()) {
        return QCoreApplication::translate("Session", "That is your own address.");
    }
    QSet<QString> groups;
    if (!group.trimmed().isEmpty()) {
        groups.insert(group.trimmed());
    }
    // Asked once the item is on the roster (and only if the account is still there).
    reportRosterResult(this, owner->roster()->addRosterItem(bare, name.trimmed(), groups),
        QCoreApplication::translate("Session", "%1 could not be added: %2"), bare,
        [this, bare, ownerJid = owner->jid()] {
            if (Account *stillThere = m_accounts(ownerJid)) {
                stillThere->roster()->subscribeTo(bare);
            }
        });
    return {};
}

Account *ContactActions::rosterAccount(const QString &account)
{
    Account *owner = m_accounts(account);
    if (const QString why = whyRosterCannotChange(owner, account); !why.isEmpty()) {
        Q_EMIT notice(why);
        return nullptr;
    }
    return owner;
}

Account *ContactActions::contactAccount(const QString &bare, const QString &account)
{
    Account *owner = rosterAccount(account);
    if (owner && !BareJid::isValid(bare)) {
        Q_EMIT notice(invalidAddressText(bare));
        return nullptr;
    }
    return owner;
}

QString ContactActions::invalidAddressText(const QString &typed)
{
    return QCoreApplication::translate(
        "Session", "\"%1\" is not a valid chat address. It looks like name@example.org.")
        .arg(typed.trimmed());
}

void ContactActions::removeContact(const QString &jid, const QString &account)
{
    Account *owner = rosterAccount(account);
    if (!owner) {
        return;
    }
    // The server also cancels the presence subscriptions both ways (RFC 6121 2.5.2).
    reportRosterResult(this, owner->roster()->removeRosterItem(jid),
        QCoreApplication::translate("Session", "%1 could not be removed: %2"), jid);
}

void ContactActions::renameContact(const QString &jid, const QString &name, const QString &account)
{
    Account *owner = rosterAccount(account);
    if (!owner) {
        return;
    }
    reportRosterResult(this, owner->roster()->renameRosterItem(jid, name.trimmed()),
        QCoreApplication::translate("Session", "%1 could not be renamed: %2"), jid);
}

void ContactActions::setContactGroups(const QString &jid, const QStringList &groups, const QString &account)
{
    Account *owner = rosterAccount(account);
    if (!owner) {
        return;
    }
    QSet<QString> names;
    for (const QString &group : groups) {
        if (!group.trimmed().isEmpty()) {
            names.insert(group.trimmed());
        }
    }
    // A roster set with the item's name kept and the new groups replaces its groups.
    const QString name = owner->roster()->getRosterEntry(jid).name();
    reportRosterResult(this, owner->roster()->addRosterItem(jid, name, names),
        QCoreApplication::translate("Session", "%1 could not be moved: %2"), jid);
}

namespace {
// Reports a refused blocklist change; failure has %1 (the address) and %2 (the server's words).
void reportBlockingResult(ContactActions *session, QXmppTask<QXmppBlockingManager::Result> task,
    const QString &failure, const QString &jid)
{
    task.then(session, [session, failure, jid](QXmppBlockingManager::Result &&result) {
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            qCWarning(lcAccount) << "blocklist change for" << jid << "failed:" << error->description;
            Q_EMIT session->notice(failure.arg(jid, error->description));
        }
    });
}
} // namespace

void ContactActions::blockContact(const QString &jid, const QString &account)
{
    const QString address = jid.trimmed().toLower();
    Account *owner = rosterAccount(account);
    if (!owner) {
        return;
    }
    // A bare address or a whole domain (a spamming server, a gateway).
    if (!BareJid::isBlockable(address)) {
        Q_EMIT notice(QCoreApplication::translate(
            "Session", "\"%1\" is not an address or a domain that can be blocked.")
                .arg(jid.trimmed()));
        return;
    }
    if (address == owner->jid()) {
        Q_EMIT notice(QCoreApplication::translate("Session", "You cannot block your own address."));
        return;
    }
    reportBlockingResult(this, owner->blocking()->block(address),
        QCoreApplication::translate("Session", "%1 could not be blocked: %2"), address);
}

void ContactActions::unblockContact(const QString &jid, const QString &account)
{
    const QString address = jid.trimmed().toLower();
    Account *owner = rosterAccount(account);
    if (!owner) {
        return;
    }
    reportBlockingResult(this, owner->blocking()->unblock(address),
        QCoreApplication::translate("Session", "%1 could not be unblocked: %2"), address);
}

void ContactActions::cancelSubscription(const QString &jid, const QString &account)
{
    const QString bare = jid.trimmed().toLower();
    Account *owner = contactAccount(bare, account);
    if (!owner) {
        return;
    }
    // "unsubscribed" to the contact; the server also clears a request still waiting (3.2.1).
    if (!owner->roster()->refuseSubscription(bare)) {
        Q_EMIT notice(
            QCoreApplication::translate("Session", "%1 could not be stopped from seeing your presence.")
                .arg(bare));
    }
}

void ContactActions::unsubscribe(const QString &jid, const QString &account)
{
    const QString bare = jid.trimmed().toLower();
    Account *owner = contactAccount(bare, account);
    if (!owner) {
        return;
    }
    owner->roster()->unsubscribeFrom(bare).then(this, [this, bare](QXmpp::SendResult &&result) {
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            Q_EMIT notice(QCoreApplication::translate("Session", "%1 could not be unsubscribed from: %2")
                    .arg(bare, error->description));
        }
    });
}
