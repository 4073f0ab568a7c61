// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagingCapability.h"

#include "ActiveStateStage.h"
#include "ChatMarkerStage.h"
#include "ChatMessageFilter.h"
#include "ChatStateStage.h"
#include "CorrectionStage.h"
#include "EmptyBodyFilter.h"
#include "MarkableStage.h"
#include "Outbox.h"
#include "ReactionStage.h"
#include "ReceiptRequestStage.h"
#include "ReplyStage.h"
#include "RetractionStage.h"
#include "TypingNotifier.h"
#include "account/Account.h"
#include "capability/CapabilityHost.h"
#include "capability/MessagePipeline.h"
#include "capability/OutgoingChain.h"
#include "storage/MessageStore.h"

MessagingCapability::MessagingCapability(MessageActions::OutboxLookup outboxes, QObject *parent)
    : QObject(parent), m_outboxes(std::move(outboxes))
{ }

MessagingCapability::~MessagingCapability() = default;

void MessagingCapability::install(CapabilityHost &host)
{
    m_host = &host;
    m_messages = host.messageStore();
    MessagePipeline *pipeline = host.pipeline();
    pipeline->addStage(std::make_unique<ChatMessageFilter>());
    pipeline->addStage(std::make_unique<ChatMarkerStage>());
    pipeline->addStage(
        std::make_unique<ChatStateStage>([this](const QString &account, const QString &chat, int state) {
            Q_EMIT chatStateReceived(account, chat, state);
        }));
    pipeline->addStage(std::make_unique<CorrectionStage>());
    pipeline->addStage(std::make_unique<RetractionStage>());
    pipeline->addStage(std::make_unique<ReactionStage>());
    pipeline->addStage(std::make_unique<ReplyStage>());
    pipeline->addStage(std::make_unique<EmptyBodyFilter>());

    OutgoingChain *outgoing = host.outgoing();
    outgoing->addStage(std::make_unique<ReceiptRequestStage>());
    outgoing->addStage(std::make_unique<MarkableStage>());
    outgoing->addStage(std::make_unique<ActiveStateStage>());

    m_actions = std::make_unique<MessageActions>(m_messages, m_outboxes);
    connect(m_actions.get(), &MessageActions::failed, this, &MessagingCapability::notice);
    connect(m_actions.get(), &MessageActions::saveFailed, this, &MessagingCapability::saveFailed);
    m_typing = std::make_unique<TypingNotifier>(
        [this](const QString &account, const QString &chat, TypingNotifier::State state) {
            Outbox *box = m_outboxes(account);
            return box && box->sendChatState(chat, state);
        });
}

void MessagingCapability::sendMessage(
    const QString &chatJid, const QString &text, const QString &accountJid, qint64 replyToRowId)
{
    Account *owner = m_host ? m_host->account(accountJid) : nullptr;
    if (text.trimmed().isEmpty() || !owner || !m_outboxes(accountJid)) {
        return;
    }
    m_typing->messageSent(owner->jid(), chatJid); // the message says <active/>
    m_actions->send(chatJid, text, accountJid, replyToRowId);
}

void MessagingCapability::correctMessage(qint64 rowId, const QString &text)
{
    if (!m_actions) {
        return;
    }
    // The correction carries <active/> (Outbox): typing it is over.
    m_messages->messageByRowId(rowId).then(this, [this](const std::optional<Message> &original) {
        if (original)
            m_typing->messageSent(original->account, original->chatJid);
    });
    m_actions->correct(rowId, text);
}

void MessagingCapability::setChatState(const QString &chatJid, int state, const QString &accountJid)
{
    if (Account *owner = m_host ? m_host->account(accountJid) : nullptr) {
        m_typing->setState(owner->jid(), chatJid, TypingNotifier::State(state));
    }
}
