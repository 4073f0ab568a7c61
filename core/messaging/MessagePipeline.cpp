// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagePipeline.h"

#include <algorithm>

#include <QDateTime>
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

std::optional<Message> MessagePipeline::runStages(const QString &accountJid, const QXmppMessage &stanza)
{
    ReceivedMessage received { stanza, fromStanza(accountJid, stanza) };
    for (const auto &stage : m_stages) {
        if (!stage->process(received)) {
            qCDebug(lcMessaging) << "stage" << stage->name() << "dropped message" << stanza.id();
            return std::nullopt;
        }
    }
    return received.message;
}

QFuture<std::optional<Message>> MessagePipeline::receive(
    const QString &accountJid, const QXmppMessage &stanza)
{
    const auto message = runStages(accountJid, stanza);
    if (!message) {
        return QtFuture::makeReadyValueFuture(std::optional<Message>());
    }
    return m_store->addMessage(*message).then(this, [this](std::optional<Message> stored) {
        if (stored) {
            Q_EMIT messageStored(*stored);
            Q_EMIT liveMessageStored(*stored);
        }
        return stored;
    });
}

QFuture<QList<Message>> MessagePipeline::receiveArchivePage(const QString &accountJid, const QString &archive,
    const QList<QXmppMessage> &stanzas, const MessageStore::ArchiveProgress &progress)
{
    QList<Message> page;
    for (const QXmppMessage &stanza : stanzas) {
        if (auto message = runStages(accountJid, stanza)) {
            page.append(*message);
        }
    }
    return m_store->addArchivePage(accountJid, archive, page, progress)
        .then(this, [this](const QList<Message> &stored) {
            for (const Message &message : stored) {
                Q_EMIT messageStored(message);
            }
            return stored;
        });
}
