// SPDX-License-Identifier: GPL-3.0-or-later
// A change the account makes to a message already sent: a correction (XEP-0308), a retraction
// (XEP-0424) or its complete set of reactions (XEP-0444). Queued in the store like a message
// and sent with the same id until the server acknowledges it.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

struct OutgoingAmendment
{
    enum class Kind : int { Correction = 1, Retraction = 2, Reaction = 3 };

    QString account; // own bare JID
    QString chatJid;
    QString originId; // the stanza's id and origin-id, kept across resends
    Kind kind = Kind::Correction;
    QString targetId; // the id others know the amended message by
    QString body; // Correction: the new text
    QStringList emojis; // Reaction: the account's whole set after the change (empty: none)
};

Q_DECLARE_METATYPE(OutgoingAmendment)
