// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0444 Message Reactions: a person's current set of emoji reactions to a message.
#pragma once

#include "capability/PipelineStage.h"

class ReactionStage : public PipelineStage
{
public:
    QString name() const override { return QStringLiteral("reactions"); }
    StageGroup group() const override { return StageGroup::Amend; }
    bool process(ReceivedMessage &received) override;
};
