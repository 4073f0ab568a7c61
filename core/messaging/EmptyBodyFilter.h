// SPDX-License-Identifier: GPL-3.0-or-later
// Last pipeline stage: what is left without text to show (chat states, receipts...) is not stored.
// Content we cannot show yet (a file share without a body, a sticker, a payload of a protocol we do
// not know) is not "nothing": it is kept as a line of its MessageKind, so the person learns that
// something came (its sender already got a receipt for it).
#pragma once

#include "capability/PipelineStage.h"
#include "storage/Message.h"

class QXmppMessage;

class EmptyBodyFilter : public PipelineStage
{
public:
    QString name() const override { return QStringLiteral("empty-body-filter"); }
    StageGroup group() const override { return StageGroup::Store; }
    bool process(ReceivedMessage &received) override;

    // What a message without a body carries: Text when it carries nothing to show.
    static MessageKind contentKind(const QXmppMessage &stanza);
};
