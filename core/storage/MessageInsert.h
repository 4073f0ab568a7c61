// SPDX-License-Identifier: GPL-3.0-or-later
// Inserting one message row in its place (MessageOrder) and counting it in its chat. Database
// thread only, inside the caller's transaction (MessageStore, MessageEffects).
#pragma once

#include <optional>

#include <QHash>
#include <QSqlDatabase>

#include "Message.h"
#include "MessageOrder.h"

class RowIdCache;

namespace MessageInsert {
// How a message finds its place (MessageOrder): after everything stored in its chat (the live
// stream and our outbox), after the previous one of its page (an archive page read forwards),
// or before the next one (a page read backwards).
enum class Placement { AfterStored, AfterPrevious, BeforeNext };

// The previous (or next) key of each chat along one page.
using PageChain = QHash<qint64, qint64>;

// Inside the caller's transaction. Nothing for a duplicate. `chain` carries a page's order from
// one message to the next, duplicates included (their stored place counts). `news`: an incoming
// one counts as unread (not history from before the first login).
std::optional<Message> insert(QSqlDatabase &db, RowIdCache &ids, Message m,
    Placement placement = Placement::AfterStored, PageChain *chain = nullptr, bool news = true,
    MessageOrder::StoredAhead nextStored = {});
} // namespace MessageInsert
