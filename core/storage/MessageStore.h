// SPDX-License-Identifier: GPL-3.0-or-later
// Messages and chats in SQLite: deduplicating inserts, keyset pages, the recent-chats query (its
// rows and their changes, for the chat list: ChatStore).
#pragma once

#include <optional>

#include <QFuture>
#include <QObject>

#include "Chat.h"
#include "Message.h"
#include "MessageEffect.h"

class Database;
namespace MessageEffects {
struct Outcome;
}

class MessageStore : public QObject
{
    Q_OBJECT
public:
    explicit MessageStore(Database *database, QObject *parent = nullptr);

    // Stores the message in one transaction unless it is a duplicate (same archive stanza-id or
    // same sender origin-id); yields the stored row, or nothing for a duplicate.
    QFuture<std::optional<Message>> addMessage(Message message);
    // A received message (nothing: a stage consumed or dropped it) and the effects its stanza
    // carried (markers, corrections...), in one transaction; yields the stored row as above.
    QFuture<std::optional<Message>> addReceived(std::optional<Message> message, QList<MessageEffect> effects);
    // Effects alone (a marker, a correction...), in one transaction.
    QFuture<void> applyEffects(QList<MessageEffect> effects);
    // One page of archive (MAM) results and the new catch-up anchor, in one transaction.
    // Yields the rows that were new.
    // Where archive sync stands after a page: the newest id copied (catch-up resumes after it),
    // the oldest (backfill resumes before it), and whether backfill reached the beginning.
    struct ArchiveProgress
    {
        QString newestId;
        QString oldestId;
        bool backfillComplete = false;
        // The page was fetched backwards (backfill, scroll-back): it is older than every row
        // of its chats already stored, so it goes before them, in its own order.
        bool olderThanStored = false;
    };
    // `effects`: those of the page's stanzas, applied in their order after its messages.
    QFuture<QList<Message>> addArchivePage(const QString &account, const QString &archive,
        const QList<Message> &page, const ArchiveProgress &progress,
        const QList<MessageEffect> &effects = {});
    // The oldest archive id copied so far and whether nothing older is left.
    QFuture<std::pair<QString, bool>> backfillState(const QString &account, const QString &archive);
    // The id of the newest archive entry we have stored from `archive`; empty before the first sync.
    QFuture<QString> archiveAnchor(const QString &account, const QString &archive);
    QFuture<void> clearArchiveAnchor(const QString &account, const QString &archive);
    // The archive id (from the account's own archive) of the oldest stored message of a chat;
    // empty when none of them has one.
    QFuture<QString> oldestArchiveId(const QString &account, const QString &chatJid);
    QFuture<void> setState(const QString &account, const QString &originId, MessageState state);
    // A receipt (XEP-0184) from `from` (a bare JID) for our message: Delivered, only when the
    // message went to that chat and the server had taken it (Sent). Not a pending one (it must
    // still be sent, or resent), not a failed one (the failure stays shown until a retry).
    QFuture<void> markDelivered(const QString &account, const QString &from, const QString &originId);
    // A stage of the outgoing chain holds our pending message, or no longer does (reason ""):
    // kept with the row until it goes out.
    QFuture<void> setHoldReason(const QString &account, const QString &originId, const QString &reason);
    // The server bounced our message (chatJid: who it was for): Failed, with the reason shown.
    // Only before it was delivered, and only for the chat the error came from.
    QFuture<void> markFailed(
        const QString &account, const QString &chatJid, const QString &originId, const QString &reason);
    // The newest `limit` messages of a chat older than `before`, newest first.
    QFuture<QList<Message>> messagesBefore(qint64 chatId, PageCursor before, int limit);
    // Messages of all accounts whose text matches every word of `text` (the last one as a
    // prefix), newest first. Plain words: FTS5 operators in the input are taken literally.
    QFuture<QList<Message>> search(const QString &text, int limit);
    // The FTS5 query for what a person typed; empty when there is nothing to look for.
    static QString ftsQuery(const QString &text);
    // The peer displayed our message `originId`: it and every earlier one of ours are read.
    QFuture<void> markOutgoingReadUpTo(
        const QString &account, const QString &chatJid, const QString &originId);
    // We read the chat up to `sender`'s message `originId` (on another device): only what came
    // after it stays unread.
    QFuture<void> markIncomingReadUpTo(
        const QString &account, const QString &chatJid, const QString &sender, const QString &originId);
    // Whom to tell that we read chat `chatId`: the account, the chat's JID and the id of the
    // newest message the peer sent (empty when there is none).
    struct ReadMarkerTarget
    {
        QString account;
        QString chatJid;
        QString messageId;
    };
    QFuture<ReadMarkerTarget> readMarkerTarget(qint64 chatId);
    QFuture<std::optional<Message>> messageByRowId(qint64 rowId);
    // The delivery state of our own message with this origin-id, if there is one.
    QFuture<std::optional<MessageState>> outgoingState(const QString &account, const QString &originId);
    // A whole chat, oldest first (for export).
    QFuture<QList<Message>> chatHistory(const QString &account, const QString &chatJid);
    QFuture<QList<Message>> pendingMessages(const QString &account);
    QFuture<QList<Chat>> chats();
    QFuture<qint64> chatId(const QString &account, const QString &chatJid);
    QFuture<void> markChatRead(qint64 chatId);
    enum class ChatFlag { Pinned, Muted };
    QFuture<void> setChatFlag(qint64 chatId, ChatFlag flag, bool on);
    // The unsent text of a chat, kept across restarts. Saving does not reorder the chat list.
    QFuture<void> saveDraft(qint64 chatId, const QString &text);
    QFuture<QString> draft(qint64 chatId);

Q_SIGNALS:
    void messageAdded(const Message &message);
    void messageStateChanged(const QString &account, const QString &originId, MessageState state);
    // A stored message reads differently (corrected, retracted, reactions): effects applied here.
    void messageChanged(const Message &message);
    void messageFailed(const QString &account, const QString &originId, const QString &reason);
    void holdReasonChanged(const QString &account, const QString &originId, const QString &reason);
    // A commit changed the chat's row in the recent-chats list (activity, last message, unread,
    // pinned, muted, draft; or the chat is new). ChatStore reads that row again.
    void chatChanged(qint64 chatId);

private:
    void announce(const QList<MessageEffects::Outcome> &outcomes);

    Database *m_database;
};
