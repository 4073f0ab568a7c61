// SPDX-License-Identifier: GPL-3.0-or-later
// A message on its way through the receive pipeline: the stanza, what we will store of it, and
// what it changes in messages already stored (applied in the same transaction as the message,
// or as its archive page; also when a stage consumed the message itself).
#pragma once

#include <QList>
#include <QXmppMessage.h>

#include "storage/Message.h"
#include "storage/MessageEffect.h"

struct ReceivedMessage
{
    QXmppMessage stanza;
    Message message;
    QList<MessageEffect> effects;
};
