// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over all accounts' history (FTS5 in the store), newest first, for the
// search page. Setting `query` searches after a short pause in typing.
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimer>

#include "storage/Message.h"

class MessageStore;

class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the controllers")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { BodyRole = Qt::UserRole + 1, ChatRole, AccountRole, SenderRole, OutgoingRole, TimeRole };
    Q_ENUM(Role)

    static constexpr int maxResults = 200;

    explicit SearchResultsModel(MessageStore *store, QObject *parent = nullptr);

    const QString &query() const { return m_query; }
    void setQuery(const QString &query);
    bool searching() const { return m_searching; }
    int count() const { return int(m_results.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Runs the current query now (the timer calls it; tests too).
    void search();

Q_SIGNALS:
    void queryChanged();
    void searchingChanged();
    void countChanged();

private:
    MessageStore *m_store;
    QString m_query;
    QList<Message> m_results;
    QTimer m_debounce;
    int m_generation = 0; // answers to older queries are dropped
    bool m_searching = false;
};
