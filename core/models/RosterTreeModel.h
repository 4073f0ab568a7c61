// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts of all accounts as a tree for a QtQuick TreeView: one node per roster group
// (sorted by name, the contacts without a group last), the group's contacts as its children; or,
// grouped by network, one node per network (XMPP first, then IRC, Telegram, … by name).
#pragma once

#include <functional>

#include <QAbstractItemModel>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

#include "storage/RosterItem.h"

class ContactFacts;
class RosterStore;

class RosterTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the controllers")
    // Contacts over all accounts, each counted once however many groups it is in.
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The roster groups in use, sorted (for suggestions when adding or moving a contact).
    Q_PROPERTY(QStringList groups READ groups NOTIFY countChanged)
    // How the contacts within a group are ordered.
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY sortOrderChanged)
    // What the top-level nodes are.
    Q_PROPERTY(Grouping grouping READ grouping WRITE setGrouping NOTIFY groupingChanged)
public:
    enum SortOrder {
        ByName,
        OnlineFirst, // by availability (Presence.Availability order), then by name
    };
    Q_ENUM(SortOrder)

    enum Grouping {
        ByRosterGroup, // a contact in two groups is under both
        ByNetwork, // by the network its gateway bridges to (NetworkRole); once each
    };
    Q_ENUM(Grouping)

    enum Role {
        NameRole = Qt::UserRole + 1, // the roster name, or the address's user part
        JidRole, // contacts: the bare address
        AccountRole, // contacts: the account whose roster holds it
        IsGroupRole,
        GroupNameRole, // the node's key: the roster group ("" for contacts without one), or
                       // "network:" and the network when grouped by network
        ContactCountRole, // groups: the number of contacts under it
        SubscriptionRole, // contacts: QXmppRosterIq::Item::SubscriptionType
        GroupsRole, // contacts: all roster groups of the contact
        PresenceRole, // contacts: Presence::Availability of the most available resource
        StatusTextRole, // contacts: that resource's status message (plain text)
        LastSeenRole, // contacts: when last seen available (invalid QDateTime: never)
        BlockedRole, // contacts: the server blocks them for this account (XEP-0191)
        NetworkRole, // contacts: "irc", "telegram", … behind a gateway ("gateway" if unnamed); "" for XMPP
    };
    Q_ENUM(Role)

    // accounts: the account addresses whose rosters are shown, asked at each reload.
    RosterTreeModel(RosterStore *store, std::function<QStringList()> accounts, QObject *parent = nullptr);
    ~RosterTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return m_contactCount; }
    QStringList groups() const;
    SortOrder sortOrder() const { return m_sortOrder; }
    void setSortOrder(SortOrder order);
    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping);
    // Where presence, blocked and network roles come from (none: offline, not blocked, XMPP).
    void setContactFacts(ContactFacts *facts);

    // Reads all rosters again; changes to the store reload on their own (coalesced).
    Q_INVOKABLE void reload();
    // The contact's node, under groupName when it is there, else under its first group; with
    // an empty jid the node of groupName. Invalid when the tree has no such node. An empty
    // account matches any account.
    Q_INVOKABLE QModelIndex nodeOf(
        const QString &account, const QString &jid, const QString &groupName = {}) const;

Q_SIGNALS:
    void countChanged();
    void sortOrderChanged();
    void groupingChanged();

private:
    struct Contact
    {
        QString account;
        RosterItem item;
        QString displayName;
    };
    struct Group
    {
        QString name; // GroupNameRole
        QString title; // NameRole
        QList<qsizetype> members; // indexes into m_contacts, sorted by name
    };

    void scheduleReload();
    void apply(const QStringList &accounts, const QList<QList<RosterItem>> &rosters);
    // The top-level nodes for contacts (in name order), as the grouping asks.
    QList<Group> groupsOf(const QList<Contact> &contacts) const;
    QList<Group> byNetwork(const QList<Contact> &contacts) const;
    // Builds the nodes again (the grouping, or a contact's network, changed).
    void regroup();
    void scheduleRegroup();
    // The members of a group in the current sort order.
    QList<qsizetype> sorted(QList<qsizetype> members) const;
    // Re-sorts the groups after presence changes, keeping persistent indexes on their contacts.
    void resort();
    // A burst of presences (a login) re-sorts once, shortly after the last.
    void scheduleResort();
    void presenceChanged(const QString &account, const QString &jid);
    void blockListChanged(const QString &account, const QStringList &entries);
    void networkChanged(const QString &domain);
    void factsReset();
    static QString keyOf(const QString &account, const QString &jid);

    RosterStore *m_store;
    std::function<QStringList()> m_accounts;
    QList<Contact> m_contacts;
    QList<Group> m_groups;
    QHash<QString, qsizetype> m_contactIndex; // keyOf(account, jid) -> index into m_contacts
    QPointer<ContactFacts> m_facts;
    SortOrder m_sortOrder = ByName;
    Grouping m_grouping = ByRosterGroup;
    int m_contactCount = 0;
    quint64 m_generation = 0; // a newer reload drops the results of older ones
    bool m_reloadScheduled = false;
    bool m_resortScheduled = false;
    bool m_regroupScheduled = false;
};
