// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubscriptionRequestModel.h"

#include <QXmppPresence.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include "Logging.h"
#include "account/Account.h"
#include "xmpp/Rfc6121RosterManager.h"

SubscriptionRequestModel::SubscriptionRequestModel(AccountLookup accounts, QObject *parent)
    : QAbstractListModel(parent), m_accounts(std::move(accounts))
{ }

void SubscriptionRequestModel::watch(Account *account)
{
    const QString jid = account->jid();
    connect(account->roster(), &Rfc6121RosterManager::subscriptionRequestReceived, this,
        [this, jid](const QString &from, const QXmppPresence &presence) {
            // A status text is untrusted and could be a novel: keep what a row can show.
            add({ jid, from, presence.statusText().left(500) });
        });
}

void SubscriptionRequestModel::forget(const QString &account)
{
    for (int row = int(m_requests.size()) - 1; row >= 0; --row) {
        if (m_requests.at(row).account == account) {
            removeRow(row);
        }
    }
}

void SubscriptionRequestModel::add(const Request &request)
{
    // Asked again (a new login): one row is enough. A hash, not a scan: a flood of thousands
    // stays linear.
    if (m_known.contains({ request.account, request.jid }) || m_requests.size() >= maxRequests) {
        return;
    }
    m_known.insert({ request.account, request.jid });
    beginInsertRows({}, int(m_requests.size()), int(m_requests.size()));
    m_requests.append(request);
    endInsertRows();
    Q_EMIT countChanged();
}

void SubscriptionRequestModel::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_known.remove({ m_requests.at(row).account, m_requests.at(row).jid });
    m_requests.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void SubscriptionRequestModel::approve(int row)
{
    if (row < 0 || row >= m_requests.size()) {
        return;
    }
    const Request request = m_requests.at(row);
    if (Account *account = m_accounts(request.account)) {
        account->roster()->acceptSubscription(request.jid);
        account->roster()->subscribeTo(request.jid);
        qCInfo(lcAccount) << request.account << "approved" << request.jid;
    }
    removeRow(row);
}

void SubscriptionRequestModel::deny(int row)
{
    if (row < 0 || row >= m_requests.size()) {
        return;
    }
    const Request request = m_requests.at(row);
    if (Account *account = m_accounts(request.account)) {
        account->roster()->refuseSubscription(request.jid);
    }
    removeRow(row);
}

int SubscriptionRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

QVariant SubscriptionRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Request &request = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case JidRole:
        return request.jid;
    case AccountRole:
        return request.account;
    case MessageRole:
        return request.message;
    case DomainRole:
        return QXmppUtils::jidToDomain(request.jid);
    default:
        return {};
    }
}

QHash<int, QByteArray> SubscriptionRequestModel::roleNames() const
{
    return { { JidRole, "jid" }, { AccountRole, "account" }, { MessageRole, "message" },
        { DomainRole, "domain" } };
}

int SubscriptionRequestModel::countFrom(const QString &account, const QString &domain) const
{
    int count = 0;
    for (const Request &request : m_requests) {
        if (request.account == account
            && QXmppUtils::jidToDomain(request.jid).compare(domain, Qt::CaseInsensitive) == 0) {
            ++count;
        }
    }
    return count;
}

int SubscriptionRequestModel::approveAllFrom(const QString &account, const QString &domain)
{
    return decideAllFrom(account, domain, true);
}

int SubscriptionRequestModel::denyAllFrom(const QString &account, const QString &domain)
{
    return decideAllFrom(account, domain, false);
}

int SubscriptionRequestModel::decideAllFrom(const QString &account, const QString &domain, bool approve)
{
    if (domain.isEmpty()) {
        return 0;
    }
    Account *client = m_accounts(account);
    QList<Request> kept;
    QStringList decided;
    for (const Request &request : std::as_const(m_requests)) {
        if (request.account != account
            || QXmppUtils::jidToDomain(request.jid).compare(domain, Qt::CaseInsensitive) != 0) {
            kept.append(request);
            continue;
        }
        decided.append(request.jid);
        m_known.remove({ request.account, request.jid });
    }
    if (client) {
        client->roster()->answerAll(decided, approve);
    }
    if (!decided.isEmpty()) {
        qCInfo(lcAccount) << account << (approve ? "approved" : "denied") << decided.size() << "requests from"
                          << domain;
        beginResetModel();
        m_requests = kept;
        endResetModel();
        Q_EMIT countChanged();
    }
    return int(decided.size());
}
