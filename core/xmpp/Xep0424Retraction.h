// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0424 Message Retraction, which QXmpp 1.10 lacks: reading a retraction from a stanza
// (version 1, and version 0 through XEP-0422 fastening for older clients) and writing one.
#pragma once

#include <QString>

class QXmppMessage;

class Xep0424Retraction
{
public:
    // The id of the message this stanza retracts; empty when it retracts nothing.
    static QString retractedId(const QXmppMessage &stanza);
    // Makes `stanza` retract our message `id` (with a fallback body for clients without 0424).
    static void setRetraction(QXmppMessage &stanza, const QString &id);
};
