// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoEngine.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

extern "C" {
#include <curve.h>
#include <key_helper.h>
#include <protocol.h>
#include <session_builder.h>
#include <session_cipher.h>
#include <session_pre_key.h>
}

#include "omemo/OmemoCrypto.h"
#include "omemo/OmemoError.h"
#include "omemo/OmemoLog.h"
#include "omemo/SignalCryptoProvider.h"

namespace {

// Owns one reference of a libomemo-c object.
template<typename T> struct Ref
{
    T *ptr = nullptr;
    Ref() = default;
    explicit Ref(T *p) : ptr(p) { }
    ~Ref()
    {
        if (ptr) {
            signal_type_unref(reinterpret_cast<signal_type_base *>(ptr));
        }
    }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;
    T **out() { return &ptr; }
    T *get() const { return ptr; }
};

struct Buffer
{
    signal_buffer *ptr = nullptr;
    explicit Buffer(signal_buffer *p = nullptr) : ptr(p) { }
    ~Buffer() { signal_buffer_bzero_free(ptr); }
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;
    signal_buffer **out() { return &ptr; }
    QByteArray bytes() const
    {
        return ptr ? QByteArray(reinterpret_cast<const char *>(signal_buffer_const_data(ptr)),
                         qsizetype(signal_buffer_len(ptr)))
                   : QByteArray();
    }
};

const uint8_t *data(const QByteArray &bytes)
{
    return reinterpret_cast<const uint8_t *>(bytes.constData());
}

void check(int result, const char *what)
{
    if (result < 0) {
        throw OmemoError(
            QStringLiteral("%1 failed (libomemo-c error %2)").arg(QLatin1StringView(what)).arg(result));
    }
}

QByteArray publicKeyBytes(OmemoVersion version, const ec_public_key *key)
{
    if (version == OmemoVersion::Legacy) {
        Buffer buffer;
        check(ec_public_key_serialize(buffer.out(), key), "serializing a key");
        return buffer.bytes();
    }
    return Buffer(ec_public_key_get_mont(key)).bytes();
}

ec_public_key *decodePublicKey(
    OmemoVersion version, const QByteArray &bytes, signal_context *ctx, bool identity)
{
    ec_public_key *key = nullptr;
    int result = 0;
    if (version == OmemoVersion::Legacy) {
        result = curve_decode_point(&key, data(bytes), size_t(bytes.size()), ctx);
    } else if (identity) {
        // OMEMO 2 publishes the identity key in its Ed25519 form.
        result = curve_decode_point_ed(&key, data(bytes), size_t(bytes.size()), ctx);
    } else {
        result = curve_decode_point_mont(&key, data(bytes), size_t(bytes.size()), ctx);
    }
    if (result < 0 || !key) {
        throw OmemoError(
            omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the device published a malformed key")));
    }
    return key;
}

QString decryptFailure(int result)
{
    switch (result) {
    case SG_ERR_DUPLICATE_MESSAGE:
        return omemoReason(QT_TRANSLATE_NOOP(
            "OmemoReason", "this message was already decrypted once (a replay or a duplicate)"));
    case SG_ERR_INVALID_KEY_ID:
        return omemoReason(
            QT_TRANSLATE_NOOP("OmemoReason", "the sender used a pre-key this device no longer has"));
    case SG_ERR_NO_SESSION:
        return omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "there is no session with the sending device"));
    case SG_ERR_INVALID_MAC:
    case SG_ERR_INVALID_MESSAGE:
    case SG_ERR_INVALID_PROTO_BUF:
        return omemoReason(
            QT_TRANSLATE_NOOP("OmemoReason", "the encrypted key is corrupted or not meant for this session"));
    case SG_ERR_LEGACY_MESSAGE:
    case SG_ERR_INVALID_VERSION:
        return omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the encrypted key has an unsupported version"));
    default:
        qCInfo(lcOmemo) << "decrypting a key failed, libomemo-c error" << result;
        return omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the encrypted key could not be decrypted"));
    }
}

} // namespace

