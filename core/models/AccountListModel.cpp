// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountListModel.h"

#include "Logging.h"
#include "account/Account.h"

AccountListModel::AccountListModel(
    AccountStore *store, AccountLookup lookup, LiveAccounts live, QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_lookup(std::move(lookup)), m_live(std::move(live))
{ }

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

AccountListModel::State AccountListModel::stateOf(const QString &jid) const
{
    Account *account = m_lookup(jid);
    if (!account) {
        for (const auto &row : m_rows) {
            if (row.jid == jid && !row.enabled) {
                return Disabled;
            }
        }
        return Offline;
    }
    switch (account->state()) {
    case Account::State::Connected:
        return Connected;
    case Account::State::Connecting:
        return Connecting;
    case Account::State::Failed:
        return Failed;
    case Account::State::Disconnected:
        break;
    }
    return Offline;
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const auto &row = m_rows.at(index.row());
    switch (role) {
    case JidRole:
        return row.jid;
    case EnabledRole:
        return row.enabled;
    case StateRole:
        return stateOf(row.jid);
    case ErrorTextRole: {
        const Account *account = m_lookup(row.jid);
        return account && account->state() == Account::State::Failed ? account->errorText() : QString();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    return { { JidRole, "jid" }, { EnabledRole, "accountEnabled" }, { StateRole, "connectionState" },
        { ErrorTextRole, "errorText" } };
}

void AccountListModel::reload()
{
    const int generation = ++m_generation;
    m_store->entries()
        .then(this,
            [this, generation](QList<AccountStore::Entry> entries) {
                if (generation != m_generation) {
                    return;
                }
                // Accounts logging in for the first time are listed before they are saved.
                const QStringList live = m_live();
                for (const QString &jid : live) {
                    const bool stored = std::any_of(entries.cbegin(), entries.cend(),
                        [&](const auto &entry) { return entry.jid == jid; });
                    if (!stored) {
                        entries.append(AccountStore::Entry { jid, true });
                    }
                }
                const bool countChanges = entries.size() != m_rows.size();
                beginResetModel();
                m_rows = std::move(entries);
                endResetModel();
                if (countChanges) {
                    Q_EMIT countChanged();
                }
            })
        .onFailed(this, [](const std::exception &e) {
            qCWarning(lcStorage) << "reading the accounts failed:" << e.what();
        });
}

void AccountListModel::refreshStates()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), { StateRole, ErrorTextRole });
    }
}
