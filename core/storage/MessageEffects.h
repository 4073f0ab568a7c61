// SPDX-License-Identifier: GPL-3.0-or-later
// Applying MessageEffects (markers, corrections, retractions, reactions) to stored rows. Database
// thread only, inside the caller's transaction; the caller announces the outcomes after commit.
#pragma once

#include <optional>

#include <QSqlDatabase>
#include <QStringList>

#include "Message.h"
#include "MessageEffect.h"

class RowIdCache;

namespace MessageEffects {
// What one effect changed, for the signals after the commit.
struct Outcome
{
    std::optional<Message> changed; // a stored message now reads differently
    std::optional<Message> added; // a correction of a message we do not have, stored on its own
    qint64 chatChanged = 0; // a chat's unread count moved
    // Our messages up to this origin-id of the account are read.
    QString readAccount;
    QString readOriginId;
};

// `news`: a correction stored on its own counts as unread (not for history pages).
Outcome apply(QSqlDatabase &db, RowIdCache &ids, const MessageEffect &effect, bool news = true);

// The single steps, also for the account's own amendments (MessageAmendments); each yields the
// changed message, or nothing when it is not stored.
std::optional<Message> correct(QSqlDatabase &db, const QString &account, const QString &sender,
    const QString &replaceId, const QString &body);
std::optional<Message> retract(
    QSqlDatabase &db, const QString &account, const QString &sender, const QString &id);
std::optional<Message> setReactions(QSqlDatabase &db, const QString &account, const QString &chatJid,
    const QString &id, const QString &reactor, const QStringList &emojis);
// Our pending message originId goes out as `encryption` (why it waits: messages.hold_reason).
std::optional<Message> setEncryption(
    QSqlDatabase &db, const QString &account, const QString &originId, MessageEncryption encryption);
void markOutgoingReadUpTo(
    QSqlDatabase &db, const QString &account, const QString &chatJid, const QString &originId);
// Yields the chat whose unread count changed, or 0.
qint64 markIncomingReadUpTo(QSqlDatabase &db, const QString &account, const QString &chatJid,
    const QString &sender, const QString &originId);
} // namespace MessageEffects