OmemoEngine::OmemoEngine(QSqlDatabase db, qint64 accountId) : m_store(std::move(db), accountId)
{
    check(signal_context_create(&m_signal, this), "creating the signal context");
    const signal_crypto_provider provider = SignalCryptoProvider::make();
    check(signal_context_set_crypto_provider(m_signal, &provider), "setting the crypto provider");
    signal_context_set_locking_functions(
        m_signal, [](void *self) { static_cast<OmemoEngine *>(self)->m_mutex.lock(); },
        [](void *self) { static_cast<OmemoEngine *>(self)->m_mutex.unlock(); });
    signal_context_set_log_function(m_signal, [](int level, const char *message, size_t len, void *) {
        if (level <= SG_LOG_WARNING) {
            qCDebug(lcOmemo) << "libomemo-c:" << QString::fromUtf8(message, qsizetype(len));
        }
    });
    for (OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::Omemo2 }) {
        check(
            signal_protocol_store_context_create(&m_contexts[size_t(version)], m_signal), "creating a store");
        m_store.attach(m_contexts[size_t(version)], version);
    }
}

OmemoEngine::~OmemoEngine()
{
    for (auto *context : m_contexts) {
        if (context) {
            signal_protocol_store_context_destroy(context);
        }
    }
    if (m_signal) {
        signal_context_destroy(m_signal);
    }
}

void OmemoEngine::setUp()
{
    if (!m_store.own()) {
        Ref<ratchet_identity_key_pair> pair;
        check(signal_protocol_key_helper_generate_identity_key_pair(pair.out(), m_signal),
            "making the identity key");
        Buffer serialized;
        check(ratchet_identity_key_pair_serialize(serialized.out(), pair.get()), "storing the identity key");
        // 1 to 2^31 - 1: both XEPs allow that range and some clients read ids as signed ints.
        const quint32 deviceId = 1 + QRandomGenerator::system()->bounded(quint32(0x7fffffff));
        m_store.saveOwn({ deviceId, serialized.bytes(), 1 });
        qCInfo(lcOmemo) << "made a new OMEMO identity, device" << deviceId;
    }
    loadIdentity();
    // A day is long enough for a late copy of a pre-key message (offline delivery and archives
    // bring them at the next login), short enough that a stolen database holds few old keys.
    m_store.dropUsedPreKeys(QDateTime::currentSecsSinceEpoch() - preKeyGraceSecs);
    m_store.dropMessageKeys(QDateTime::currentSecsSinceEpoch() - messageKeyGraceSecs);
    for (OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::Omemo2 }) {
        if (!m_store.latestSignedPreKey(version)) {
            makeSignedPreKey(version, 1);
        }
        replenishPreKeys(version);
    }
}

void OmemoEngine::loadIdentity()
{
    const auto own = m_store.own();
    Ref<ratchet_identity_key_pair> pair;
    check(ratchet_identity_key_pair_deserialize(
              pair.out(), data(own->identityKeyPair), size_t(own->identityKeyPair.size()), m_signal),
        "reading the identity key");
    Buffer publicKey;
    Buffer privateKey;
    check(ec_public_key_serialize(publicKey.out(), ratchet_identity_key_pair_get_public(pair.get())),
        "identity");
    check(ec_private_key_serialize(privateKey.out(), ratchet_identity_key_pair_get_private(pair.get())),
        "identity");
    m_deviceId = own->deviceId;
    m_identityPublic = publicKey.bytes();
    m_identityEd = Buffer(ec_public_key_get_ed(ratchet_identity_key_pair_get_public(pair.get()))).bytes();
    m_store.setIdentity(m_identityPublic, privateKey.bytes(), m_deviceId);
}

void OmemoEngine::makeSignedPreKey(OmemoVersion version, quint32 id)
{
    Ref<ratchet_identity_key_pair> pair;
    check(signal_protocol_identity_get_key_pair(context(version), pair.out()), "reading the identity key");
    Ref<session_signed_pre_key> signedPreKey;
    check(signal_protocol_key_helper_generate_signed_pre_key(
              signedPreKey.out(), pair.get(), id, quint64(QDateTime::currentMSecsSinceEpoch()), m_signal),
        "making a signed pre-key");
    check(signal_protocol_signed_pre_key_store_key(context(version), signedPreKey.get()),
        "storing a signed pre-key");
}

