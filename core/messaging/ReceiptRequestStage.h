// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0184: our messages ask for a receipt (a receipt marks them delivered).
#pragma once

#include "capability/OutgoingStage.h"

class ReceiptRequestStage : public OutgoingStage
{
public:
    QString name() const override { return QStringLiteral("receipt-request"); }
    OutgoingGroup group() const override { return OutgoingGroup::Compose; }
    OutgoingVerdict prepare(OutgoingMessage &message) override;
};
