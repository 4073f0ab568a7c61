// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps an account's roster and the RosterStore in step: the stored roster and its version go to
// the account's Rfc6121RosterManager before it asks the server, and every change it learns goes
// back to the store with the version that came with it.
#pragma once

#include <QFuture>
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
    void logFailure(const QString &what, QFuture<void> write);

    Account *m_account;
    RosterStore *m_store;
};
