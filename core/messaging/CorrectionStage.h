// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0308 Last Message Correction: a corrected message replaces the text of the original.
#pragma once

#include "capability/PipelineStage.h"

class CorrectionStage : public PipelineStage
{
public:
    QString name() const override { return QStringLiteral("corrections"); }
    StageGroup group() const override { return StageGroup::Amend; }
    bool process(ReceivedMessage &received) override;
};
