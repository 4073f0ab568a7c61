// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoPayload.h"

#include "omemo/OmemoCrypto.h"

namespace {

struct Omemo2Keys
{
    QByteArray encryption;
    QByteArray authentication;
    QByteArray iv;
};

Omemo2Keys deriveOmemo2(const QByteArray &key)
{
    const QByteArray okm
        = OmemoCrypto::hkdfSha256(key, QByteArray(32, '\0'), QByteArrayLiteral("OMEMO Payload"), 80);
    return { okm.left(32), okm.mid(32, 32), okm.mid(64, 16) };
}

} // namespace

namespace OmemoPayload {

Sealed sealLegacy(const QByteArray &plaintext)
{
    const QByteArray key = OmemoCrypto::randomBytes(16);
    const QByteArray iv = OmemoCrypto::randomBytes(12);
    const auto sealed = OmemoCrypto::aesGcmEncrypt(key, iv, plaintext);
    if (!sealed) {
        qFatal("AES-GCM failed on valid input");
    }
    return { key + sealed->tag, iv, sealed->ciphertext };
}

std::optional<QByteArray> openLegacy(
    const QByteArray &keyMaterial, const QByteArray &iv, const QByteArray &payload)
{
    if (iv.size() != 12 && iv.size() != 16) {
        return std::nullopt;
    }
    if (keyMaterial.size() >= 32) {
        return OmemoCrypto::aesGcmDecrypt(keyMaterial.left(16), iv, payload, keyMaterial.mid(16));
    }
    // The oldest senders kept the tag at the end of the payload and sent a bare 16-byte key.
    if (keyMaterial.size() == 16 && payload.size() >= 16) {
        return OmemoCrypto::aesGcmDecrypt(keyMaterial, iv, payload.chopped(16), payload.right(16));
    }
    return std::nullopt;
}

Sealed sealOmemo2(const QByteArray &envelope)
{
    const QByteArray key = OmemoCrypto::randomBytes(32);
    const Omemo2Keys keys = deriveOmemo2(key);
    const auto ciphertext
        = OmemoCrypto::aesEncrypt(OmemoCrypto::AesMode::Cbc, keys.encryption, keys.iv, envelope);
    if (!ciphertext) {
        qFatal("AES-CBC failed on valid input");
    }
    const QByteArray mac = OmemoCrypto::hmacSha256(keys.authentication, *ciphertext).left(16);
    return { key + mac, {}, *ciphertext };
}

std::optional<QByteArray> openOmemo2(const QByteArray &keyMaterial, const QByteArray &payload)
{
    if (keyMaterial.size() != 48) {
        return std::nullopt;
    }
    const Omemo2Keys keys = deriveOmemo2(keyMaterial.left(32));
    const QByteArray mac = OmemoCrypto::hmacSha256(keys.authentication, payload).left(16);
    if (!OmemoCrypto::equalConstantTime(mac, keyMaterial.mid(32))) {
        return std::nullopt;
    }
    return OmemoCrypto::aesDecrypt(OmemoCrypto::AesMode::Cbc, keys.encryption, keys.iv, payload);
}

} // namespace OmemoPayload
