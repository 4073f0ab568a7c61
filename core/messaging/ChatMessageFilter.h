// SPDX-License-Identifier: GPL-3.0-or-later
// First pipeline stage: keeps one-to-one messages, drops errors, headlines, group chat
// (handled by its own stages later) and messages without a peer.
#pragma once

#include "capability/PipelineStage.h"

class ChatMessageFilter : public PipelineStage
{
public:
    QString name() const override { return QStringLiteral("chat-message-filter"); }
    StageGroup group() const override { return StageGroup::Filter; }
    bool process(ReceivedMessage &received) override;
};
