// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatMessageFilter.h"

#include "capability/ReceivedMessage.h"

bool ChatMessageFilter::process(ReceivedMessage &received)
{
    const auto type = received.stanza.type();
    if (type != QXmppMessage::Chat && type != QXmppMessage::Normal) {
        return false;
    }
    return !received.message.chatJid.isEmpty();
}
