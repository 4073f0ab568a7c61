// SPDX-License-Identifier: GPL-3.0-or-later
// People asking to see an account's presence (RFC 6121 subscription requests), to approve or
// deny. Kept in memory: servers deliver pending requests again at every login.
#pragma once

#include <functional>

#include <QAbstractListModel>
#include <QQmlEngine>

class Account;

class SubscriptionRequestModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { JidRole = Qt::UserRole + 1, AccountRole, MessageRole };
    Q_ENUM(Role)

    using AccountLookup = std::function<Account *(const QString &jid)>;
    explicit SubscriptionRequestModel(AccountLookup accounts, QObject *parent = nullptr);

    // Starts listening to an account's requests (called for each account as it is added).
    void watch(Account *account);
    void forget(const QString &account);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_requests.size()); }

    // Lets them see our presence, and asks to see theirs.
    Q_INVOKABLE void approve(int row);
    Q_INVOKABLE void deny(int row);

Q_SIGNALS:
    void countChanged();

private:
    struct Request
    {
        QString account;
        QString jid;
        QString message;
    };
    void add(const Request &request);
    void removeRow(int row);

    AccountLookup m_accounts;
    QList<Request> m_requests;
};
