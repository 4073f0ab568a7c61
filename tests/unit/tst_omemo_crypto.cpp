// SPDX-License-Identifier: GPL-3.0-or-later
// The OpenSSL primitives under OMEMO against published known-answer vectors (RFC 5869, RFC 4231,
// NIST SP 800-38A, the GCM specification's test case 3), also through the callbacks libomemo-c
// calls, and both payload ciphers: round trips and tampering.
#include <QTest>

#include "omemo/OmemoCrypto.h"
#include "omemo/OmemoPayload.h"
#include "omemo/SignalCryptoProvider.h"

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(text);
}
QByteArray fromBuffer(signal_buffer *buffer)
{
    QByteArray bytes(
        reinterpret_cast<const char *>(signal_buffer_data(buffer)), qsizetype(signal_buffer_len(buffer)));
    signal_buffer_free(buffer);
    return bytes;
}
} // namespace

class OmemoCryptoTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hkdfRfc5869Case1()
    {
        const QByteArray okm = OmemoCrypto::hkdfSha256(
            QByteArray(22, '\x0b'), hex("000102030405060708090a0b0c"), hex("f0f1f2f3f4f5f6f7f8f9"), 42);
        QCOMPARE(okm.toHex(),
            QByteArray(
                "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
    }

    void hkdfEmptySaltIsZeroSalt()
    {
        // RFC 5869 test case 3: no salt, no info.
        const QByteArray okm = OmemoCrypto::hkdfSha256(QByteArray(22, '\x0b'), {}, {}, 42);
        QCOMPARE(okm.toHex(),
            QByteArray(
                "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"));
    }

    void hmacRfc4231Case1()
    {
        QCOMPARE(OmemoCrypto::hmacSha256(QByteArray(20, '\x0b'), "Hi There").toHex(),
            QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
    }

    void sha512Abc()
    {
        QCOMPARE(OmemoCrypto::sha512("abc").toHex(),
            QByteArray("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                       "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"));
    }

    void aesCbc256Sp80038a()
    {
        const QByteArray key = hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        const QByteArray iv = hex("000102030405060708090a0b0c0d0e0f");
        const auto cipher = OmemoCrypto::aesEncrypt(
            OmemoCrypto::AesMode::Cbc, key, iv, hex("6bc1bee22e409f96e93d7e117393172a"));
        QVERIFY(cipher);
        QCOMPARE(cipher->size(), 32); // one block and one of PKCS#7 padding
        QCOMPARE(cipher->left(16).toHex(), QByteArray("f58c4c04d6e5f1ba779eabfb5f7bfbd6"));
        QCOMPARE(OmemoCrypto::aesDecrypt(OmemoCrypto::AesMode::Cbc, key, iv, *cipher)->toHex(),
            QByteArray("6bc1bee22e409f96e93d7e117393172a"));
    }

    void aesCtr128Sp80038a()
    {
        const auto cipher
            = OmemoCrypto::aesEncrypt(OmemoCrypto::AesMode::Ctr, hex("2b7e151628aed2a6abf7158809cf4f3c"),
                hex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"), hex("6bc1bee22e409f96e93d7e117393172a"));
        QVERIFY(cipher);
        QCOMPARE(cipher->toHex(), QByteArray("874d6191b620e3261bef6864990db6ce"));
    }

    void aesGcm128TestCase3()
    {
        const QByteArray key = hex("feffe9928665731c6d6a8f9467308308");
        const QByteArray iv = hex("cafebabefacedbaddecaf888");
        const QByteArray plain = hex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                                     "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
        const auto sealed = OmemoCrypto::aesGcmEncrypt(key, iv, plain);
        QVERIFY(sealed);
        QCOMPARE(sealed->ciphertext.toHex(),
            QByteArray("42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
                       "21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985"));
        QCOMPARE(sealed->tag.toHex(), QByteArray("4d5c2af327cd64a62cf35abd2ba6fab4"));
        QCOMPARE(*OmemoCrypto::aesGcmDecrypt(key, iv, sealed->ciphertext, sealed->tag), plain);
        QByteArray badTag = sealed->tag;
        badTag[0] = char(badTag[0] ^ 1);
        QVERIFY(!OmemoCrypto::aesGcmDecrypt(key, iv, sealed->ciphertext, badTag));
    }

    // The same vectors through the callbacks libomemo-c uses.
    void providerHmacAndSha512()
    {
        const signal_crypto_provider provider = SignalCryptoProvider::make();
        void *hmac = nullptr;
        const QByteArray key(20, '\x0b');
        QCOMPARE(provider.hmac_sha256_init_func(
                     &hmac, reinterpret_cast<const uint8_t *>(key.constData()), 20, nullptr),
            0);
        provider.hmac_sha256_update_func(hmac, reinterpret_cast<const uint8_t *>("Hi "), 3, nullptr);
        provider.hmac_sha256_update_func(hmac, reinterpret_cast<const uint8_t *>("There"), 5, nullptr);
        signal_buffer *out = nullptr;
        QCOMPARE(provider.hmac_sha256_final_func(hmac, &out, nullptr), 0);
        provider.hmac_sha256_cleanup_func(hmac, nullptr);
        QCOMPARE(fromBuffer(out).toHex(),
            QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));

        void *digest = nullptr;
        QCOMPARE(provider.sha512_digest_init_func(&digest, nullptr), 0);
        for (int round = 0; round < 2; ++round) { // final must leave the context ready for reuse
            provider.sha512_digest_update_func(digest, reinterpret_cast<const uint8_t *>("abc"), 3, nullptr);
            QCOMPARE(provider.sha512_digest_final_func(digest, &out, nullptr), 0);
            QCOMPARE(fromBuffer(out).left(8).toHex(), QByteArray("ddaf35a193617aba"));
        }
        provider.sha512_digest_cleanup_func(digest, nullptr);
    }

    void providerAesCtrAndCbc()
    {
        const signal_crypto_provider provider = SignalCryptoProvider::make();
        const QByteArray key = hex("2b7e151628aed2a6abf7158809cf4f3c");
        const QByteArray iv = hex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
        const QByteArray plain = hex("6bc1bee22e409f96e93d7e117393172a");
        auto u8 = [](const QByteArray &b) { return reinterpret_cast<const uint8_t *>(b.constData()); };
        signal_buffer *out = nullptr;
        QCOMPARE(provider.encrypt_func(
                     &out, SG_CIPHER_AES_CTR_NOPADDING, u8(key), 16, u8(iv), 16, u8(plain), 16, nullptr),
            0);
        QCOMPARE(fromBuffer(out).toHex(), QByteArray("874d6191b620e3261bef6864990db6ce"));
        const QByteArray cbcKey = hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        const QByteArray cbcIv = hex("000102030405060708090a0b0c0d0e0f");
        QCOMPARE(provider.encrypt_func(
                     &out, SG_CIPHER_AES_CBC_PKCS5, u8(cbcKey), 32, u8(cbcIv), 16, u8(plain), 16, nullptr),
            0);
        const QByteArray cipher = fromBuffer(out);
        QCOMPARE(cipher.left(16).toHex(), QByteArray("f58c4c04d6e5f1ba779eabfb5f7bfbd6"));
        QCOMPARE(provider.decrypt_func(&out, SG_CIPHER_AES_CBC_PKCS5, u8(cbcKey), 32, u8(cbcIv), 16,
                     u8(cipher), size_t(cipher.size()), nullptr),
            0);
        QCOMPARE(fromBuffer(out), plain);
        // A wrong key length is an error, never a silent success.
        QVERIFY(provider.encrypt_func(
                    &out, SG_CIPHER_AES_CBC_PKCS5, u8(cbcKey), 20, u8(cbcIv), 16, u8(plain), 16, nullptr)
            < 0);
    }

    void legacyPayloadCarriesTagInKey()
    {
        const auto sealed = OmemoPayload::sealLegacy("hello, Conversations");
        QCOMPARE(sealed.keyMaterial.size(), 32);
        QCOMPARE(sealed.iv.size(), 12);
        QCOMPARE(sealed.payload.size(), 20); // GCM: no padding, tag not in the payload
        QCOMPARE(*OmemoPayload::openLegacy(sealed.keyMaterial, sealed.iv, sealed.payload),
            QByteArray("hello, Conversations"));
        QByteArray corrupted = sealed.payload;
        corrupted[3] = char(corrupted[3] ^ 0x20);
        QVERIFY(!OmemoPayload::openLegacy(sealed.keyMaterial, sealed.iv, corrupted));
    }

    void omemo2PayloadIsHkdfCbcHmac()
    {
        const auto sealed = OmemoPayload::sealOmemo2("<envelope/>");
        QCOMPARE(sealed.keyMaterial.size(), 48);
        QVERIFY(sealed.iv.isEmpty());
        // Recompute what XEP-0384 says from the key alone: the payload must be exactly this.
        const QByteArray okm
            = OmemoCrypto::hkdfSha256(sealed.keyMaterial.left(32), QByteArray(32, '\0'), "OMEMO Payload", 80);
        const auto expected = OmemoCrypto::aesEncrypt(
            OmemoCrypto::AesMode::Cbc, okm.left(32), okm.mid(64, 16), "<envelope/>");
        QCOMPARE(sealed.payload, *expected);
        QCOMPARE(
            sealed.keyMaterial.mid(32), OmemoCrypto::hmacSha256(okm.mid(32, 32), sealed.payload).left(16));
        QCOMPARE(*OmemoPayload::openOmemo2(sealed.keyMaterial, sealed.payload), QByteArray("<envelope/>"));
        QByteArray corrupted = sealed.payload;
        corrupted[0] = char(corrupted[0] ^ 1);
        QVERIFY(!OmemoPayload::openOmemo2(sealed.keyMaterial, corrupted));
    }
};

QTEST_GUILESS_MAIN(OmemoCryptoTest)
#include "tst_omemo_crypto.moc"
