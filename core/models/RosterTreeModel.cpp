// SPDX-License-Identifier: GPL-3.0-or-later
#include "RosterTreeModel.h"

#include <algorithm>

#include <QCollator>
#include <QDateTime>
#include <QFuture>
#include <QMap>
#include <QSet>
#include <QTimer>

#include "Logging.h"
#include "models/NetworkNames.h"
#include "roster/BlockList.h"
#include "roster/ContactFacts.h"
#include "roster/GatewayNetworks.h"
#include "roster/PresenceCache.h"
#include "storage/RosterStore.h"

namespace {
// internalId of a top-level (group) index; a contact's is its group's row + 1.
constexpr quintptr groupNodeId = 0;

// Names as people sort them: case-insensitive, "user2" before "user10".
QCollator nameCollator()
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

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
    const QCollator collator = nameCollator();

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

    QHash<QString, qsizetype> contactIndex;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        contactIndex.insert(keyOf(contacts.at(i).account, contacts.at(i).item.jid), i);
    }
    QList<Group> groups = groupsOf(contacts);

    const bool countChanges = contacts.size() != m_contactCount || groups.size() != m_groups.size()
        || !std::equal(groups.cbegin(), groups.cend(), m_groups.cbegin(), m_groups.cend(),
            [](const Group &a, const Group &b) { return a.name == b.name; });
    beginResetModel();
    m_contacts = std::move(contacts);
    m_contactIndex = std::move(contactIndex);
    m_groups = std::move(groups);
    for (Group &group : m_groups) {
        group.members = sorted(std::move(group.members));
    }
    m_contactCount = int(m_contacts.size());
    endResetModel();
    if (countChanges) {
        Q_EMIT countChanged();
    }
}

QList<RosterTreeModel::Group> RosterTreeModel::groupsOf(const QList<Contact> &contacts) const
{
    if (m_grouping == ByNetwork) {
        return byNetwork(contacts);
    }
    const QCollator collator = nameCollator();
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
        groups.append({ it.key(), it.key(), it.value() });
    }
    std::stable_sort(groups.begin(), groups.end(),
        [&](const Group &a, const Group &b) { return collator.compare(a.name, b.name) < 0; });
    if (!ungrouped.isEmpty()) {
        groups.append({ QString(), tr("Contacts"), ungrouped }); // always last
    }
    return groups;
}

QList<RosterTreeModel::Group> RosterTreeModel::byNetwork(const QList<Contact> &contacts) const
{
    QMap<QString, QList<qsizetype>> members; // network -> contacts
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Contact &contact = contacts.at(i);
        members[ContactFacts::of(m_facts, ContactFacts::Network, contact.account, contact.item.jid)
                    .toString()]
            .append(i);
    }
    QList<Group> groups;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        const QString name = NetworkNames::nameOf(it.key());
        groups.append({ QStringLiteral("network:") + it.key(), name.isEmpty() ? tr("Other networks") : name,
            it.value() });
    }
    // XMPP first, the networks by name, the gateways of no known network last.
    const auto rank = [](const Group &group) {
        return group.name == u"network:" ? 0 : NetworkNames::nameOf(group.name.mid(8)).isEmpty() ? 2 : 1;
    };
    const QCollator collator = nameCollator();
    std::stable_sort(groups.begin(), groups.end(), [&](const Group &a, const Group &b) {
        if (rank(a) != rank(b)) {
            return rank(a) < rank(b);
        }
        return collator.compare(a.title, b.title) < 0;
    });
    return groups;
}

void RosterTreeModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping) {
        return;
    }
    m_grouping = grouping;
    regroup();
    Q_EMIT groupingChanged();
}

void RosterTreeModel::regroup()
{
    m_regroupScheduled = false;
    QList<Group> groups = groupsOf(m_contacts);
    beginResetModel();
    m_groups = std::move(groups);
    for (Group &group : m_groups) {
        group.members = sorted(std::move(group.members));
    }
    endResetModel();
}

void RosterTreeModel::scheduleRegroup()
{
    // Networks are learnt domain by domain after login: the tree is built again once.
    if (!m_regroupScheduled) {
        m_regroupScheduled = true;
        QTimer::singleShot(50, this, &RosterTreeModel::regroup);
    }
}

