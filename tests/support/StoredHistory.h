// SPDX-License-Identifier: GPL-3.0-or-later
// What a session's store holds for one chat, newest first: what integration tests compare.
#pragma once

#include <QList>
#include <QString>

#include "AwaitFuture.h"
#include "models/Session.h"
#include "storage/Message.h"
#include "storage/MessageStore.h"

inline QList<Message> storedHistory(Session &session, const QString &peer, int limit = 1000)
{
    const qint64 chat = awaitResult(session.messageStore()->chatId(session.accountJid(), peer));
    return awaitResult(session.messageStore()->messagesBefore(chat, {}, limit));
}
