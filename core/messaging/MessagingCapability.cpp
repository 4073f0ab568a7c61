// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessagingCapability.h"

#include "ActiveStateStage.h"
#include "ChatMarkerStage.h"
#include "ChatMessageFilter.h"
#include "ChatStateStage.h"
#include "CorrectionStage.h"
#include "EmptyBodyFilter.h"
#include "MarkableStage.h"
#include "ReactionStage.h"
#include "ReceiptRequestStage.h"
#include "ReplyStage.h"
#include "RetractionStage.h"
#include "capability/CapabilityHost.h"
#include "capability/MessagePipeline.h"
#include "capability/OutgoingChain.h"

MessagingCapability::MessagingCapability(QObject *parent) : QObject(parent) { }

void MessagingCapability::install(CapabilityHost &host)
{
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
}
