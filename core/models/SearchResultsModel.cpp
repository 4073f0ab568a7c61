// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultsModel.h"

#include <QDateTime>

#include "Logging.h"
#include "storage/MessageStore.h"

SearchResultsModel::SearchResultsModel(MessageStore *store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &SearchResultsModel::search);
}

void SearchResultsModel::setQuery(const QString &query)
{
    if (query == m_query) {
        return;
    }
    m_query = query;
    Q_EMIT queryChanged();
    m_debounce.start();
}

void SearchResultsModel::search()
{
    m_debounce.stop();
    const int generation = ++m_generation;
    m_searching = true;
    Q_EMIT searchingChanged();
    m_store->search(m_query, maxResults)
        .then(this,
            [this, generation](const QList<Message> &results) {
                if (generation != m_generation) {
                    return;
                }
                beginResetModel();
                m_results = results;
                endResetModel();
                m_searching = false;
                Q_EMIT searchingChanged();
                Q_EMIT countChanged();
            })
        .onFailed(this, [this](const std::exception &e) {
            qCWarning(lcModels) << "search failed:" << e.what();
            m_searching = false;
            Q_EMIT searchingChanged();
        });
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Message &m = m_results.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return m.body;
    case ChatRole:
        return m.chatJid;
    case AccountRole:
        return m.account;
    case SenderRole:
        return m.sender;
    case OutgoingRole:
        return m.outgoing;
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(m.timestamp);
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    return { { BodyRole, "body" }, { ChatRole, "chat" }, { AccountRole, "account" }, { SenderRole, "sender" },
        { OutgoingRole, "outgoing" }, { TimeRole, "time" } };
}
