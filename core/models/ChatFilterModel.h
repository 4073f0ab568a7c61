// SPDX-License-Identifier: GPL-3.0-or-later
// The recent chats narrowed to those whose name or address contains what was typed, ignoring
// case and accents ("zoe" finds "Zoë"); the order stays the chat list's (pinned, then recent).
#pragma once

#include <QQmlEngine>
#include <QSortFilterProxyModel>

class ChatFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit ChatFilterModel(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);
    int count() const { return rowCount(); }

    // For QML callers that hold a row of this model: the chat's role value by role name.
    Q_INVOKABLE QVariant valueAt(int row, const QString &roleName) const;

    // Lower case without accents, so that comparisons ignore both.
    static QString folded(const QString &text);

Q_SIGNALS:
    void filterTextChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    QString m_folded;
};
