// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatListModel.h"

#include <QDateTime>
#include <QSet>

#include "Logging.h"
#include "roster/BlockList.h"
#include "roster/ContactFacts.h"
#include "roster/GatewayNetworks.h"
#include "storage/ChatRows.h"
#include "storage/ChatStore.h"
#include "storage/MessageStore.h"

ChatListModel::ChatListModel(ChatStore *chats, MessageStore *messages, QObject *parent)
    : QAbstractListModel(parent), m_chatStore(chats), m_messages(messages)
{
    connect(chats, &ChatStore::chatChanged, this, &ChatListModel::applyChat);
    connect(chats, &ChatStore::chatRemoved, this, &ChatListModel::removeChat);
    reload();
}

void ChatListModel::reload()
{
    m_chatStore->chats()
        .then(this,
            [this](const QList<Chat> &chats) {
                if (m_loaded) {
                    merge(chats);
                    return;
                }
                m_loaded = true;
                beginResetModel();
                m_chats = chats;
                endResetModel();
                ++m_nameRevision;
                Q_EMIT nameRevisionChanged();
                Q_EMIT countChanged();
            })
        .onFailed(this,
            [](const std::exception &e) { qCWarning(lcModels) << "loading chats failed:" << e.what(); });
}

void ChatListModel::merge(const QList<Chat> &chats)
{
    QSet<qint64> ids;
    for (const Chat &chat : chats) {
        ids.insert(chat.id);
    }
    for (qsizetype row = m_chats.size() - 1; row >= 0; --row) {
        if (!ids.contains(m_chats.at(row).id)) {
            removeChat(m_chats.at(row).id);
        }
    }
    // Each row goes to its place among the others as they stand, so the list is in order after
    // every step and therefore at the end.
    for (const Chat &chat : chats) {
        applyChat(chat);
    }
}

int ChatListModel::rowOf(qint64 chatId) const
{
    for (int row = 0; row < m_chats.size(); ++row) {
        if (m_chats.at(row).id == chatId) {
            return row;
        }
    }
    return -1;
}

void ChatListModel::applyChat(const Chat &committed)
{
    const int from = rowOf(committed.id);
    Chat chat = committed;
    if (from >= 0 && m_draftWrites.contains(chat.id)) {
        // Read between two draft writes (the page typed on): the newer draft stays.
        chat.draft = m_chats.at(from).draft;
    }
    // Its place among the other rows: the list is sorted, so that is how many go before it.
    int to = 0;
    for (int row = 0; row < m_chats.size(); ++row) {
        if (row != from && ChatRows::listedBefore(m_chats.at(row), chat)) {
            ++to;
        }
    }
    if (from < 0) {
        beginInsertRows({}, to, to);
        m_chats.insert(to, chat);
        endInsertRows();
        Q_EMIT countChanged();
        return;
    }
    if (to != from) {
        // Qt counts the destination before the move: one further down when moving down.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        m_chats.move(from, to);
        endMoveRows();
    }
    Chat &row = m_chats[to];
    QList<int> roles;
    if (row.name != chat.name) {
        roles << NameRole << Qt::DisplayRole;
        ++m_nameRevision;
        Q_EMIT nameRevisionChanged();
    }
    if (row.lastMessage != chat.lastMessage || row.lastKind != chat.lastKind) {
        roles << LastMessageRole;
    }
    if (row.lastActivity != chat.lastActivity) {
        roles << LastActivityRole;
    }
    if (row.unread != chat.unread) {
        roles << UnreadRole;
    }
    if (row.pinned != chat.pinned) {
        roles << PinnedRole;
    }
    if (row.muted != chat.muted) {
        roles << MutedRole;
    }
    if (row.draft != chat.draft) {
        roles << DraftRole;
    }
    row = chat;
    if (!roles.isEmpty()) {
        Q_EMIT dataChanged(index(to), index(to), roles);
    }
}

void ChatListModel::removeChat(qint64 chatId)
{
    const int row = rowOf(chatId);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_chats.removeAt(row);
        endRemoveRows();
        Q_EMIT countChanged();
    }
}

void ChatListModel::setContactFacts(ContactFacts *facts)
{
    if (m_facts) {
        disconnect(m_facts, nullptr, this, nullptr);
    }
    m_facts = facts;
    if (facts) {
        connect(
            facts, &ContactFacts::presenceChanged, this, [this](const QString &account, const QString &jid) {
                rowsChanged(account, jid, { PresenceRole, StatusTextRole, LastSeenRole });
            });
        connect(facts, &ContactFacts::blockListChanged, this,
            [this](const QString &account, const QStringList &entries) {
                for (int row = 0; row < m_chats.size(); ++row) {
                    const Chat &chat = m_chats.at(row);
                    if (chat.account == account
                        && std::any_of(entries.cbegin(), entries.cend(),
                            [&](const QString &entry) { return BlockList::affects(entry, chat.jid); })) {
                        Q_EMIT dataChanged(index(row), index(row), { BlockedRole });
                    }
                }
            });
        connect(facts, &ContactFacts::networkChanged, this, [this](const QString &domain) {
            for (int row = 0; row < m_chats.size(); ++row) {
                if (GatewayNetworks::onDomain(m_chats.at(row).jid, domain)) {
                    Q_EMIT dataChanged(index(row), index(row), { NetworkRole });
                }
            }
        });
        connect(facts, &ContactFacts::reset, this, &ChatListModel::factsReset);
    }
    factsReset();
}

