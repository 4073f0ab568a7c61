// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0333 chat markers: a peer's "displayed" marks our messages up to it as read; our own
// marker from another device (carbon) marks the chat read here too. Markers are consumed.
#pragma once

#include "capability/PipelineStage.h"

class ChatMarkerStage : public PipelineStage
{
public:
    QString name() const override { return QStringLiteral("chat-markers"); }
    StageGroup group() const override { return StageGroup::Amend; }
    bool process(ReceivedMessage &received) override;
};
