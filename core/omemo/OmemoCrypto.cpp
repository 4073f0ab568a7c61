// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoCrypto.h"

#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/params.h>
#include <openssl/rand.h>

namespace {

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

const EVP_CIPHER *aesCipher(OmemoCrypto::AesMode mode, qsizetype keySize)
{
    const bool cbc = mode == OmemoCrypto::AesMode::Cbc;
    switch (keySize) {
    case 16:
        return cbc ? EVP_aes_128_cbc() : EVP_aes_128_ctr();
    case 24:
        return cbc ? EVP_aes_192_cbc() : EVP_aes_192_ctr();
    case 32:
        return cbc ? EVP_aes_256_cbc() : EVP_aes_256_ctr();
    default:
        return nullptr;
    }
}

std::optional<QByteArray> aesRun(bool encrypt, OmemoCrypto::AesMode mode, const QByteArray &key,
    const QByteArray &iv, const QByteArray &input)
{
    const EVP_CIPHER *cipher = aesCipher(mode, key.size());
    if (!cipher || iv.size() != 16) {
        return std::nullopt;
    }
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx || EVP_CipherInit_ex(ctx.get(), cipher, nullptr, bytes(key), bytes(iv), encrypt ? 1 : 0) != 1) {
        return std::nullopt;
    }
    QByteArray output(input.size() + 16, Qt::Uninitialized);
    int written = 0;
    int last = 0;
    auto *out = reinterpret_cast<unsigned char *>(output.data());
    if (EVP_CipherUpdate(ctx.get(), out, &written, bytes(input), int(input.size())) != 1
        || EVP_CipherFinal_ex(ctx.get(), out + written, &last) != 1) {
        return std::nullopt;
    }
    output.truncate(written + last);
    return output;
}

} // namespace

namespace OmemoCrypto {

QByteArray randomBytes(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(data.data()), size) != 1) {
        // No entropy means no keys: stopping is the only safe answer.
        qFatal("OpenSSL RAND_bytes failed");
    }
    return data;
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    QByteArray mac(32, Qt::Uninitialized);
    unsigned int size = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()), bytes(data), size_t(data.size()),
        reinterpret_cast<unsigned char *>(mac.data()), &size);
    mac.truncate(int(size));
    return mac;
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(32, Qt::Uninitialized);
    EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()),
        nullptr, EVP_sha256(), nullptr);
    return digest;
}

QByteArray sha512(const QByteArray &data)
{
    QByteArray digest(64, Qt::Uninitialized);
    EVP_Digest(data.constData(), size_t(data.size()), reinterpret_cast<unsigned char *>(digest.data()),
        nullptr, EVP_sha512(), nullptr);
    return digest;
}

QByteArray hkdfSha256(const QByteArray &ikm, const QByteArray &salt, const QByteArray &info, int size)
{
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(
        EVP_KDF_fetch(nullptr, "HKDF", nullptr), &EVP_KDF_free);
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> ctx(
        kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr, &EVP_KDF_CTX_free);
    if (!ctx) {
        return {};
    }
    // An empty salt means HashLen zero bytes (RFC 5869 2.2); OpenSSL wants it spelled out.
    const QByteArray realSalt = salt.isEmpty() ? QByteArray(32, '\0') : salt;
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string("digest", digest, 0),
        OSSL_PARAM_construct_octet_string("key", const_cast<char *>(ikm.constData()), size_t(ikm.size())),
        OSSL_PARAM_construct_octet_string(
            "salt", const_cast<char *>(realSalt.constData()), size_t(realSalt.size())),
        OSSL_PARAM_construct_octet_string("info", const_cast<char *>(info.constData()), size_t(info.size())),
        OSSL_PARAM_construct_end(),
    };
    QByteArray output(size, Qt::Uninitialized);
    if (EVP_KDF_derive(ctx.get(), reinterpret_cast<unsigned char *>(output.data()), size_t(size), params)
        != 1) {
        return {};
    }
    return output;
}

std::optional<QByteArray> aesEncrypt(
    AesMode mode, const QByteArray &key, const QByteArray &iv, const QByteArray &plain)
{
    return aesRun(true, mode, key, iv, plain);
}

std::optional<QByteArray> aesDecrypt(
    AesMode mode, const QByteArray &key, const QByteArray &iv, const QByteArray &cipher)
{
    return aesRun(false, mode, key, iv, cipher);
}

std::optional<GcmResult> aesGcmEncrypt(const QByteArray &key, const QByteArray &iv, const QByteArray &plain)
{
    if (key.size() != 16 && key.size() != 32) {
        return std::nullopt;
    }
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const EVP_CIPHER *cipher = key.size() == 16 ? EVP_aes_128_gcm() : EVP_aes_256_gcm();
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), cipher, nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(iv)) != 1) {
        return std::nullopt;
    }
    GcmResult result;
    result.ciphertext.resize(plain.size());
    int written = 0;
    int last = 0;
    auto *out = reinterpret_cast<unsigned char *>(result.ciphertext.data());
    if (EVP_EncryptUpdate(ctx.get(), out, &written, bytes(plain), int(plain.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), out + written, &last) != 1) {
        return std::nullopt;
    }
    result.tag.resize(16);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, result.tag.data()) != 1) {
        return std::nullopt;
    }
    return result;
}

std::optional<QByteArray> aesGcmDecrypt(
    const QByteArray &key, const QByteArray &iv, const QByteArray &cipherText, const QByteArray &tag)
{
    if ((key.size() != 16 && key.size() != 32) || tag.size() < 12 || tag.size() > 16) {
        return std::nullopt;
    }
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    const EVP_CIPHER *cipher = key.size() == 16 ? EVP_aes_128_gcm() : EVP_aes_256_gcm();
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), cipher, nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(iv)) != 1) {
        return std::nullopt;
    }
    QByteArray plain(cipherText.size(), Qt::Uninitialized);
    int written = 0;
    int last = 0;
    auto *out = reinterpret_cast<unsigned char *>(plain.data());
    QByteArray tagCopy = tag;
    if (EVP_DecryptUpdate(ctx.get(), out, &written, bytes(cipherText), int(cipherText.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(tagCopy.size()), tagCopy.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), out + written, &last) != 1) {
        return std::nullopt;
    }
    plain.truncate(written + last);
    return plain;
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace OmemoCrypto
