// SPDX-License-Identifier: GPL-3.0-or-later
// receive -> stages (filter, decrypt, amend, enrich, store; some asynchronous) -> store
// (deduplicating, with the effects the stages recorded, in one transaction) -> messageStored.
// Messages (and archive pages) of one stream are stored in the order they arrived, even when an
// earlier one's stages take longer. Capabilities add stages instead of editing this class.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QFuture>
#include <QObject>
#include <QPromise>

#include "OfflineCopyHold.h"
#include "StreamOrder.h"
#include "storage/Message.h"
#include "storage/MessageStore.h"

class MessageStore;
class PipelineStage;
class QXmppMessage;
struct ReceivedMessage;

class MessagePipeline : public QObject
{
    Q_OBJECT
public:
    explicit MessagePipeline(MessageStore *store, QObject *parent = nullptr);
    ~MessagePipeline() override;

    void addStage(std::unique_ptr<PipelineStage> stage);
    QStringList stageNames() const;

    // Yields the stored message, or nothing when a stage dropped it or it was a duplicate. The
    // stream is the account's: live messages, carbons and offline delivery keep their order.
    QFuture<std::optional<Message>> receive(const QString &accountJid, const QXmppMessage &stanza);
    // A page of archive results: the same stages, then one transaction with the new anchor, after
    // the pages of the same archive handed over before it.
    QFuture<QList<Message>> receiveArchivePage(const QString &accountJid, const QString &archive,
        const QList<QXmppMessage> &stanzas, const MessageStore::ArchiveProgress &progress);

    // While the catch-up after a (re)connect reads the account's archive, what the live stream
    // brings with a delay stamp (offline delivery, copies the server re-routes from an old
    // session) waits: the catch-up's pages bring the same messages in the archive's order, where
    // a late copy stored first would have gone after everything. A page that stores a waiting
    // copy's message counts as that copy's arrival (liveMessageStored); what no page brought is
    // stored, in the order it came, when the hold ends.
    void holdOfflineCopies(const QString &accountJid);
    void releaseOfflineCopies(const QString &accountJid);
    qsizetype heldOfflineCopies(const QString &accountJid) const;

    // A delay stamp (XEP-0203) may be this far ahead of our clock (clock skew between us, the
    // server and the sender); a stamp later than that is replaced by the time of receipt.
    static constexpr qint64 futureStampAllowanceMs = 5 * 60 * 1000;

    // The Message we would store for a stanza received by accountJid (no stage has run yet).
    static Message fromStanza(const QString &accountJid, const QXmppMessage &stanza);

Q_SIGNALS:
    void messageStored(const Message &message);
    // Only what arrived live (not archive catch-up or backfill): the messages worth a notification.
    void liveMessageStored(const Message &message);

private:
    using StoredPromise = std::shared_ptr<QPromise<std::optional<Message>>>;
    void storeLive(const std::shared_ptr<ReceivedMessage> &received, bool keep, const StoredPromise &promise);
    // The page stored these: the waiting copies of the same messages arrived with it.
    void takeOverHeldCopies(const QString &accountJid, const QList<Message> &added);
    // Counts a copy (of a page's message) as arrived.
    void arrived(const Message &message, const StoredPromise &promise);

    // Runs the stages from `first` on; yields whether the message is kept. Synchronous stages
    // run before this returns.
    QFuture<bool> runStages(std::shared_ptr<ReceivedMessage> received, std::size_t first = 0);
    // Calls `done` with the result of `kept` once it is there (now, when it already is).
    void whenRun(const QFuture<bool> &kept, std::function<void(bool)> done);

    MessageStore *m_store;
    std::vector<std::unique_ptr<PipelineStage>> m_stages;
    StreamOrder m_order;
    OfflineCopyHold m_hold;
};
