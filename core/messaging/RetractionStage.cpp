// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetractionStage.h"

#include "ReceivedMessage.h"
#include "storage/MessageAmendments.h"
#include "xmpp/Xep0424Retraction.h"

bool RetractionStage::process(ReceivedMessage &received)
{
    const QString id = Xep0424Retraction::retractedId(received.stanza);
    if (id.isEmpty()) {
        return true;
    }
    m_amendments->retract(received.message.account, received.message.sender, id);
    return false; // the fallback body is for clients that do not know retractions
}
