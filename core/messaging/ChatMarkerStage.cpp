// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatMarkerStage.h"

#include "capability/ReceivedMessage.h"

bool ChatMarkerStage::process(ReceivedMessage &received)
{
    const QXmppMessage::Marker marker = received.stanza.marker();
    if (marker != QXmppMessage::Displayed && marker != QXmppMessage::Acknowledged) {
        return true;
    }
    const Message &m = received.message;
    if (!received.stanza.markedId().isEmpty() && !m.chatJid.isEmpty()) {
        if (m.outgoing) {
            received.effects.append(
                MessageEffect::incomingReadUpTo(m.account, m.chatJid, received.stanza.markedId()));
        } else {
            received.effects.append(
                MessageEffect::outgoingReadUpTo(m.account, m.chatJid, received.stanza.markedId()));
        }
    }
    // A marker never carries text worth storing.
    return !m.body.trimmed().isEmpty();
}
