// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReactionStage.h"

#include <QXmppMessageReaction.h>

#include "capability/ReceivedMessage.h"

bool ReactionStage::process(ReceivedMessage &received)
{
    const auto reaction = received.stanza.reaction();
    if (!reaction || reaction->messageId().isEmpty()) {
        return true;
    }
    const Message &m = received.message;
    const QStringList emojis(reaction->emojis().cbegin(), reaction->emojis().cend());
    received.effects.append(
        MessageEffect::reactions(m.account, m.chatJid, reaction->messageId(), m.sender, emojis));
    return false;
}
