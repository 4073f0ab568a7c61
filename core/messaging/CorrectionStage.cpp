// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectionStage.h"

#include "ReceivedMessage.h"
#include "storage/MessageAmendments.h"

bool CorrectionStage::process(ReceivedMessage &received)
{
    const QString replaceId = received.stanza.replaceId();
    if (replaceId.isEmpty() || received.message.body.trimmed().isEmpty()) {
        return true;
    }
    // Matched on the same sender inside MessageAmendments: nobody corrects another's words.
    m_amendments->applyCorrection(received.message, replaceId);
    return false;
}
