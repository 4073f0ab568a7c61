// SPDX-License-Identifier: GPL-3.0-or-later
// What a session's store holds for one chat, newest first: what integration tests compare.
#pragma once

#include <QList>
#include <QString>

#include "AwaitFuture.h"
#include "models/AccountsController.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/Message.h"
#include "storage/MessageStore.h"

inline QList<Message> storedHistory(RootController &session, const QString &peer, int limit = 1000)
{
    const qint64 chat
        = awaitResult(session.core()->messageStore()->chatId(session.accounts()->primaryJid(), peer));
    return awaitResult(session.core()->messageStore()->messagesBefore(chat, {}, limit));
}
