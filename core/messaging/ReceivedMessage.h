// SPDX-License-Identifier: GPL-3.0-or-later
// A message on its way through the receive pipeline: the stanza and what we will store of it.
#pragma once

#include <QXmppMessage.h>

#include "storage/Message.h"

struct ReceivedMessage
{
    QXmppMessage stanza;
    Message message;
};
