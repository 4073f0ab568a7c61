// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0424 Message Retraction: the sender withdraws one of its messages.
#pragma once

#include "PipelineStage.h"

class MessageAmendments;

class RetractionStage : public PipelineStage
{
public:
    explicit RetractionStage(MessageAmendments *amendments) : m_amendments(amendments) { }
    QString name() const override { return QStringLiteral("retractions"); }
    StageGroup group() const override { return StageGroup::Amend; }
    bool process(ReceivedMessage &received) override;

private:
    MessageAmendments *m_amendments;
};
