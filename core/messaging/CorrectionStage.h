// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0308 Last Message Correction: a corrected message replaces the text of the original.
#pragma once

#include "PipelineStage.h"

class MessageAmendments;

class CorrectionStage : public PipelineStage
{
public:
    explicit CorrectionStage(MessageAmendments *amendments) : m_amendments(amendments) { }
    QString name() const override { return QStringLiteral("corrections"); }
    StageGroup group() const override { return StageGroup::Amend; }
    bool process(ReceivedMessage &received) override;

private:
    MessageAmendments *m_amendments;
};