QModelIndex RosterTreeModel::nodeOf(
    const QString &account, const QString &jid, const QString &groupName) const
{
    if (jid.isEmpty()) {
        const auto group = std::find_if(m_groups.cbegin(), m_groups.cend(),
            [&groupName](const Group &candidate) { return candidate.name == groupName; });
        return group == m_groups.cend() ? QModelIndex() : index(int(group - m_groups.cbegin()), 0);
    }
    qsizetype contact = -1;
    if (!account.isEmpty()) {
        contact = m_contactIndex.value(keyOf(account, jid), -1);
    } else {
        const auto match = std::find_if(m_contacts.cbegin(), m_contacts.cend(),
            [&jid](const Contact &candidate) { return candidate.item.jid == jid; });
        contact = match == m_contacts.cend() ? -1 : match - m_contacts.cbegin();
    }
    if (contact < 0) {
        return {};
    }
    QModelIndex first;
    for (int groupRow = 0; groupRow < m_groups.size(); ++groupRow) {
        const Group &group = m_groups.at(groupRow);
        const int row = int(group.members.indexOf(contact));
        if (row < 0) {
            continue;
        }
        const QModelIndex node = createIndex(row, 0, quintptr(groupRow) + 1);
        if (group.name == groupName) {
            return node;
        }
        if (!first.isValid()) {
            first = node;
        }
    }
    return first;
}

QString RosterTreeModel::keyOf(const QString &account, const QString &jid)
{
    return account + QLatin1Char('\n') + jid;
}

void RosterTreeModel::setContactFacts(ContactFacts *facts)
{
    if (m_facts) {
        disconnect(m_facts, nullptr, this, nullptr);
    }
    m_facts = facts;
    if (facts) {
        connect(facts, &ContactFacts::presenceChanged, this, &RosterTreeModel::presenceChanged);
        connect(facts, &ContactFacts::blockListChanged, this, &RosterTreeModel::blockListChanged);
        connect(facts, &ContactFacts::networkChanged, this, &RosterTreeModel::networkChanged);
        connect(facts, &ContactFacts::reset, this, &RosterTreeModel::factsReset);
    }
    factsReset();
}

void RosterTreeModel::factsReset()
{
    if (m_grouping == ByNetwork) {
        scheduleRegroup();
    }
    resort();
    for (int row = 0; row < m_groups.size(); ++row) {
        const QModelIndex parent = index(row, 0);
        if (const int n = rowCount(parent); n > 0) {
            Q_EMIT dataChanged(index(0, 0, parent), index(n - 1, 0, parent),
                { PresenceRole, StatusTextRole, LastSeenRole, BlockedRole, NetworkRole });
        }
    }
}

void RosterTreeModel::blockListChanged(const QString &account, const QStringList &entries)
{
    for (int groupRow = 0; groupRow < m_groups.size(); ++groupRow) {
        const QList<qsizetype> &members = m_groups.at(groupRow).members;
        for (int row = 0; row < members.size(); ++row) {
            const Contact &contact = m_contacts.at(members.at(row));
            if (contact.account == account
                && std::any_of(entries.cbegin(), entries.cend(),
                    [&](const QString &entry) { return BlockList::affects(entry, contact.item.jid); })) {
                const QModelIndex changed = createIndex(row, 0, quintptr(groupRow) + 1);
                Q_EMIT dataChanged(changed, changed, { BlockedRole });
            }
        }
    }
}

void RosterTreeModel::networkChanged(const QString &domain)
{
    if (m_grouping == ByNetwork) {
        scheduleRegroup();
    }
    for (int groupRow = 0; groupRow < m_groups.size(); ++groupRow) {
        const QList<qsizetype> &members = m_groups.at(groupRow).members;
        for (int row = 0; row < members.size(); ++row) {
            if (GatewayNetworks::onDomain(m_contacts.at(members.at(row)).item.jid, domain)) {
                const QModelIndex changed = createIndex(row, 0, quintptr(groupRow) + 1);
                Q_EMIT dataChanged(changed, changed, { NetworkRole });
            }
        }
    }
}

void RosterTreeModel::setSortOrder(SortOrder order)
{
    if (order == m_sortOrder) {
        return;
    }
    m_sortOrder = order;
    resort();
    Q_EMIT sortOrderChanged();
}

