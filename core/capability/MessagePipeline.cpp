// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagePipeline.h"

#include <algorithm>

#include <QDateTime>
#include <QPromise>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

#include "Logging.h"
#include "PipelineStage.h"
#include "ReceivedMessage.h"
#include "account/OversizedIdGuard.h"
#include "storage/MessageStore.h"

MessagePipeline::MessagePipeline(MessageStore *store, QObject *parent) : QObject(parent), m_store(store) { }

MessagePipeline::~MessagePipeline() = default;

void MessagePipeline::addStage(std::unique_ptr<PipelineStage> stage)
{
    // After every stage of its own group and the groups before it: registration order within a group.
    const auto position = std::upper_bound(m_stages.begin(), m_stages.end(), stage->group(),
        [](StageGroup group, const std::unique_ptr<PipelineStage> &other) { return group < other->group(); });
    m_stages.insert(position, std::move(stage));
}

QStringList MessagePipeline::stageNames() const
{
    QStringList names;
    for (const auto &stage : m_stages) {
        names.append(stage->name());
    }
    return names;
}

Message MessagePipeline::fromStanza(const QString &accountJid, const QXmppMessage &stanza)
{
    Message m;
    m.account = accountJid;
    const QString from = QXmppUtils::jidToBareJid(stanza.from());
    const QString to = QXmppUtils::jidToBareJid(stanza.to());
    // A stanza without 'from' comes from our own server on behalf of the account.
    m.outgoing = from.isEmpty() || from == accountJid;
    m.sender = m.outgoing ? accountJid : from;
    m.chatJid = m.outgoing ? to : from;
    m.body = stanza.body();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (stanza.stamp().isValid() && stanza.stamp().toMSecsSinceEpoch() <= now + futureStampAllowanceMs) {
        m.timestamp = stanza.stamp().toMSecsSinceEpoch();
        m.timestampSlackMs = stanza.stamp().time().msec() == 0 ? 999 : 0;
    } else {
        // No stamp, or one from the future (any sender may write a delay stamp): the time we got
        // it. A message dated 9999 would otherwise stay on top of its chat and the chat list.
        m.timestamp = now;
    }
    // Ids we would repeat (read markers name messageId) and keep: not absurd ones. Without an id
    // the message is still stored; it only gets no marker.
    m.originId = OversizedIdGuard::isEchoable(stanza.originId()) ? stanza.originId() : QString();
    m.messageId = OversizedIdGuard::isEchoable(stanza.id()) ? stanza.id() : QString();
    // Only our own archive's ids are trusted: servers strip foreign stanza-ids claiming to be theirs.
    const auto ids = stanza.stanzaIds();
    for (const QXmppStanzaId &id : ids) {
        if (id.by == accountJid) {
            m.stanzaId = id.id;
            m.stanzaIdBy = id.by;
        }
    }
    m.state = m.outgoing ? MessageState::Sent : MessageState::Received;
    return m;
}

QFuture<bool> MessagePipeline::runStages(std::shared_ptr<ReceivedMessage> received, std::size_t first)
{
    for (std::size_t i = first; i < m_stages.size(); ++i) {
        PipelineStage *stage = m_stages[i].get();
        if (stage->isAsynchronous()) {
            return stage->processAsync(received)
                .then(this,
                    [this, received, i, name = stage->name()](bool keep) {
                        if (!keep) {
                            qCDebug(lcMessaging)
                                << "stage" << name << "dropped message" << received->stanza.id();
                            return QtFuture::makeReadyValueFuture(false);
                        }
                        return runStages(received, i + 1);
                    })
                .unwrap();
        }
        if (!stage->process(*received)) {
            qCDebug(lcMessaging) << "stage" << stage->name() << "dropped message" << received->stanza.id();
            return QtFuture::makeReadyValueFuture(false);
        }
    }
    return QtFuture::makeReadyValueFuture(true);
}

void MessagePipeline::whenRun(const QFuture<bool> &kept, std::function<void(bool)> done)
{
    // Synchronous stages only: no detour through the event loop (and no reordering against it).
    if (kept.isFinished()) {
        bool keep = false;
        try {
            keep = kept.result();
        } catch (const std::exception &e) {
            qCWarning(lcMessaging) << "a receive stage failed:" << e.what();
        }
        done(keep);
        return;
    }
    QFuture<bool>(kept).then(this, [done](QFuture<bool> finished) {
        bool keep = false;
        try {
            keep = finished.result();
        } catch (const std::exception &e) {
            qCWarning(lcMessaging) << "a receive stage failed:" << e.what();
        }
        done(keep);
    });
}

