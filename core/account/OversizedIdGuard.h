// SPDX-License-Identifier: GPL-3.0-or-later
// Stanza ids we would echo back, capped. A delivery receipt (XEP-0184) and an IQ error (RFC 6120
// §8.3) repeat the id of the stanza they answer; QXmpp sends both by itself. A sender (a
// federated server may deliver a stanza up to its own, larger size limit) can choose an id so
// long that our answer exceeds what our server accepts from us: it closes our stream, the
// stanza comes again after the reconnect, and so on (measured: 523 connections a minute with
// a 300 KiB id). This extension runs before QXmpp's managers and takes the receipt request
// off a message whose id is longer than maxEchoedIdBytes, and drops such an IQ unanswered.
//
// The cap, 1024 bytes of UTF-8: real ids are UUIDs (36), XEP-0359 origin-ids of the same kind,
// or a gateway's legacy id (Matrix event ids are at most 255 bytes by its spec); four times the
// longest of these passes untouched, while an answer with such an id stays far below any
// server's stanza limit (Prosody and ejabberd default to 256 KiB for clients, some deployments
// set 64 KiB or less).
#pragma once

#include <QXmppClientExtension.h>

class OversizedIdGuard : public QXmppClientExtension
{
    Q_OBJECT
public:
    static constexpr qsizetype maxEchoedIdBytes = 1024;

    // Whether an id may be repeated in a receipt, a chat marker (XEP-0333) or an error.
    static bool isEchoable(const QString &id);

    bool handleStanza(const QDomElement &element) override;

    int refusedCount() const { return m_refused; }

private:
    int m_refused = 0;
};
