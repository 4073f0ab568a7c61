// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterTreeModel.h"

#include <algorithm>

#include <QCollator>
#include <QFuture>
#include <QMap>
#include <QTimer>

#include "Logging.h"
#include "storage/RosterStore.h"

namespace {
// internalId of a top-level (group) index; a contact's is its group's row + 1.
constexpr quintptr groupNodeId = 0;

QString displayNameOf(const RosterItem &item)
{
    const QString name = item.name.trimmed();
    return name.isEmpty() ? item.jid.section(QLatin1Char('@'), 0, 0) : name;
}
} // namespace

RosterTreeModel::RosterTreeModel(RosterStore *store, std::function<QStringList()> accounts, QObject *parent)
    : QAbstractItemModel(parent), m_store(store), m_accounts(std::move(accounts))
{
    connect(store, &RosterStore::rosterChanged, this, &RosterTreeModel::scheduleReload);
    reload();
}

RosterTreeModel::~RosterTreeModel() = default;

void RosterTreeModel::scheduleReload()
{
    // A roster arriving item by item (pushes after a reconnect) reloads the tree once.
    if (!m_reloadScheduled) {
        m_reloadScheduled = true;
        QTimer::singleShot(50, this, &RosterTreeModel::reload);
    }
}

void RosterTreeModel::reload()
{
    m_reloadScheduled = false;
    const quint64 generation = ++m_generation;
    const QStringList accounts = m_accounts ? m_accounts() : QStringList();
    QList<QFuture<QList<RosterItem>>> loads;
    loads.reserve(accounts.size());
    for (const QString &account : accounts) {
        loads.append(m_store->items(account));
    }
    QtFuture::whenAll(loads.begin(), loads.end())
        .then(this, [this, generation, accounts](const QList<QFuture<QList<RosterItem>>> &done) {
            if (generation != m_generation) {
                return; // a newer reload is on its way
            }
            QList<QList<RosterItem>> rosters;
            for (QFuture<QList<RosterItem>> load : done) {
                try {
                    load.waitForFinished(); // rethrows what the database reported
                    rosters.append(load.resultCount() > 0 ? load.result() : QList<RosterItem>());
                } catch (const std::exception &e) {
                    qCWarning(lcModels)
                        << "loading the roster of" << accounts.value(rosters.size()) << "failed:" << e.what();
                    rosters.append(QList<RosterItem>());
                }
            }
            apply(accounts, rosters);
        });
}

void RosterTreeModel::apply(const QStringList &accounts, const QList<QList<RosterItem>> &rosters)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);

    QList<Contact> contacts;
    for (qsizetype i = 0; i < rosters.size(); ++i) {
        for (const RosterItem &item : rosters.at(i)) {
            contacts.append({ accounts.at(i), item, displayNameOf(item) });
        }
    }
    // Sorted once; every group then lists its members in this order.
    std::stable_sort(contacts.begin(), contacts.end(), [&](const Contact &a, const Contact &b) {
        if (const int byName = collator.compare(a.displayName, b.displayName); byName != 0) {
            return byName < 0;
        }
        if (a.item.jid != b.item.jid) {
            return a.item.jid < b.item.jid;
        }
        return a.account < b.account;
    });

    QMap<QString, QList<qsizetype>> members;
    QList<qsizetype> ungrouped;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        QStringList groupNames = contacts.at(i).item.groups;
        groupNames.removeAll(QString());
        groupNames.removeDuplicates();
        if (groupNames.isEmpty()) {
            ungrouped.append(i);
        }
        for (const QString &group : std::as_const(groupNames)) {
            members[group].append(i);
        }
    }
    QList<Group> groups;
    groups.reserve(members.size() + 1);
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        groups.append({ it.key(), it.value() });
    }
    std::stable_sort(groups.begin(), groups.end(),
        [&](const Group &a, const Group &b) { return collator.compare(a.name, b.name) < 0; });
    if (!ungrouped.isEmpty()) {
        groups.append({ QString(), ungrouped }); // "Contacts", always last
    }

    const bool countChanges = contacts.size() != m_contactCount || groups.size() != m_groups.size()
        || !std::equal(groups.cbegin(), groups.cend(), m_groups.cbegin(), m_groups.cend(),
            [](const Group &a, const Group &b) { return a.name == b.name; });
    beginResetModel();
    m_contacts = std::move(contacts);
    m_groups = std::move(groups);
    m_contactCount = int(m_contacts.size());
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

QStringList RosterTreeModel::groups() const
{
    QStringList names;
    for (const Group &group : m_groups) {
        if (!group.name.isEmpty()) {
            names.append(group.name);
        }
    }
    return names;
}

QModelIndex RosterTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, groupNodeId);
    }
    // hasIndex() already refused children of contacts (they have no rows).
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex RosterTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupNodeId) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, groupNodeId);
}

int RosterTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_groups.size());
    }
    if (parent.column() != 0 || parent.internalId() != groupNodeId) {
        return 0;
    }
    return int(m_groups.at(parent.row()).members.size());
}

int RosterTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant RosterTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == groupNodeId) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return group.name.isEmpty() ? tr("Contacts") : group.name;
        case IsGroupRole:
            return true;
        case GroupNameRole:
            return group.name;
        case ContactCountRole:
            return int(group.members.size());
        // Typed empty values, so that delegates with required properties get no undefined.
        case JidRole:
        case AccountRole:
            return QString();
        case SubscriptionRole:
            return 0;
        case GroupsRole:
            return QStringList();
        default:
            return {};
        }
    }
    const Group &group = m_groups.at(qsizetype(index.internalId() - 1));
    const Contact &contact = m_contacts.at(group.members.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return contact.displayName;
    case JidRole:
        return contact.item.jid;
    case AccountRole:
        return contact.account;
    case IsGroupRole:
        return false;
    case GroupNameRole:
        return group.name;
    case ContactCountRole:
        return 0;
    case SubscriptionRole:
        return contact.item.subscription;
    case GroupsRole:
        return contact.item.groups;
    default:
        return {};
    }
}

QHash<int, QByteArray> RosterTreeModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractItemModel::roleNames();
    const std::pair<int, QByteArray> own[] = {
        { NameRole, "name" },
        { JidRole, "jid" },
        { AccountRole, "account" },
        { IsGroupRole, "isGroup" },
        { GroupNameRole, "groupName" },
        { ContactCountRole, "contactCount" },
        { SubscriptionRole, "subscription" },
        { GroupsRole, "groups" },
    };
    for (const auto &[role, name] : own) {
        roles.insert(role, name);
    }
    return roles;
}
