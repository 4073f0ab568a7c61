// SPDX-License-Identifier: GPL-3.0-or-later
// Recent chats of all accounts, pinned first, then newest activity first. Read whole once; after
// that each change from the ChatStore updates, inserts or moves that one row.
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

#include "storage/Chat.h"

class ChatStore;
class ContactFacts;
class MessageStore;

class ChatListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the controllers")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Goes up whenever a chat's shown name may have changed: a binding on nameOf() names it too.
    Q_PROPERTY(int nameRevision READ nameRevision NOTIFY nameRevisionChanged)
public:
    enum Role {
        ChatIdRole = Qt::UserRole + 1,
        AccountRole,
        JidRole,
        NameRole,
        LastMessageRole,
        LastActivityRole,
        UnreadRole,
        PinnedRole,
        MutedRole,
        DraftRole,
        PresenceRole, // 1:1 chats: Presence::Availability of the peer
        StatusTextRole, // 1:1 chats: the peer's status message (plain text)
        LastSeenRole, // 1:1 chats: when the peer was last seen available (invalid: never)
        BlockedRole, // the server blocks the peer for this account (XEP-0191)
        NetworkRole, // "irc", "telegram", … behind a gateway ("gateway" if unnamed); "" for XMPP
    };
    Q_ENUM(Role)

    // Rows come from `chats`; pinning, muting and drafts are written through `messages`.
    ChatListModel(ChatStore *chats, MessageStore *messages, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_chats.size()); }

    // Reads the whole list again: the first time as a reset, later row by row (renamed contacts,
    // chats gone), so that views keep their place.
    Q_INVOKABLE void reload();
    // Where the presence roles come from (none: everybody offline).
    // Where presence, blocked and network roles come from (none: offline, not blocked, XMPP).
    void setContactFacts(ContactFacts *facts);
    Q_INVOKABLE void setPinned(qint64 chatId, bool pinned);
    Q_INVOKABLE void setMuted(qint64 chatId, bool muted);
    Q_INVOKABLE void saveDraft(qint64 chatId, const QString &text);
    Q_INVOKABLE QString draftOf(qint64 chatId) const;
    // Unread messages of the chat as last loaded (0 for a chat not in the list).
    Q_INVOKABLE int unreadOf(qint64 chatId) const;
    // The name shown for a chat with jid, from the loaded list (the address's user part if unknown).
    Q_INVOKABLE QString nameOf(const QString &jid) const;

    int nameRevision() const { return m_nameRevision; }

Q_SIGNALS:
    void countChanged();
    void nameRevisionChanged();

private:
    // Puts the chat's committed row in its place: inserted, moved and/or changed, one row.
    void applyChat(const Chat &chat);
    void removeChat(qint64 chatId);
    void merge(const QList<Chat> &chats);
    int rowOf(qint64 chatId) const;
    // Signals a change of roles on the rows of the chat with jid on account only.
    void rowsChanged(const QString &account, const QString &jid, const QList<int> &roles);
    void factsReset();

    ChatStore *m_chatStore;
    MessageStore *m_messages;
    QList<Chat> m_chats;
    int m_nameRevision = 0;
    QPointer<ContactFacts> m_facts;
    bool m_loaded = false;
    // Draft writes not committed yet, per chat: a row read before the last one holds an older
    // draft, and must not replace the newer one kept here.
    QHash<qint64, int> m_draftWrites;
};