QList<qsizetype> RosterTreeModel::sorted(QList<qsizetype> members) const
{
    // m_contacts is in name order, so a member's index is its rank by name.
    PresenceCache *presence = m_facts ? m_facts->presenceCache() : nullptr;
    if (m_sortOrder == ByName || !presence) {
        std::sort(members.begin(), members.end());
        return members;
    }
    QList<std::pair<int, qsizetype>> ranked; // (availability, rank by name)
    ranked.reserve(members.size());
    for (const qsizetype member : std::as_const(members)) {
        const Contact &contact = m_contacts.at(member);
        ranked.append({ presence->presence(contact.account, contact.item.jid).availability, member });
    }
    std::sort(ranked.begin(), ranked.end());
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        members[i] = ranked.at(i).second;
    }
    return members;
}

void RosterTreeModel::resort()
{
    QList<QList<qsizetype>> reordered;
    bool changed = false;
    for (const Group &group : std::as_const(m_groups)) {
        reordered.append(sorted(group.members));
        changed = changed || reordered.last() != group.members;
    }
    if (!changed) {
        return;
    }
    // Only rows within groups move; groups keep their places.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<int, qsizetype>> moved; // (group row, contact) of each persistent contact index
    for (const QModelIndex &old : before) {
        const QModelIndex parent = old.parent();
        moved.append(parent.isValid()
                ? std::pair { parent.row(), m_groups.at(parent.row()).members.at(old.row()) }
                : std::pair { -1, qsizetype(-1) });
    }
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        m_groups[i].members = reordered.at(i);
    }
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const auto [groupRow, contact] = moved.at(i);
        if (groupRow < 0) {
            after.append(before.at(i));
            continue;
        }
        const int row = int(m_groups.at(groupRow).members.indexOf(contact));
        after.append(createIndex(row, before.at(i).column(), quintptr(groupRow) + 1));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RosterTreeModel::scheduleResort()
{
    // Sorting a group costs more than a presence does: with a resort per presence, the flood at
    // login took 1.5 s for 1000 contacts (measured, bench_presence).
    if (!m_resortScheduled) {
        m_resortScheduled = true;
        QTimer::singleShot(50, this, [this] {
            m_resortScheduled = false;
            resort();
        });
    }
}

void RosterTreeModel::presenceChanged(const QString &account, const QString &jid)
{
    const auto found = m_contactIndex.constFind(keyOf(account, jid));
    if (found == m_contactIndex.cend()) {
        return; // not (yet) in the roster
    }
    if (m_sortOrder == OnlineFirst) {
        scheduleResort();
    }
    // Only the contact's rows change (one per group it is in).
    for (int groupRow = 0; groupRow < m_groups.size(); ++groupRow) {
        const int row = int(m_groups.at(groupRow).members.indexOf(*found));
        if (row >= 0) {
            const QModelIndex changed = createIndex(row, 0, quintptr(groupRow) + 1);
            Q_EMIT dataChanged(changed, changed, { PresenceRole, StatusTextRole, LastSeenRole });
        }
    }
}

QStringList RosterTreeModel::groups() const
{
    // The roster groups, whatever the nodes are (suggestions when adding or moving a contact).
    QSet<QString> unique;
    for (const Contact &contact : m_contacts) {
        for (const QString &group : contact.item.groups) {
            if (!group.isEmpty()) {
                unique.insert(group);
            }
        }
    }
    QStringList names(unique.cbegin(), unique.cend());
    const QCollator collator = nameCollator();
    std::sort(names.begin(), names.end(),
        [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
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
            return group.title;
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
        case PresenceRole:
            return int(Presence::Offline);
        case StatusTextRole:
            return QString();
        case LastSeenRole:
            return QDateTime();
        case BlockedRole:
            return false;
        case NetworkRole:
            return QString();
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
    case PresenceRole:
        return ContactFacts::of(m_facts, ContactFacts::Availability, contact.account, contact.item.jid);
    case StatusTextRole:
        return ContactFacts::of(m_facts, ContactFacts::StatusText, contact.account, contact.item.jid);
    case LastSeenRole:
        return ContactFacts::of(m_facts, ContactFacts::LastSeen, contact.account, contact.item.jid);
    case BlockedRole:
        return ContactFacts::of(m_facts, ContactFacts::Blocked, contact.account, contact.item.jid);
    case NetworkRole:
        return ContactFacts::of(m_facts, ContactFacts::Network, contact.account, contact.item.jid);
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
        { PresenceRole, "presence" },
        { StatusTextRole, "statusText" },
        { LastSeenRole, "lastSeen" },
        { BlockedRole, "blocked" },
        { NetworkRole, "network" },
    };
    for (const auto &[role, name] : own) {
        roles.insert(role, name);
    }
    return roles;
}
