// SPDX-License-Identifier: GPL-3.0-or-later
// One account's OMEMO state in the SQLite database, and the store callbacks libomemo-c calls
// through. Lives and runs on the database thread only: libomemo-c's callbacks are synchronous,
// so the crypto runs where the data is instead of blocking the GUI thread on it.
#pragma once

#include <array>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

extern "C" {
#include <signal_protocol.h>
}

#include "omemo/OmemoTrust.h"
#include "omemo/OmemoVersion.h"

class OmemoStore
{
public:
    struct Own
    {
        quint32 deviceId = 0;
        QByteArray identityKeyPair; // ratchet_identity_key_pair_serialize
        quint32 nextPreKeyId = 1;
    };

    OmemoStore(QSqlDatabase db, qint64 accountId);
    OmemoStore(const OmemoStore &) = delete;
    OmemoStore &operator=(const OmemoStore &) = delete;

    // Points a libomemo-c store context's session, pre-key, signed pre-key and identity stores at
    // this account and namespace (identity and trust are shared by both namespaces).
    void attach(signal_protocol_store_context *context, OmemoVersion version);

    std::optional<Own> own() const;
    void saveOwn(const Own &own);
    // The identity key pair's two halves as libomemo-c wants them; set once own() is known.
    void setIdentity(QByteArray publicKey, QByteArray privateKey, quint32 deviceId);

    // The unused ones (what the bundle offers).
    QList<QPair<quint32, QByteArray>> preKeys(OmemoVersion version) const;
    // Deletes pre-keys used before then (seconds since the epoch); returns how many.
    int dropUsedPreKeys(qint64 usedBeforeSecs);
    void storePreKey(OmemoVersion version, quint32 id, const QByteArray &record);
    std::optional<QPair<quint32, QByteArray>> latestSignedPreKey(OmemoVersion version) const;
    void storeSignedPreKey(OmemoVersion version, quint32 id, const QByteArray &record);
    bool hasSession(OmemoVersion version, const QString &jid, quint32 deviceId) const;
    void deleteSession(OmemoVersion version, const QString &jid, quint32 deviceId);

    // Trust: per (jid, 33-byte identity key), shared by both namespaces.
    OmemoTrust trust(const QString &jid, const QByteArray &identityKey) const;
    void setTrust(const QString &jid, const QByteArray &identityKey, OmemoTrust trust);
    // The identity key a remote device showed us in this namespace (33 bytes), if any.
    QByteArray identityOf(OmemoVersion version, const QString &jid, quint32 deviceId) const;
    void saveIdentity(
        OmemoVersion version, const QString &jid, quint32 deviceId, const QByteArray &identityKey);

    // Whether the user verified a key of the JID (then a new key is Undecided, never trusted).
    bool hasVerifiedKey(const QString &jid) const;

    // Device lists as last published by each JID (our own included). Returns the devices new to
    // the JID (in neither namespace before); none for the first list of a namespace, which only
    // tells what the JID had before we looked.
    QList<quint32> setDeviceList(OmemoVersion version, const QString &jid, const QList<quint32> &deviceIds);
    QList<quint32> deviceList(OmemoVersion version, const QString &jid) const;

    // The key a message decrypted here opened with, by OmemoEngine's digest of its encrypted key.
    std::optional<QByteArray> messageKey(const QByteArray &digest) const;
    void saveMessageKey(const QByteArray &digest, const QByteArray &key);
    // Deletes the keys of messages decrypted before then (seconds since the epoch); returns how many.
    int dropMessageKeys(qint64 decryptedBeforeSecs);

    // Set when libomemo-c removed a used pre-key: the bundle must be refilled and republished.
    bool takePreKeysUsed(OmemoVersion version);

private:
    struct Binding
    {
        OmemoStore *store;
        OmemoVersion version;
    };
    static Binding &binding(void *userData) { return *static_cast<Binding *>(userData); }
    static QString nameOf(const signal_protocol_address *address);
    static signal_protocol_session_store sessionStore(Binding *binding);
    static signal_protocol_pre_key_store preKeyStore(Binding *binding);
    static signal_protocol_signed_pre_key_store signedPreKeyStore(Binding *binding);
    static signal_protocol_identity_key_store identityStore(Binding *binding);

    std::optional<QByteArray> blob(const QString &sql, const QList<QPair<QString, QVariant>> &binds) const;
    void exec(const QString &sql, const QList<QPair<QString, QVariant>> &binds) const;

    QSqlDatabase m_db;
    qint64 m_accountId;
    QByteArray m_identityPublic;
    QByteArray m_identityPrivate;
    quint32 m_deviceId = 0;
    std::array<Binding, 2> m_bindings;
    std::array<bool, 2> m_preKeysUsed { false, false };
};