QFuture<std::optional<Message>> MessagePipeline::receive(
    const QString &accountJid, const QXmppMessage &stanza)
{
    auto received
        = std::make_shared<ReceivedMessage>(ReceivedMessage { stanza, fromStanza(accountJid, stanza), {} });
    auto promise = std::make_shared<QPromise<std::optional<Message>>>();
    promise->start();
    QFuture<std::optional<Message>> result = promise->future();
    const quint64 ticket = m_order.enqueue(accountJid);
    whenRun(runStages(received), [this, accountJid, ticket, received, promise](bool keep) {
        m_order.ready(accountJid, ticket, [this, accountJid, keep, received, promise] {
            if ((keep || !received->effects.isEmpty()) && m_hold.isHolding(accountJid)
                && received->stanza.stamp().isValid()) {
                if (const auto stored
                    = keep ? m_hold.takePageStored(accountJid, received->message) : std::nullopt) {
                    arrived(*stored, promise);
                } else {
                    m_hold.add(accountJid, { received, keep, promise });
                }
                return;
            }
            storeLive(received, keep, promise);
        });
    });
    return result;
}

void MessagePipeline::storeLive(
    const std::shared_ptr<ReceivedMessage> &received, bool keep, const StoredPromise &promise)
{
    if (!keep && received->effects.isEmpty()) {
        promise->addResult(std::optional<Message>());
        promise->finish();
        return;
    }
    m_store->addReceived(keep ? std::optional(received->message) : std::nullopt, received->effects)
        .then(this, [this, promise](QFuture<std::optional<Message>> stored) {
            try {
                const std::optional<Message> message = stored.result();
                if (message) {
                    Q_EMIT messageStored(*message);
                    Q_EMIT liveMessageStored(*message);
                }
                promise->addResult(message);
            } catch (...) {
                promise->setException(std::current_exception());
            }
            promise->finish();
        });
}

void MessagePipeline::holdOfflineCopies(const QString &accountJid)
{
    m_hold.start(accountJid);
}

void MessagePipeline::releaseOfflineCopies(const QString &accountJid)
{
    const QList<OfflineCopyHold::Copy> left = m_hold.end(accountJid);
    if (!left.isEmpty()) {
        qCInfo(lcMessaging) << accountJid << "storing" << left.size()
                            << "offline copies no archive page brought";
    }
    // Behind whatever of the stream is still in its stages: those came after these.
    for (const OfflineCopyHold::Copy &copy : left) {
        const quint64 ticket = m_order.enqueue(accountJid);
        m_order.ready(
            accountJid, ticket, [this, copy] { storeLive(copy.received, copy.keep, copy.promise); });
    }
}

qsizetype MessagePipeline::heldOfflineCopies(const QString &accountJid) const
{
    return m_hold.waiting(accountJid);
}

void MessagePipeline::takeOverHeldCopies(const QString &accountJid, const QList<Message> &added)
{
    if (!m_hold.isHolding(accountJid)) {
        return;
    }
    for (const Message &message : added) {
        if (const auto copy = m_hold.takeCopyOf(accountJid, message)) {
            arrived(message, copy->promise);
        }
    }
}

void MessagePipeline::arrived(const Message &message, const StoredPromise &promise)
{
    Q_EMIT liveMessageStored(message);
    promise->addResult(std::optional(message));
    promise->finish();
}

QFuture<QList<Message>> MessagePipeline::receiveArchivePage(const QString &accountJid, const QString &archive,
    const QList<QXmppMessage> &stanzas, const MessageStore::ArchiveProgress &progress)
{
    const QString stream = accountJid + QLatin1Char('\n') + archive;
    const quint64 ticket = m_order.enqueue(stream);
    auto promise = std::make_shared<QPromise<QList<Message>>>();
    promise->start();
    QFuture<QList<Message>> result = promise->future();

    struct Page
    {
        std::vector<std::shared_ptr<ReceivedMessage>> items;
        std::vector<char> kept;
        std::size_t left = 0;
    };
    auto page = std::make_shared<Page>();
    page->kept.assign(stanzas.size(), 0);
    page->left = stanzas.size() + 1; // one more for the end of this loop: no store before it
    auto store = [this, accountJid, archive, progress, stream, ticket, page, promise] {
        m_order.ready(stream, ticket, [this, accountJid, archive, progress, page, promise] {
            QList<Message> messages;
            QList<MessageEffect> effects;
            for (std::size_t i = 0; i < page->items.size(); ++i) {
                if (page->kept[i])
                    messages.append(page->items[i]->message);
                effects.append(page->items[i]->effects);
            }
            m_store->addArchivePage(accountJid, archive, messages, progress, effects)
                .then(this, [this, accountJid, archive, promise](QFuture<QList<Message>> stored) {
                    try {
                        const QList<Message> added = stored.result();
                        for (const Message &message : added) {
                            Q_EMIT messageStored(message);
                        }
                        if (archive == accountJid) {
                            takeOverHeldCopies(accountJid, added);
                        }
                        promise->addResult(added);
                    } catch (...) {
                        promise->setException(std::current_exception());
                    }
                    promise->finish();
                });
        });
    };
    for (qsizetype i = 0; i < stanzas.size(); ++i) {
        auto received = std::make_shared<ReceivedMessage>(
            ReceivedMessage { stanzas.at(i), fromStanza(accountJid, stanzas.at(i)), {} });
        page->items.push_back(received);
        whenRun(runStages(received), [page, i, store](bool keep) {
            page->kept[std::size_t(i)] = keep;
            if (--page->left == 0)
                store();
        });
    }
    if (--page->left == 0)
        store();
    return result;
}
