// SPDX-License-Identifier: GPL-3.0-or-later
#include "SignalCryptoProvider.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include "omemo/OmemoCrypto.h"

namespace {

int fillRandom(uint8_t *data, size_t len, void *)
{
    return RAND_bytes(data, int(len)) == 1 ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

int hmacInit(void **context, const uint8_t *key, size_t keyLen, void *)
{
    EVP_MAC *mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    EVP_MAC_CTX *ctx = mac ? EVP_MAC_CTX_new(mac) : nullptr;
    EVP_MAC_free(mac);
    if (!ctx) {
        return SG_ERR_NOMEM;
    }
    char digest[] = "SHA256";
    OSSL_PARAM params[]
        = { OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end() };
    if (EVP_MAC_init(ctx, key, keyLen, params) != 1) {
        EVP_MAC_CTX_free(ctx);
        return SG_ERR_UNKNOWN;
    }
    *context = ctx;
    return SG_SUCCESS;
}

int hmacUpdate(void *context, const uint8_t *data, size_t len, void *)
{
    return EVP_MAC_update(static_cast<EVP_MAC_CTX *>(context), data, len) == 1 ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

int hmacFinal(void *context, signal_buffer **output, void *)
{
    uint8_t mac[EVP_MAX_MD_SIZE];
    size_t size = 0;
    if (EVP_MAC_final(static_cast<EVP_MAC_CTX *>(context), mac, &size, sizeof mac) != 1) {
        return SG_ERR_UNKNOWN;
    }
    *output = signal_buffer_create(mac, size);
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

void hmacCleanup(void *context, void *)
{
    EVP_MAC_CTX_free(static_cast<EVP_MAC_CTX *>(context));
}

int sha512Init(void **context, void *)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha512(), nullptr) != 1) {
        EVP_MD_CTX_free(ctx);
        return SG_ERR_UNKNOWN;
    }
    *context = ctx;
    return SG_SUCCESS;
}

int sha512Update(void *context, const uint8_t *data, size_t len, void *)
{
    return EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(context), data, len) == 1 ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

int sha512Final(void *context, signal_buffer **output, void *)
{
    auto *ctx = static_cast<EVP_MD_CTX *>(context);
    uint8_t digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    // The library reuses the context after final (curve25519 signatures hash twice).
    if (EVP_DigestFinal_ex(ctx, digest, &size) != 1 || EVP_DigestInit_ex(ctx, EVP_sha512(), nullptr) != 1) {
        return SG_ERR_UNKNOWN;
    }
    *output = signal_buffer_create(digest, size);
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

void sha512Cleanup(void *context, void *)
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(context));
}

int aes(bool encrypt, signal_buffer **output, int cipher, const uint8_t *key, size_t keyLen,
    const uint8_t *iv, size_t ivLen, const uint8_t *input, size_t inputLen)
{
    const auto mode
        = cipher == SG_CIPHER_AES_CBC_PKCS5 ? OmemoCrypto::AesMode::Cbc : OmemoCrypto::AesMode::Ctr;
    if (cipher != SG_CIPHER_AES_CBC_PKCS5 && cipher != SG_CIPHER_AES_CTR_NOPADDING) {
        return SG_ERR_INVAL;
    }
    const QByteArray k(reinterpret_cast<const char *>(key), qsizetype(keyLen));
    const QByteArray v(reinterpret_cast<const char *>(iv), qsizetype(ivLen));
    const auto in = QByteArray::fromRawData(reinterpret_cast<const char *>(input), qsizetype(inputLen));
    const auto result
        = encrypt ? OmemoCrypto::aesEncrypt(mode, k, v, in) : OmemoCrypto::aesDecrypt(mode, k, v, in);
    if (!result) {
        return SG_ERR_UNKNOWN;
    }
    *output = signal_buffer_create(
        reinterpret_cast<const uint8_t *>(result->constData()), size_t(result->size()));
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

int encryptFunc(signal_buffer **output, int cipher, const uint8_t *key, size_t keyLen, const uint8_t *iv,
    size_t ivLen, const uint8_t *plain, size_t plainLen, void *)
{
    return aes(true, output, cipher, key, keyLen, iv, ivLen, plain, plainLen);
}

int decryptFunc(signal_buffer **output, int cipher, const uint8_t *key, size_t keyLen, const uint8_t *iv,
    size_t ivLen, const uint8_t *cipherText, size_t cipherLen, void *)
{
    return aes(false, output, cipher, key, keyLen, iv, ivLen, cipherText, cipherLen);
}

} // namespace

namespace SignalCryptoProvider {

signal_crypto_provider make()
{
    signal_crypto_provider provider {};
    provider.random_func = fillRandom;
    provider.hmac_sha256_init_func = hmacInit;
    provider.hmac_sha256_update_func = hmacUpdate;
    provider.hmac_sha256_final_func = hmacFinal;
    provider.hmac_sha256_cleanup_func = hmacCleanup;
    provider.sha512_digest_init_func = sha512Init;
    provider.sha512_digest_update_func = sha512Update;
    provider.sha512_digest_final_func = sha512Final;
    provider.sha512_digest_cleanup_func = sha512Cleanup;
    provider.encrypt_func = encryptFunc;
    provider.decrypt_func = decryptFunc;
    provider.user_data = nullptr;
    return provider;
}

} // namespace SignalCryptoProvider
