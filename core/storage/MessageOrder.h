// SPDX-License-Identifier: GPL-3.0-or-later
// Where a message goes in its chat: an order key set once at insert and never changed
// (ARCHITECTURE.md, "Order"). The server's stamp stays in Message::timestamp for display.
#pragma once

#include <limits>

#include <QList>
#include <QtGlobal>

class QSqlDatabase;
class RowIdCache;
struct Message;

namespace MessageOrder {

// Keys count microseconds, so that messages stamped within one millisecond (or one whole
// second, as offline storage stamps them) still have room between them.
constexpr qint64 unitsPerMs = 1000;
// How far a page fetched backwards may push a message before its own stamp to keep the
// page's order: a stray row with an absurd key cannot drag history further than this.
constexpr qint64 maxPullBackMs = 60'000;

// The earliest and the latest key the message's stamp allows (a whole-second stamp allows the
// whole second); a stamp in the future counts as `nowMs`.
qint64 earliestKey(const Message &m, qint64 nowMs);
qint64 latestKey(const Message &m, qint64 nowMs);

// A message that follows `previous` in an ordered stream: after it, and not before its stamp.
qint64 after(const Message &m, qint64 previous, qint64 nowMs);
// A message of a stream read forwards that is followed in that stream by `next`, a copy stored
// before (the live stream delivered it first): after `previous` and before `next`, where both fit.
// `room`: how many messages of the stream, this one included, must still fit below `next`.
qint64 between(const Message &m, qint64 previous, qint64 next, qint64 nowMs, qint64 room = 1);
// A message that precedes `next` in a stream read backwards: before it, and not after its stamp.
qint64 before(const Message &m, qint64 next, qint64 nowMs);

// No key: an empty chat, nothing before in the stream.
constexpr qint64 noKey = std::numeric_limits<qint64>::min();
// The newest and the oldest key of a chat, noKey when it is empty.
qint64 newestKey(QSqlDatabase &db, qint64 chatId);
qint64 oldestKey(QSqlDatabase &db, qint64 chatId);
// The key of the stored copy of `m` (same archive stanza-id, or same sender and origin-id).
qint64 storedKey(QSqlDatabase &db, qint64 accountId, const Message &m);

// The nearest later message of the same chat in a page read forwards that is stored already:
// its key (noKey when none is) and how many messages of the page, from this one on, come before it.
struct StoredAhead
{
    qint64 key = noKey;
    qint64 room = 1;
};
QList<StoredAhead> storedKeysAhead(QSqlDatabase &db, RowIdCache &ids, const QList<Message> &page);

} // namespace MessageOrder
