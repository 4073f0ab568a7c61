// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetractionStage.h"

#include "capability/ReceivedMessage.h"
#include "xmpp/Xep0424Retraction.h"

bool RetractionStage::process(ReceivedMessage &received)
{
    const QString id = Xep0424Retraction::retractedId(received.stanza);
    if (id.isEmpty()) {
        return true;
    }
    received.effects.append(MessageEffect::retraction(received.message.account, received.message.sender, id));
    return false; // the fallback body is for clients that do not know retractions
}
