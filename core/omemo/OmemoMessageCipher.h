// SPDX-License-Identifier: GPL-3.0-or-later
// A whole message through OMEMO, either version: seal the body once, encrypt its key for every
// recipient device, and the reverse. Runs on the database thread with the account's engine.
#pragma once

#include <QList>
#include <QString>

#include "omemo/OmemoElement.h"
#include "omemo/OmemoTrust.h"

class OmemoEngine;

namespace OmemoMessageCipher {

struct Device
{
    QString jid;
    quint32 deviceId = 0;
};

struct Encrypted
{
    OmemoElement element;
    QList<Device> failed; // devices without a session (no key for them in the element)
};

// `from` and `to` go into the OMEMO 2 envelope (our bare JID; the chat's), and so does a XEP-0434
// trust message (OMEMO 2 only: the legacy payload is the body alone).
Encrypted encrypt(OmemoEngine &engine, OmemoVersion version, const QList<Device> &devices,
    const QString &body, const QString &from, const QString &to, const QByteArray &trustMessage = {});

struct Decrypted
{
    QString body;
    QByteArray trustMessage; // an OMEMO 2 envelope's XEP-0434 <trust-message/>, if any
    quint32 senderDeviceId = 0;
    QByteArray senderIdentity;
    OmemoTrust trust = OmemoTrust::Undecided;
    bool preKeyUsed = false;
    bool empty = false; // a key-transport message (no payload): nothing to show
};

// Throws OmemoError with a reason a person can read: no key for this device, a broken session,
// a corrupted payload, an envelope from someone else.
Decrypted decrypt(OmemoEngine &engine, const OmemoElement &element, const QString &ownBareJid,
    const QString &senderBareJid);

} // namespace OmemoMessageCipher
