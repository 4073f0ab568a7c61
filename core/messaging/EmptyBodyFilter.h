// SPDX-License-Identifier: GPL-3.0-or-later
// Last pipeline stage: what is left without text to show (chat states, receipts...) is not stored.
#pragma once

#include "PipelineStage.h"

class EmptyBodyFilter : public PipelineStage
{
public:
    QString name() const override { return QStringLiteral("empty-body-filter"); }
    int order() const override { return 1000; }
    bool process(ReceivedMessage &received) override;
};
