// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic trust management (XEP-0450) for one account, as Kaidan does it: when the user
// verifies or distrusts keys, trust messages (XEP-0434, inside OMEMO 2) tell the devices that
// already trust each other; a trust message from a device whose key the user verified is applied
// at once, one from a device not verified yet waits until it is. A contact may speak only about
// their own keys, our own devices about anyone's. Keys in the 33-byte Curve25519 form; the wire
// carries the Ed25519 form (OmemoKeyForm).
#pragma once

#include <QList>
#include <QObject>
#include <QString>

class OmemoAccount;

class OmemoAtm : public QObject
{
    Q_OBJECT
public:
    explicit OmemoAtm(OmemoAccount *omemo);

    struct KeyOwner
    {
        QString jid;
        QList<QByteArray> trusted;
        QList<QByteArray> distrusted;
        bool operator==(const KeyOwner &) const = default;
    };
    // The XEP-0434 element (usage XEP-0450, encryption OMEMO 2); keys converted to Ed25519.
    static QByteArray toXml(const QList<KeyOwner> &owners);
    // Empty when it is no XEP-0450 trust message for OMEMO; keys converted to Curve25519 (a key
    // that is no valid point is left out).
    static QList<KeyOwner> fromXml(const QByteArray &xml);

    // The user verified or distrusted these keys of `owner` (already stored): tell the devices
    // XEP-0450 names, and apply what waited for a key now verified.
    void decided(
        const QString &owner, const QList<QByteArray> &verified, const QList<QByteArray> &distrusted);

Q_SIGNALS:
    // Trust in keys of `jid` changed by a trust message.
    void trustChanged(const QString &jid);

private:
    void received(const QString &sender, const QByteArray &senderKey, const QByteArray &xml);
    // Encrypts for the verified devices of `to` (and our own) and sends; nothing when there are none.
    void send(const QString &to, const QList<KeyOwner> &owners);
    void announce(const QStringList &changed);

    OmemoAccount *m_omemo;
};
