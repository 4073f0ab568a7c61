// SPDX-License-Identifier: GPL-3.0-or-later
// The XEP-0420 stanza content encryption envelope OMEMO 2 encrypts: the body inside <content/>,
// random padding, the time and both addresses, so a payload cannot be replayed under another name.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct SceEnvelope
{
    QString body; // none written when empty (a trust message has none)
    QString from; // bare JID of the sender
    QString to; // bare JID of the recipient (or room)
    QDateTime time;
    // A XEP-0434 <trust-message/> in the content, as XML (XEP-0450 sends them so); empty: none.
    QByteArray trustMessage;

    QByteArray toXml() const;
    // Throws OmemoError on malformed XML or a missing <from/>; the caller compares `from`.
    static SceEnvelope fromXml(const QByteArray &xml);
};
