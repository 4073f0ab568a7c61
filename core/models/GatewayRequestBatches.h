// SPDX-License-Identifier: GPL-3.0-or-later
// Subscription requests that arrive as a burst from one gateway (one per legacy contact, after
// signing in to the network) as one row each: "Telegram wants to add 300 contacts", for one
// decision. A flood from a domain that is no gateway (spam) is one row too, so it does not bury
// the roster, but it can only be denied wholesale or reviewed: never accepted wholesale.
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>

#include "SingleRequestFilter.h"

Q_MOC_INCLUDE("Session.h")

class Session;

class GatewayRequestBatches : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The requests shown one by one: those of no batch, and those of a batch under review.
    Q_PROPERTY(QAbstractItemModel *singles READ singles CONSTANT)
public:
    enum Role {
        AccountRole = Qt::UserRole + 1,
        GatewayRole,
        NetworkRole,
        NameRole,
        CountRole,
        IsGatewayRole
    };
    Q_ENUM(Role)
    // From this many requests of one gateway on, they are one decision.
    static constexpr int minimumBatch = 2;
    // From this many requests of one domain that is no gateway on, they are one row (a flood).
    static constexpr int minimumFlood = 20;

    explicit GatewayRequestBatches(QObject *parent = nullptr);

    Session *session() const;
    void setSession(Session *session);
    int count() const { return int(m_batches.size()); }
    QAbstractItemModel *singles() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Whether the request from jid for account is part of a batch (its own row is hidden).
    Q_INVOKABLE bool covers(const QString &account, const QString &jid) const;
    // Only for a gateway's batch; a flood from elsewhere is never accepted wholesale.
    Q_INVOKABLE void acceptAll(int row);
    Q_INVOKABLE void denyAll(int row);
    // Shows the batch's requests one by one instead.
    Q_INVOKABLE void review(int row);
    // The subscription request model's row of a row of singles.
    Q_INVOKABLE int sourceRow(int singlesRow) const;

Q_SIGNALS:
    void sessionChanged();
    void countChanged();

private:
    void rebuild();
    bool isGateway(const QString &account, const QString &domain, QString *network, QString *name) const;

    struct Batch
    {
        QString account;
        QString gateway;
        QString network;
        QString name;
        int count = 0;
        bool isGateway = true;
    };
    QPointer<Session> m_session;
    QList<Batch> m_batches;
    QSet<QPair<QString, QString>> m_reviewing; // (account, domain) shown one by one
    SingleRequestFilter *m_singles;
    QTimer m_rebuild; // a burst of 300 arrivals rebuilds once
    QList<QMetaObject::Connection> m_connections;
};
