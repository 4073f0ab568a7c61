// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyBodyFilter.h"

#include "ReceivedMessage.h"

bool EmptyBodyFilter::process(ReceivedMessage &received)
{
    return !received.message.body.trimmed().isEmpty();
}
