// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleRequestFilter.h"

#include "SubscriptionRequestModel.h"

SingleRequestFilter::SingleRequestFilter(Covered covered, QObject *parent)
    : QSortFilterProxyModel(parent), m_covered(std::move(covered))
{ }

bool SingleRequestFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return !m_covered(index.data(SubscriptionRequestModel::AccountRole).toString(),
        index.data(SubscriptionRequestModel::JidRole).toString());
}
