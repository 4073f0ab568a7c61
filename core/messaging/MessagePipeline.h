// SPDX-License-Identifier: GPL-3.0-or-later
// receive -> stages (filter, decrypt, ...) -> store (deduplicating) -> messageStored.
// Later features add stages instead of editing this class.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QFuture>
#include <QObject>

#include "storage/Message.h"
#include "storage/MessageStore.h"

class MessageStore;
class PipelineStage;
class QXmppMessage;

class MessagePipeline : public QObject
{
    Q_OBJECT
public:
    explicit MessagePipeline(MessageStore *store, QObject *parent = nullptr);
    ~MessagePipeline() override;

    void addStage(std::unique_ptr<PipelineStage> stage);
    QStringList stageNames() const;

    // Yields the stored message, or nothing when a stage dropped it or it was a duplicate.
    QFuture<std::optional<Message>> receive(const QString &accountJid, const QXmppMessage &stanza);
    // A page of archive results: the same stages, then one transaction with the new anchor.
    QFuture<QList<Message>> receiveArchivePage(const QString &accountJid, const QString &archive,
        const QList<QXmppMessage> &stanzas, const MessageStore::ArchiveProgress &progress);

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
    std::optional<Message> runStages(const QString &accountJid, const QXmppMessage &stanza);

    MessageStore *m_store;
    std::vector<std::unique_ptr<PipelineStage>> m_stages;
};