void ChatListModel::factsReset()
{
    if (!m_chats.isEmpty()) {
        Q_EMIT dataChanged(index(0), index(int(m_chats.size()) - 1),
            { PresenceRole, StatusTextRole, LastSeenRole, BlockedRole, NetworkRole });
    }
}

void ChatListModel::rowsChanged(const QString &account, const QString &jid, const QList<int> &roles)
{
    for (int row = 0; row < m_chats.size(); ++row) {
        if (m_chats.at(row).jid == jid && m_chats.at(row).account == account) {
            Q_EMIT dataChanged(index(row), index(row), roles);
        }
    }
}

void ChatListModel::setPinned(qint64 chatId, bool pinned)
{
    m_messages->setChatFlag(chatId, MessageStore::ChatFlag::Pinned, pinned);
}

void ChatListModel::setMuted(qint64 chatId, bool muted)
{
    m_messages->setChatFlag(chatId, MessageStore::ChatFlag::Muted, muted);
}

void ChatListModel::saveDraft(qint64 chatId, const QString &text)
{
    // Updated in place at once, so that the page that reopens the chat finds it; the store
    // announces the row again once it is written.
    ++m_draftWrites[chatId];
    const auto written = [this, chatId] {
        if (--m_draftWrites[chatId] <= 0) {
            m_draftWrites.remove(chatId);
        }
    };
    m_messages->saveDraft(chatId, text)
        .then(this, written)
        .onFailed(this, [written](const std::exception &e) {
            qCWarning(lcModels) << "saving a draft failed:" << e.what();
            written();
        });
    for (int row = 0; row < m_chats.size(); ++row) {
        if (m_chats.at(row).id == chatId && m_chats.at(row).draft != text) {
            m_chats[row].draft = text;
            Q_EMIT dataChanged(index(row), index(row), { DraftRole });
        }
    }
}

int ChatListModel::unreadOf(qint64 chatId) const
{
    for (const Chat &chat : m_chats) {
        if (chat.id == chatId) {
            return chat.unread;
        }
    }
    return 0;
}

QString ChatListModel::draftOf(qint64 chatId) const
{
    for (const Chat &chat : m_chats) {
        if (chat.id == chatId) {
            return chat.draft;
        }
    }
    return {};
}

QString ChatListModel::nameOf(const QString &jid) const
{
    for (const Chat &chat : m_chats) {
        if (chat.jid == jid && !chat.name.isEmpty()) {
            return chat.name;
        }
    }
    return jid.section(QLatin1Char('@'), 0, 0);
}

int ChatListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chats.size());
}

QVariant ChatListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Chat &chat = m_chats.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return chat.name.isEmpty() ? chat.jid.section(QLatin1Char('@'), 0, 0) : chat.name;
    case ChatIdRole:
        return chat.id;
    case AccountRole:
        return chat.account;
    case JidRole:
        return chat.jid;
    case LastMessageRole:
        // Content we cannot show has no text of its own to preview.
        return chat.lastKind == MessageKind::Text         ? chat.lastMessage
            : chat.lastKind == MessageKind::Undecryptable ? tr("An encrypted message this device cannot read")
            : chat.lastKind == MessageKind::NewDeviceTrusted
                || chat.lastKind == MessageKind::NewDeviceUntrusted
            ? tr("Added a new device")
            : tr("Sent something Isthmus cannot show yet");
    case LastActivityRole:
        return chat.lastActivity > 0 ? QDateTime::fromMSecsSinceEpoch(chat.lastActivity) : QDateTime();
    case UnreadRole:
        return chat.unread;
    case PinnedRole:
        return chat.pinned;
    case MutedRole:
        return chat.muted;
    case DraftRole:
        return chat.draft;
    case PresenceRole:
        return ContactFacts::of(m_facts, ContactFacts::Availability, chat.account, chat.jid);
    case StatusTextRole:
        return ContactFacts::of(m_facts, ContactFacts::StatusText, chat.account, chat.jid);
    case LastSeenRole:
        return ContactFacts::of(m_facts, ContactFacts::LastSeen, chat.account, chat.jid);
    case BlockedRole:
        return ContactFacts::of(m_facts, ContactFacts::Blocked, chat.account, chat.jid);
    case NetworkRole:
        return ContactFacts::of(m_facts, ContactFacts::Network, chat.account, chat.jid);
    default:
        return {};
    }
}

QHash<int, QByteArray> ChatListModel::roleNames() const
{
    return {
        { ChatIdRole, "chatId" },
        { AccountRole, "account" },
        { JidRole, "jid" },
        { NameRole, "name" },
        { LastMessageRole, "lastMessage" },
        { LastActivityRole, "lastActivity" },
        { UnreadRole, "unread" },
        { PinnedRole, "pinned" },
        { MutedRole, "muted" },
        { DraftRole, "draft" },
        { PresenceRole, "presence" },
        { StatusTextRole, "statusText" },
        { LastSeenRole, "lastSeen" },
        { BlockedRole, "blocked" },
        { NetworkRole, "network" },
    };
}
