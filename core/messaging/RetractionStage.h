// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0424 Message Retraction: the sender withdraws one of its messages.
#pragma once

#include "capability/PipelineStage.h"

class RetractionStage : public PipelineStage
{
public:
    QString name() const override { return QStringLiteral("retractions"); }
    StageGroup group() const override { return StageGroup::Amend; }
    bool process(ReceivedMessage &received) override;
};
