// SPDX-License-Identifier: GPL-3.0-or-later
// Which stored messages deserve a desktop notification, and the text it shows. Kept apart from
// the notifier so that the rules can be tested without a notification server.
#pragma once

#include <QString>
#include <QStringList>

struct Message;

class NotificationPolicy
{
public:
    // What is known about the message's chat when it arrives.
    struct Context
    {
        bool notificationsEnabled = true;
        bool chatMuted = false;
        bool chatOnScreen = false; // open in the window, and the window is in front
    };

    // `message` came in live (archive catch-up and backfill never reach here).
    static bool shouldNotify(const Message &message, const Context &context);

    // One line of a notification for this body: plain text on one line, cut at maxChars.
    static QString preview(const QString &body, int maxChars = 160);

    // How many unseen messages a chat's notification lists; the ones before are only counted.
    static constexpr int summaryLines = 4;
    // The notification text for a chat's unseen messages (oldest first): the newest maxLines
    // of them, and how many more came before (`notKept` of those are not in previews at all).
    static QString summary(const QStringList &previews, int maxLines = summaryLines, qsizetype notKept = 0);
};
