// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatStateStage.h"

#include "capability/ReceivedMessage.h"

bool ChatStateStage::process(ReceivedMessage &received)
{
    const auto state = received.stanza.state();
    // Only the peer's own live states: our other devices' states (carbons) and delayed or
    // archived copies say nothing about now.
    if (state != QXmppMessage::None && !received.message.outgoing && !received.stanza.stamp().isValid()) {
        m_listener(received.message.account, received.message.chatJid, int(state));
    }
    return true;
}
