// SPDX-License-Identifier: GPL-3.0-or-later
// The recent chats as rows, and their changes one chat at a time: after a commit changed a chat
// (a message, read state, pinned, muted, draft, a correction of its last message), the chat's
// row is read again on the database thread and announced, so the chat list updates that row
// instead of reading the whole list.
#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QSet>

#include "Chat.h"

class Database;
class MessageStore;

class ChatStore : public QObject
{
    Q_OBJECT
public:
    // Follows the chats `messages` reports changed (MessageStore::chatChanged).
    ChatStore(Database *database, MessageStore *messages, QObject *parent = nullptr);

    // Every chat of every account, pinned first, then by latest activity (ChatRows::listedBefore).
    QFuture<QList<Chat>> chats();

Q_SIGNALS:
    // The chat's row as committed. Changes that land together come as one read: a burst (an
    // archive page, a catch-up) costs one query, and each chat is announced once.
    void chatChanged(const Chat &chat);
    // A chat reported changed has no row any more.
    void chatRemoved(qint64 chatId);

private:
    void touch(qint64 chatId);
    void readTouched();

    Database *m_database;
    QSet<qint64> m_touched;
    bool m_readQueued = false;
};
