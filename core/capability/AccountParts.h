// SPDX-License-Identifier: GPL-3.0-or-later
// The parts capabilities add to one account (a QXmpp manager on its client, a per-account sync
// object...): created by the capability's hook when the account is added, destroyed with the
// account, after its connection closed and before the Account object goes.
#pragma once

#include <memory>
#include <vector>

#include <QObject>

class Account;

class AccountParts : public QObject
{
    Q_OBJECT
public:
    explicit AccountParts(Account *account, QObject *parent = nullptr);
    ~AccountParts() override;

    Account *account() const { return m_account; }
    QString jid() const;

    // Owned from now on; yields the part for the caller's convenience.
    template<typename T> T *add(std::unique_ptr<T> part)
    {
        T *raw = part.get();
        m_parts.push_back(std::move(part));
        return raw;
    }
    // The first part of type T, or null.
    template<typename T> T *find() const
    {
        for (const auto &part : m_parts) {
            if (auto *found = qobject_cast<T *>(part.get()))
                return found;
        }
        return nullptr;
    }
    std::size_t count() const { return m_parts.size(); }

private:
    Account *m_account;
    std::vector<std::unique_ptr<QObject>> m_parts;
};
