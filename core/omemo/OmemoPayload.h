// SPDX-License-Identifier: GPL-3.0-or-later
// The message payload ciphers of the two OMEMO versions. Legacy 0.3: AES-128-GCM, the 16-byte tag
// carried after the 16-byte key in what the ratchet encrypts (32 bytes), the 12-byte IV in the
// header. OMEMO 2 (XEP-0384 0.8+): a 32-byte key through HKDF-SHA-256 (zero salt, "OMEMO Payload")
// into an AES-256-CBC key, an HMAC-SHA-256 key and an IV; the ratchet carries the key and the
// HMAC truncated to 16 bytes (48 bytes). The plaintext of OMEMO 2 is an XEP-0420 envelope.
#pragma once

#include <optional>

#include <QByteArray>

namespace OmemoPayload {

struct Sealed
{
    QByteArray keyMaterial; // what each device's session encrypts
    QByteArray iv; // legacy only
    QByteArray payload;
};

Sealed sealLegacy(const QByteArray &plaintext);
// nullopt when the key material, IV or tag do not fit (a corrupted or forged payload).
std::optional<QByteArray> openLegacy(
    const QByteArray &keyMaterial, const QByteArray &iv, const QByteArray &payload);

Sealed sealOmemo2(const QByteArray &envelope);
std::optional<QByteArray> openOmemo2(const QByteArray &keyMaterial, const QByteArray &payload);

} // namespace OmemoPayload
