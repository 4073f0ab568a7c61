// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatFilterModel.h"

#include "ChatListModel.h"

ChatFilterModel::ChatFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(this, signal, this, &ChatFilterModel::countChanged);
    }
    connect(this, &QAbstractItemModel::modelReset, this, &ChatFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ChatFilterModel::countChanged);
}

void ChatFilterModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_folded = folded(text.trimmed());
    invalidateFilter();
    Q_EMIT filterTextChanged();
    Q_EMIT countChanged();
}

QVariant ChatFilterModel::valueAt(int row, const QString &roleName) const
{
    const QHash<int, QByteArray> roles = roleNames();
    const int role = roles.key(roleName.toUtf8(), -1);
    return role < 0 ? QVariant() : data(index(row, 0), role);
}

QString ChatFilterModel::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result += c.toCaseFolded();
    }
    return result;
}

bool ChatFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_folded.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role : { int(ChatListModel::NameRole), int(ChatListModel::JidRole) }) {
        if (folded(index.data(role).toString()).contains(m_folded))
            return true;
    }
    return false;
}
