// SPDX-License-Identifier: GPL-3.0-or-later
// Mirrors an account's roster from its QXmppRosterManager into the RosterStore.
#pragma once

#include <QObject>

class Account;
class RosterStore;
struct RosterItem;

class RosterSync : public QObject
{
    Q_OBJECT
public:
    RosterSync(Account *account, RosterStore *store, QObject *parent = nullptr);

private:
    RosterItem itemFor(const QString &bareJid) const;

    Account *m_account;
    RosterStore *m_store;
};
