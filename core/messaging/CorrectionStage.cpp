// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionStage.h"

#include "capability/ReceivedMessage.h"

bool CorrectionStage::process(ReceivedMessage &received)
{
    const QString replaceId = received.stanza.replaceId();
    if (replaceId.isEmpty() || received.message.body.trimmed().isEmpty()) {
        return true;
    }
    // Matched on the same sender by the store: nobody corrects another's words.
    received.effects.append(MessageEffect::correction(received.message, replaceId));
    return false;
}
