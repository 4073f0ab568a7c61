// SPDX-License-Identifier: GPL-3.0-or-later
// The <encrypted/> element of either OMEMO version, parsed from untrusted XML and written back.
// Legacy: <encrypted xmlns='eu.siacs.conversations.axolotl'><header sid><key rid prekey>..</key>
// <iv>..</iv></header><payload/></encrypted>. OMEMO 2: <encrypted xmlns='urn:xmpp:omemo:2'>
// <header sid><keys jid><key rid kex>..</key></keys></header><payload/></encrypted>.
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "omemo/OmemoVersion.h"

class QXmlStreamReader;
class QXmlStreamWriter;

struct OmemoElement
{
    struct Key
    {
        QString jid; // OMEMO 2 only: the <keys jid> it sits in
        quint32 deviceId = 0;
        bool keyExchange = false;
        QByteArray data;
    };

    OmemoVersion version = OmemoVersion::Legacy;
    quint32 senderDeviceId = 0;
    QList<Key> keys;
    QByteArray iv; // legacy only
    QByteArray payload; // empty for a key-transport (empty) message

    // Finds the <encrypted/> child of version `version` in a serialized <message/>; nullopt when
    // there is none. Throws OmemoError when one is there but malformed.
    static std::optional<OmemoElement> fromStanzaXml(const QByteArray &stanzaXml, OmemoVersion version);
    // Reads the <encrypted/> element the reader is on (its start tag just read).
    static OmemoElement read(QXmlStreamReader &reader, OmemoVersion version);

    // The key for one of our devices: in OMEMO 2 under our own bare JID, in legacy by device id alone.
    const Key *keyFor(const QString &ownBareJid, quint32 deviceId) const;

    void write(QXmlStreamWriter &writer) const;
    QByteArray toXml() const;
};
