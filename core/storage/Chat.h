// SPDX-License-Identifier: GPL-3.0-or-later
// One conversation in the recent-chats list.
#pragma once

#include <QMetaType>
#include <QString>

#include "Message.h"

struct Chat
{
    qint64 id = 0;
    QString account;
    QString jid;
    QString name; // roster name, empty when none
    QString lastMessage;
    MessageKind lastKind = MessageKind::Text; // the last message is content we cannot show
    qint64 lastActivity = 0;
    int unread = 0;
    bool pinned = false;
    bool muted = false;
    QString draft; // what was typed and not sent yet
};

Q_DECLARE_METATYPE(Chat)
