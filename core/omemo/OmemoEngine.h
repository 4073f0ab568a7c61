// SPDX-License-Identifier: GPL-3.0-or-later
// One account's OMEMO engine over libomemo-c, both versions at once: one identity key pair and
// device id, and per namespace its own pre-keys, signed pre-key and sessions (the Signal v3 format
// for legacy OMEMO 0.3, v4 for OMEMO 2). It encrypts and decrypts the per-device key material;
// the payload and the XML are OmemoPayload's and OmemoElement's. Runs only on the database thread
// (OmemoStore's callbacks are synchronous SQL); errors are OmemoError with a reason in words.
#pragma once

#include <array>
#include <memory>
#include <mutex>

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include "omemo/OmemoBundle.h"
#include "omemo/OmemoStore.h"
#include "omemo/OmemoVersion.h"

class OmemoEngine
{
public:
    static constexpr int preKeyTarget = 100;
    // A used pre-key is kept this long (seconds), then deleted at the next start.
    static constexpr qint64 preKeyGraceSecs = 24 * 60 * 60;
    // How long the key of a decrypted message is kept for copies that come again (migration 24).
    static constexpr qint64 messageKeyGraceSecs = 7 * 24 * 60 * 60;

    OmemoEngine(QSqlDatabase db, qint64 accountId);
    ~OmemoEngine();
    OmemoEngine(const OmemoEngine &) = delete;
    OmemoEngine &operator=(const OmemoEngine &) = delete;

    // Loads the identity, or makes one (with device id, signed pre-keys and pre-keys for both
    // namespaces) on the first run. Call once before anything else.
    void setUp();

    quint32 deviceId() const { return m_deviceId; }
    // Our identity key as a trust key: the 33-byte Curve25519 form.
    QByteArray identityKey() const { return m_identityPublic; }
    // The same key in the Ed25519 form OMEMO 2 publishes (and XEP-0450 trust URIs name).
    QByteArray identityKeyEd() const { return m_identityEd; }
    OmemoBundle ownBundle(OmemoVersion version) const;
    // Tops the pre-keys of a namespace up to preKeyTarget; returns how many were made.
    int replenishPreKeys(OmemoVersion version);

    bool hasSession(OmemoVersion version, const QString &jid, quint32 deviceId) const;
    // Starts a session from a device's bundle (a random one of its pre-keys).
    void buildSession(OmemoVersion version, const QString &jid, quint32 deviceId, const OmemoBundle &bundle);

    struct EncryptedKey
    {
        QByteArray data;
        // A pre-key message: every message until the peer's first reply is one, so a peer can
        // start the session from any of them.
        bool keyExchange = false;
    };
    EncryptedKey encryptKey(
        OmemoVersion version, const QString &jid, quint32 deviceId, const QByteArray &keyMaterial);

    struct DecryptedKey
    {
        QByteArray keyMaterial;
        QByteArray senderIdentity; // 33 bytes
        bool preKeyUsed = false; // a one-time pre-key went: refill and republish the bundle
    };
    DecryptedKey decryptKey(
        OmemoVersion version, const QString &jid, quint32 deviceId, const QByteArray &data, bool keyExchange);

    OmemoStore &store() { return m_store; }

private:
    signal_protocol_store_context *context(OmemoVersion version) const { return m_contexts[size_t(version)]; }
    void makeSignedPreKey(OmemoVersion version, quint32 id);
    void loadIdentity();

    OmemoStore m_store;
    signal_context *m_signal = nullptr;
    std::array<signal_protocol_store_context *, 2> m_contexts { nullptr, nullptr };
    std::recursive_mutex m_mutex;
    quint32 m_deviceId = 0;
    QByteArray m_identityPublic;
    QByteArray m_identityEd;
};
