// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatMarkerStage.h"

#include "ReceivedMessage.h"
#include "storage/MessageStore.h"

ChatMarkerStage::ChatMarkerStage(MessageStore *store) : m_store(store) { }

bool ChatMarkerStage::process(ReceivedMessage &received)
{
    const QXmppMessage::Marker marker = received.stanza.marker();
    if (marker != QXmppMessage::Displayed && marker != QXmppMessage::Acknowledged) {
        return true;
    }
    const Message &m = received.message;
    if (!received.stanza.markedId().isEmpty() && !m.chatJid.isEmpty()) {
        if (m.outgoing) {
            m_store->markIncomingReadUpTo(m.account, m.chatJid, m.chatJid, received.stanza.markedId());
        } else {
            m_store->markOutgoingReadUpTo(m.account, m.chatJid, received.stanza.markedId());
        }
    }
    // A marker never carries text worth storing.
    return !m.body.trimmed().isEmpty();
}
