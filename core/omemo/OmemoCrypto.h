// SPDX-License-Identifier: GPL-3.0-or-later
// The symmetric primitives OMEMO needs, over OpenSSL 3: the ones libomemo-c asks its user for
// (random, HMAC-SHA-256, SHA-512, AES-CBC/CTR) and the two payload ciphers (AES-128-GCM for
// legacy OMEMO, HKDF + AES-256-CBC + HMAC for OMEMO 2). Every function is thread-safe.
#pragma once

#include <optional>

#include <QByteArray>

namespace OmemoCrypto {

QByteArray randomBytes(int size);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
QByteArray sha256(const QByteArray &data);
QByteArray sha512(const QByteArray &data);
// RFC 5869 with SHA-256.
QByteArray hkdfSha256(const QByteArray &ikm, const QByteArray &salt, const QByteArray &info, int size);

enum class AesMode { Cbc, Ctr };
// CBC pads with PKCS#7, CTR does not pad; the key length (16, 24, 32) picks AES-128/192/256.
std::optional<QByteArray> aesEncrypt(
    AesMode mode, const QByteArray &key, const QByteArray &iv, const QByteArray &plain);
std::optional<QByteArray> aesDecrypt(
    AesMode mode, const QByteArray &key, const QByteArray &iv, const QByteArray &cipher);

struct GcmResult
{
    QByteArray ciphertext;
    QByteArray tag; // 16 bytes
};
std::optional<GcmResult> aesGcmEncrypt(const QByteArray &key, const QByteArray &iv, const QByteArray &plain);
// Fails (nullopt) when the tag does not match.
std::optional<QByteArray> aesGcmDecrypt(
    const QByteArray &key, const QByteArray &iv, const QByteArray &cipher, const QByteArray &tag);

// Compares in time independent of where the first difference is.
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

} // namespace OmemoCrypto
