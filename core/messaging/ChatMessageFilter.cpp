// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatMessageFilter.h"

#include "ReceivedMessage.h"

bool ChatMessageFilter::process(ReceivedMessage &received)
{
    const auto type = received.stanza.type();
    if (type != QXmppMessage::Chat && type != QXmppMessage::Normal) {
        return false;
    }
    if (received.message.chatJid.isEmpty() || received.message.body.trimmed().isEmpty()) {
        return false;
    }
    return true;
}
