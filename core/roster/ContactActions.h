// SPDX-License-Identifier: GPL-3.0-or-later
// What a person does to their contacts through an account's server: add, remove, rename, move
// between groups (RFC 6121), block and unblock (XEP-0191), stop sharing presence either way.
// The store and the models follow the server's pushes; refusals come back through notice().
#pragma once

#include <functional>

#include <QObject>
#include <QStringList>

class Account;

class ContactActions : public QObject
{
    Q_OBJECT
public:
    // The connected account of that address (empty: the primary one); null when there is none.
    using AccountLookup = std::function<Account *(const QString &jid)>;
    explicit ContactActions(AccountLookup accounts, QObject *parent = nullptr);

    // Also asks the contact to share their presence; returns why it cannot be done ("" when it
    // is under way). A refusal by the server comes through notice().
    QString addContact(const QString &jid, const QString &name, const QString &group, const QString &account);
    void removeContact(const QString &jid, const QString &account);
    void renameContact(const QString &jid, const QString &name, const QString &account);
    void setContactGroups(const QString &jid, const QStringList &groups, const QString &account);
    void blockContact(const QString &jid, const QString &account);
    void unblockContact(const QString &jid, const QString &account);
    // RFC 6121 3.2 (cancel) and 3.3 (unsubscribe); the contact stays on the roster.
    void cancelSubscription(const QString &jid, const QString &account);
    void unsubscribe(const QString &jid, const QString &account);

Q_SIGNALS:
    void notice(const QString &text);

private:
    // The account whose roster may change now; null (and a notice saying why) when none can.
    Account *rosterAccount(const QString &account);
    // rosterAccount(), and bare must be a valid contact address (a notice says so otherwise).
    Account *contactAccount(const QString &bare, const QString &account);
    static QString invalidAddressText(const QString &typed);

    AccountLookup m_accounts;
};
