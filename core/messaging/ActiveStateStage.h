// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0085: a message (and a correction, which is a message too) ends our "typing", or the peer shows it
// typing until its own timeout.
#pragma once

#include "capability/OutgoingStage.h"

class ActiveStateStage : public OutgoingStage
{
public:
    QString name() const override { return QStringLiteral("active-state"); }
    OutgoingGroup group() const override { return OutgoingGroup::Compose; }
    OutgoingVerdict prepare(OutgoingMessage &message) override;
};