int OmemoEngine::replenishPreKeys(OmemoVersion version)
{
    const int missing = preKeyTarget - int(m_store.preKeys(version).size());
    if (missing <= 0) {
        return 0;
    }
    auto own = *m_store.own();
    signal_protocol_key_helper_pre_key_list_node *head = nullptr;
    check(signal_protocol_key_helper_generate_pre_keys(&head, own.nextPreKeyId, unsigned(missing), m_signal),
        "making pre-keys");
    for (auto *node = head; node; node = signal_protocol_key_helper_key_list_next(node)) {
        const int result = signal_protocol_pre_key_store_key(
            context(version), signal_protocol_key_helper_key_list_element(node));
        if (result < 0) {
            signal_protocol_key_helper_key_list_free(head);
            check(result, "storing a pre-key");
        }
    }
    signal_protocol_key_helper_key_list_free(head);
    own.nextPreKeyId += quint32(missing);
    m_store.saveOwn(own);
    return missing;
}

OmemoBundle OmemoEngine::ownBundle(OmemoVersion version) const
{
    OmemoBundle bundle;
    Ref<ratchet_identity_key_pair> pair;
    check(signal_protocol_identity_get_key_pair(context(version), pair.out()), "reading the identity key");
    const ec_public_key *identity = ratchet_identity_key_pair_get_public(pair.get());
    bundle.identityKey
        = version == OmemoVersion::Legacy ? m_identityPublic : Buffer(ec_public_key_get_ed(identity)).bytes();

    const auto signedRecord = m_store.latestSignedPreKey(version);
    if (!signedRecord) {
        throw OmemoError(QStringLiteral("no signed pre-key: setUp() was not called"));
    }
    Ref<session_signed_pre_key> signedPreKey;
    check(session_signed_pre_key_deserialize(
              signedPreKey.out(), data(signedRecord->second), size_t(signedRecord->second.size()), m_signal),
        "reading the signed pre-key");
    bundle.signedPreKeyId = signedRecord->first;
    bundle.signedPreKey = publicKeyBytes(
        version, ec_key_pair_get_public(session_signed_pre_key_get_key_pair(signedPreKey.get())));
    // libomemo-c signs both forms: the 33-byte key for legacy, the 32-byte one for OMEMO 2.
    bundle.signedPreKeySignature = version == OmemoVersion::Legacy
        ? QByteArray(reinterpret_cast<const char *>(session_signed_pre_key_get_signature(signedPreKey.get())),
              qsizetype(session_signed_pre_key_get_signature_len(signedPreKey.get())))
        : QByteArray(
              reinterpret_cast<const char *>(session_signed_pre_key_get_signature_omemo(signedPreKey.get())),
              qsizetype(session_signed_pre_key_get_signature_omemo_len(signedPreKey.get())));

    for (const auto &[id, record] : m_store.preKeys(version)) {
        Ref<session_pre_key> preKey;
        check(session_pre_key_deserialize(preKey.out(), data(record), size_t(record.size()), m_signal),
            "reading a pre-key");
        bundle.preKeys.insert(
            id, publicKeyBytes(version, ec_key_pair_get_public(session_pre_key_get_key_pair(preKey.get()))));
    }
    return bundle;
}

bool OmemoEngine::hasSession(OmemoVersion version, const QString &jid, quint32 deviceId) const
{
    return m_store.hasSession(version, jid, deviceId);
}

