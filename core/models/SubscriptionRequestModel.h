// SPDX-License-Identifier: GPL-3.0-or-later
// People asking to see an account's presence (RFC 6121 subscription requests), to approve or
// deny. Kept in memory: servers deliver pending requests again at every login.
#pragma once

#include <functional>

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QSet>

class Account;

class SubscriptionRequestModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { JidRole = Qt::UserRole + 1, AccountRole, MessageRole, DomainRole };
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
    // One decision for every request of one domain (a gateway's contacts and the gateway):
    // the number of requests decided.
    Q_INVOKABLE int approveAllFrom(const QString &account, const QString &domain);
    Q_INVOKABLE int denyAllFrom(const QString &account, const QString &domain);
    // The requests from addresses on domain (or from domain itself) for the account.
    Q_INVOKABLE int countFrom(const QString &account, const QString &domain) const;
    // A flood is cut here: the server delivers the ones dropped again at the next login.
    static constexpr int maxRequests = 2000;

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
    int decideAllFrom(const QString &account, const QString &domain, bool approve);

    AccountLookup m_accounts;
    QList<Request> m_requests;
    QSet<QPair<QString, QString>> m_known; // (account, jid) of m_requests
};
