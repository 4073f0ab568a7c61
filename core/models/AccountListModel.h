// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts set up on this device, for the settings page: each with whether it is enabled,
// how its connection is doing and why it failed. Read from the AccountStore, live state from
// the session's connections.
#pragma once

#include <functional>

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>

#include "storage/AccountStore.h"

class Account;

class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the controllers")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { JidRole = Qt::UserRole + 1, EnabledRole, StateRole, ErrorTextRole };
    Q_ENUM(Role)
    enum State { Disabled, Offline, Connecting, Connected, Failed };
    Q_ENUM(State)

    using AccountLookup = std::function<Account *(const QString &jid)>;
    using LiveAccounts = std::function<QStringList()>;
    AccountListModel(AccountStore *store, AccountLookup lookup, LiveAccounts live, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }

    // Reads the list again from the store (after an account was added, removed or toggled).
    void reload();
    // Connection states or errors changed; the rows stay the same.
    void refreshStates();
    // The state of one account as this model shows it (for tests and the session).
    State stateOf(const QString &jid) const;

Q_SIGNALS:
    void countChanged();

private:
    AccountStore *m_store;
    AccountLookup m_lookup;
    LiveAccounts m_live;
    QList<AccountStore::Entry> m_rows;
    int m_generation = 0; // answers to older reloads are dropped
};
