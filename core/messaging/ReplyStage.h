// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0461 Message Replies: remembers which message this one answers and removes the quoted
// fallback text (XEP-0428) that older clients show instead, so the UI quotes the original; the
// fallback is kept beside it for when the original is not stored here.
#pragma once

#include "capability/PipelineStage.h"

class ReplyStage : public PipelineStage
{
public:
    QString name() const override { return QStringLiteral("replies"); }
    StageGroup group() const override { return StageGroup::Enrich; }
    bool process(ReceivedMessage &received) override;
};
