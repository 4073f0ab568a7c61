// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0333: our messages and their corrections may be marked displayed by the peer.
#pragma once

#include "capability/OutgoingStage.h"

class MarkableStage : public OutgoingStage
{
public:
    QString name() const override { return QStringLiteral("markable"); }
    OutgoingGroup group() const override { return OutgoingGroup::Compose; }
    OutgoingVerdict prepare(OutgoingMessage &message) override;
};
