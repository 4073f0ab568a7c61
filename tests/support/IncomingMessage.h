// SPDX-License-Identifier: GPL-3.0-or-later
// A message from `peer` to `account` as the receive pipeline leaves it for the store, for tests
// and benches that seed a store directly. `id` (when given) is its origin id and message id.
#pragma once

#include <QString>

#include "storage/Message.h"

inline Message incomingMessage(const QString &account, const QString &peer, const QString &body,
    qint64 timestamp, const QString &id = {})
{
    Message m;
    m.account = account;
    m.chatJid = peer;
    m.sender = peer;
    m.body = body;
    m.timestamp = timestamp;
    m.originId = id;
    m.messageId = id;
    return m;
}