void OmemoEngine::buildSession(
    OmemoVersion version, const QString &jid, quint32 deviceId, const OmemoBundle &bundle)
{
    if (!bundle.isComplete()) {
        throw OmemoError(omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the device's bundle is incomplete")));
    }
    const auto ids = bundle.preKeys.keys();
    const quint32 preKeyId = ids.at(qsizetype(QRandomGenerator::system()->bounded(quint32(ids.size()))));
    Ref<ec_public_key> identity(decodePublicKey(version, bundle.identityKey, m_signal, true));
    Ref<ec_public_key> signedPreKey(decodePublicKey(version, bundle.signedPreKey, m_signal, false));
    Ref<ec_public_key> preKey(decodePublicKey(version, bundle.preKeys.value(preKeyId), m_signal, false));
    Ref<session_pre_key_bundle> signalBundle;
    check(session_pre_key_bundle_create(signalBundle.out(), deviceId, int(deviceId), preKeyId, preKey.get(),
              bundle.signedPreKeyId, signedPreKey.get(), data(bundle.signedPreKeySignature),
              size_t(bundle.signedPreKeySignature.size()), identity.get()),
        "reading the bundle");

    const QByteArray name = jid.toUtf8();
    const signal_protocol_address address { name.constData(), size_t(name.size()), int32_t(deviceId) };
    session_builder *builder = nullptr;
    check(
        session_builder_create(&builder, context(version), &address, m_signal), "creating a session builder");
    session_builder_set_version(builder, signalVersion(version));
    const int result = session_builder_process_pre_key_bundle(builder, signalBundle.get());
    session_builder_free(builder);
    if (result == SG_ERR_INVALID_KEY) {
        throw OmemoError(
            omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the device's signed pre-key has a bad signature")));
    }
    check(result, "building a session");
}

OmemoEngine::EncryptedKey OmemoEngine::encryptKey(
    OmemoVersion version, const QString &jid, quint32 deviceId, const QByteArray &keyMaterial)
{
    const QByteArray name = jid.toUtf8();
    const signal_protocol_address address { name.constData(), size_t(name.size()), int32_t(deviceId) };
    if (!m_store.hasSession(version, jid, deviceId)) {
        qCInfo(lcOmemo) << "no session with" << jid << "device" << deviceId;
        throw OmemoError(
            omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "there is no session with that device")));
    }
    session_cipher *cipher = nullptr;
    check(session_cipher_create(&cipher, context(version), &address, m_signal), "creating a session cipher");
    session_cipher_set_version(cipher, signalVersion(version));
    Ref<ciphertext_message> message;
    const int result
        = session_cipher_encrypt(cipher, data(keyMaterial), size_t(keyMaterial.size()), message.out());
    session_cipher_free(cipher);
    check(result, "encrypting a key");
    signal_buffer *serialized = ciphertext_message_get_serialized(message.get());
    return { QByteArray(reinterpret_cast<const char *>(signal_buffer_data(serialized)),
                 qsizetype(signal_buffer_len(serialized))),
        ciphertext_message_get_type(message.get()) == CIPHERTEXT_PREKEY_TYPE };
}

OmemoEngine::DecryptedKey OmemoEngine::decryptKey(
    OmemoVersion version, const QString &jid, quint32 deviceId, const QByteArray &bytes, bool keyExchange)
{
    const QByteArray name = jid.toUtf8();
    // A copy of a message decrypted here before opens with the key it had: the session has moved
    // on and would refuse it as a replay (see migration 24).
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(int(version)) + '\n' + name + '\n' + QByteArray::number(deviceId) + '\n');
    hash.addData(bytes);
    const QByteArray digest = hash.result();
    if (const auto known = m_store.messageKey(digest)) {
        return { *known, m_store.identityOf(version, jid, deviceId), false };
    }
    const signal_protocol_address address { name.constData(), size_t(name.size()), int32_t(deviceId) };
    session_cipher *cipher = nullptr;
    check(session_cipher_create(&cipher, context(version), &address, m_signal), "creating a session cipher");
    session_cipher_set_version(cipher, signalVersion(version));
    Buffer plain;
    int result = 0;
    if (keyExchange) {
        Ref<pre_key_signal_message> message;
        result = version == OmemoVersion::Legacy
            ? pre_key_signal_message_deserialize(message.out(), data(bytes), size_t(bytes.size()), m_signal)
            : pre_key_signal_message_deserialize_omemo(
                  message.out(), data(bytes), size_t(bytes.size()), deviceId, m_signal);
        if (result >= 0) {
            result
                = session_cipher_decrypt_pre_key_signal_message(cipher, message.get(), nullptr, plain.out());
        }
    } else {
        Ref<signal_message> message;
        result = version == OmemoVersion::Legacy
            ? signal_message_deserialize(message.out(), data(bytes), size_t(bytes.size()), m_signal)
            : signal_message_deserialize_omemo(message.out(), data(bytes), size_t(bytes.size()), m_signal);
        if (result >= 0) {
            result = session_cipher_decrypt_signal_message(cipher, message.get(), nullptr, plain.out());
        }
    }
    session_cipher_free(cipher);
    if (result < 0) {
        m_store.takePreKeysUsed(version);
        throw OmemoError(decryptFailure(result));
    }
    m_store.saveMessageKey(digest, plain.bytes());
    return { plain.bytes(), m_store.identityOf(version, jid, deviceId), m_store.takePreKeysUsed(version) };
}
