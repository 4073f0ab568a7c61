// SPDX-License-Identifier: GPL-3.0-or-later
// The `xmpp:` URI a QR code carries to verify OMEMO keys, in both forms peers use:
//   legacy (Conversations, Dino, Monal, Gajim): xmpp:alice@example.org?omemo-sid-<device>=<64 hex>
//     (the 32-byte Curve25519 key, libsignal's 0x05 type byte left out), several joined by ';';
//   XEP-0450 trust message (Kaidan, QXmpp): xmpp:alice@example.org?trust-message;
//     encryption=urn:xmpp:omemo:2;trust=<64 hex>;distrust=<64 hex> (the Ed25519 key, no device id).
// Text from a camera or the clipboard is hostile: parse() never throws and says what is wrong.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class OmemoTrustUri
{
public:
    struct Key
    {
        QByteArray key; // 32 bytes
        quint32 deviceId = 0; // the legacy form names the device; the XEP-0450 form does not (0)
        bool legacy = false; // omemo-sid- (Curve25519) rather than trust= (Ed25519)
        bool operator==(const Key &) const = default;
    };

    QString jid;
    QList<Key> trusted;
    QList<QByteArray> distrusted; // XEP-0450 distrust=: read, not applied
    QString error; // empty when the text was a trust URI

    bool isValid() const { return error.isEmpty(); }

    // One URI for `jid`: the XEP-0450 part for the OMEMO 2 keys, then omemo-sid- for the legacy ones
    // (each client reads its part and skips what it does not know). Empty when there is no key.
    static QString build(const QString &jid, const QList<Key> &keys);
    static OmemoTrustUri parse(const QString &text);

    // Longer text is not a trust URI (a few keys are ~100 characters each).
    static constexpr qsizetype maxLength = 8192;
    static constexpr qsizetype maxKeys = 64;
};
