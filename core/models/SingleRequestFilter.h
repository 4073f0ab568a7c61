// SPDX-License-Identifier: GPL-3.0-or-later
// The subscription requests that are not part of a batch (GatewayRequestBatches): the ones the
// roster shows one by one. Hidden rows are never created as delegates, so a burst of hundreds
// costs one banner, not hundreds of hidden items.
#pragma once

#include <functional>

#include <QSortFilterProxyModel>

class SingleRequestFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    // Whether the request (account, jid) belongs to a batch.
    using Covered = std::function<bool(const QString &account, const QString &jid)>;
    explicit SingleRequestFilter(Covered covered, QObject *parent = nullptr);

    void refresh() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Covered m_covered;
};
