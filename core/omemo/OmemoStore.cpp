// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoStore.h"

#include <QDateTime>
#include <QSet>

#include "omemo/OmemoLog.h"
#include "omemo/OmemoTrustRows.h"
#include "storage/SqlQuery.h"

namespace {

using Binds = QList<QPair<QString, QVariant>>;

QByteArray toBytes(const uint8_t *data, size_t len)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(len));
}

signal_buffer *toBuffer(const QByteArray &data)
{
    return signal_buffer_create(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
}

// libomemo-c's callbacks are C: an exception must not cross them.
template<typename Job> int guarded(Job job)
{
    try {
        return job();
    } catch (const std::exception &error) {
        qCWarning(lcOmemo) << "OMEMO store:" << error.what();
        return SG_ERR_UNKNOWN;
    }
}

} // namespace

OmemoStore::OmemoStore(QSqlDatabase db, qint64 accountId)
    : m_db(std::move(db))
    , m_accountId(accountId)
    , m_bindings { { { this, OmemoVersion::Legacy }, { this, OmemoVersion::Omemo2 } } }
{ }

std::optional<QByteArray> OmemoStore::blob(const QString &sql, const Binds &binds) const
{
    SqlQuery query(m_db, sql);
    query.bind(QStringLiteral(":account"), m_accountId);
    for (const auto &[name, value] : binds) {
        query.bind(name, value);
    }
    query.exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toByteArray();
}

void OmemoStore::exec(const QString &sql, const Binds &binds) const
{
    SqlQuery query(m_db, sql);
    query.bind(QStringLiteral(":account"), m_accountId);
    for (const auto &[name, value] : binds) {
        query.bind(name, value);
    }
    query.exec();
}

std::optional<OmemoStore::Own> OmemoStore::own() const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT device_id, identity_key_pair, next_pre_key_id FROM omemo_own WHERE account_id "
                       "= :account"));
    query.bind(QStringLiteral(":account"), m_accountId).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return Own { quint32(query.value(0).toLongLong()), query.value(1).toByteArray(),
        quint32(query.value(2).toLongLong()) };
}

void OmemoStore::saveOwn(const Own &own)
{
    exec(QStringLiteral("INSERT INTO omemo_own (account_id, device_id, identity_key_pair, next_pre_key_id)"
                        " VALUES (:account, :device, :pair, :next) ON CONFLICT (account_id) DO UPDATE SET"
                        " device_id = :device, identity_key_pair = :pair, next_pre_key_id = :next"),
        { { QStringLiteral(":device"), qint64(own.deviceId) },
            { QStringLiteral(":pair"), own.identityKeyPair },
            { QStringLiteral(":next"), qint64(own.nextPreKeyId) } });
}

void OmemoStore::setIdentity(QByteArray publicKey, QByteArray privateKey, quint32 deviceId)
{
    m_identityPublic = std::move(publicKey);
    m_identityPrivate = std::move(privateKey);
    m_deviceId = deviceId;
}

QList<QPair<quint32, QByteArray>> OmemoStore::preKeys(OmemoVersion version) const
{
    SqlQuery query(m_db,
        QStringLiteral("SELECT key_id, record FROM omemo_pre_keys WHERE account_id = :account AND ns = :ns"
                       " AND used_at IS NULL ORDER BY key_id"));
    query.bind(QStringLiteral(":account"), m_accountId).bind(QStringLiteral(":ns"), int(version)).exec();
    QList<QPair<quint32, QByteArray>> keys;
    while (query.next()) {
        keys.append({ quint32(query.value(0).toLongLong()), query.value(1).toByteArray() });
    }
    return keys;
}

int OmemoStore::dropUsedPreKeys(qint64 usedBeforeSecs)
{
    SqlQuery query(m_db,
        QStringLiteral("DELETE FROM omemo_pre_keys WHERE account_id = :account AND used_at IS NOT NULL AND "
                       "used_at < :before"));
    query.bind(QStringLiteral(":account"), m_accountId)
        .bind(QStringLiteral(":before"), usedBeforeSecs)
        .exec();
    return query.rowsAffected();
}

std::optional<QByteArray> OmemoStore::messageKey(const QByteArray &digest) const
{
    return blob(
        QStringLiteral("SELECT key FROM omemo_message_keys WHERE account_id = :account AND digest = :digest"),
        { { QStringLiteral(":digest"), digest } });
}

void OmemoStore::saveMessageKey(const QByteArray &digest, const QByteArray &key)
{
    exec(QStringLiteral("INSERT OR REPLACE INTO omemo_message_keys (account_id, digest, key, decrypted_at)"
                        " VALUES (:account, :digest, :key, :at)"),
        { { QStringLiteral(":digest"), digest }, { QStringLiteral(":key"), key },
            { QStringLiteral(":at"), QDateTime::currentSecsSinceEpoch() } });
}

int OmemoStore::dropMessageKeys(qint64 decryptedBeforeSecs)
{
    SqlQuery query(m_db,
        QStringLiteral(
            "DELETE FROM omemo_message_keys WHERE account_id = :account AND decrypted_at < :before"));
    query.bind(QStringLiteral(":account"), m_accountId)
        .bind(QStringLiteral(":before"), decryptedBeforeSecs)
        .exec();
    return query.rowsAffected();
}

void OmemoStore::storePreKey(OmemoVersion version, quint32 id, const QByteArray &record)
{
    exec(QStringLiteral("INSERT OR REPLACE INTO omemo_pre_keys (account_id, ns, key_id, record)"
                        " VALUES (:account, :ns, :id, :record)"),
        { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":id"), qint64(id) },
            { QStringLiteral(":record"), record } });
}

std::optional<QPair<quint32, QByteArray>> OmemoStore::latestSignedPreKey(OmemoVersion version) const
{
    SqlQuery query(m_db,
        QStringLiteral(
            "SELECT key_id, record FROM omemo_signed_pre_keys WHERE account_id = :account AND ns = :ns"
            " ORDER BY created DESC, key_id DESC LIMIT 1"));
    query.bind(QStringLiteral(":account"), m_accountId).bind(QStringLiteral(":ns"), int(version)).exec();
    if (!query.next()) {
        return std::nullopt;
    }
    return QPair<quint32, QByteArray> { quint32(query.value(0).toLongLong()), query.value(1).toByteArray() };
}

void OmemoStore::storeSignedPreKey(OmemoVersion version, quint32 id, const QByteArray &record)
{
    exec(QStringLiteral(
             "INSERT OR REPLACE INTO omemo_signed_pre_keys (account_id, ns, key_id, record, created)"
             " VALUES (:account, :ns, :id, :record, strftime('%s', 'now'))"),
        { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":id"), qint64(id) },
            { QStringLiteral(":record"), record } });
}

bool OmemoStore::hasSession(OmemoVersion version, const QString &jid, quint32 deviceId) const
{
    return blob(QStringLiteral("SELECT 1 FROM omemo_sessions WHERE account_id = :account AND ns = :ns"
                               " AND jid = :jid AND device_id = :device"),
        { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":jid"), jid },
            { QStringLiteral(":device"), qint64(deviceId) } })
        .has_value();
}

void OmemoStore::deleteSession(OmemoVersion version, const QString &jid, quint32 deviceId)
{
    exec(QStringLiteral("DELETE FROM omemo_sessions WHERE account_id = :account AND ns = :ns AND jid = :jid"
                        " AND device_id = :device"),
        { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":jid"), jid },
            { QStringLiteral(":device"), qint64(deviceId) } });
}

OmemoTrust OmemoStore::trust(const QString &jid, const QByteArray &identityKey) const
{
    return OmemoTrustRows::trust(m_db, m_accountId, jid, identityKey);
}

void OmemoStore::setTrust(const QString &jid, const QByteArray &identityKey, OmemoTrust trust)
{
    OmemoTrustRows::setTrust(m_db, m_accountId, jid, identityKey, trust);
}

QByteArray OmemoStore::identityOf(OmemoVersion version, const QString &jid, quint32 deviceId) const
{
    return blob(
        QStringLiteral("SELECT identity_key FROM omemo_identities WHERE account_id = :account AND ns = :ns"
                       " AND jid = :jid AND device_id = :device"),
        { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":jid"), jid },
            { QStringLiteral(":device"), qint64(deviceId) } })
        .value_or(QByteArray());
}

void OmemoStore::saveIdentity(
    OmemoVersion version, const QString &jid, quint32 deviceId, const QByteArray &identityKey)
{
    exec(QStringLiteral(
             "INSERT OR REPLACE INTO omemo_identities (account_id, ns, jid, device_id, identity_key)"
             " VALUES (:account, :ns, :jid, :device, :key)"),
        { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":jid"), jid },
            { QStringLiteral(":device"), qint64(deviceId) }, { QStringLiteral(":key"), identityKey } });
    // Blind trust before verification: a new key is trusted only while the contact has no
    // verified key; after one, a new key waits for a decision (never silently trusted).
    const bool hasVerified = hasVerifiedKey(jid);
    exec(QStringLiteral("INSERT OR IGNORE INTO omemo_trust (account_id, jid, identity_key, trust)"
                        " VALUES (:account, :jid, :key, :trust)"),
        { { QStringLiteral(":jid"), jid }, { QStringLiteral(":key"), identityKey },
            { QStringLiteral(":trust"),
                int(hasVerified ? OmemoTrust::Undecided : OmemoTrust::BlindlyTrusted) } });
}

bool OmemoStore::hasVerifiedKey(const QString &jid) const
{
    return blob(QStringLiteral("SELECT 1 FROM omemo_trust WHERE account_id = :account"
                               " AND jid = :jid AND trust = :verified"),
        { { QStringLiteral(":jid"), jid }, { QStringLiteral(":verified"), int(OmemoTrust::Verified) } })
        .has_value();
}

QList<quint32> OmemoStore::setDeviceList(
    OmemoVersion version, const QString &jid, const QList<quint32> &deviceIds)
{
    // Known: every device the JID ever listed, in either namespace (inactive ones too: a device
    // that comes back is not new).
    SqlQuery known(m_db,
        QStringLiteral("SELECT ns, device_id FROM omemo_devices WHERE account_id = :account AND jid = :jid"));
    known.bind(QStringLiteral(":account"), m_accountId).bind(QStringLiteral(":jid"), jid).exec();
    QSet<quint32> knownIds;
    bool namespaceSeen = false;
    while (known.next()) {
        namespaceSeen = namespaceSeen || known.value(0).toInt() == int(version);
        knownIds.insert(quint32(known.value(1).toLongLong()));
    }
    QList<quint32> added;
    if (namespaceSeen) {
        for (quint32 id : deviceIds) {
            if (!knownIds.contains(id) && !added.contains(id)) {
                added.append(id);
            }
        }
    }
    exec(QStringLiteral(
             "UPDATE omemo_devices SET active = 0 WHERE account_id = :account AND ns = :ns AND jid = :jid"),
        { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":jid"), jid } });
    for (quint32 id : deviceIds) {
        exec(QStringLiteral("INSERT INTO omemo_devices (account_id, ns, jid, device_id, active)"
                            " VALUES (:account, :ns, :jid, :device, 1)"
                            " ON CONFLICT (account_id, ns, jid, device_id) DO UPDATE SET active = 1"),
            { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":jid"), jid },
                { QStringLiteral(":device"), qint64(id) } });
    }
    return added;
}

QList<quint32> OmemoStore::deviceList(OmemoVersion version, const QString &jid) const
{
    SqlQuery query(m_db,
        QStringLiteral(
            "SELECT device_id FROM omemo_devices WHERE account_id = :account AND ns = :ns AND jid = :jid"
            " AND active = 1 ORDER BY device_id"));
    query.bind(QStringLiteral(":account"), m_accountId)
        .bind(QStringLiteral(":ns"), int(version))
        .bind(QStringLiteral(":jid"), jid)
        .exec();
    QList<quint32> ids;
    while (query.next()) {
        ids.append(quint32(query.value(0).toLongLong()));
    }
    return ids;
}

bool OmemoStore::takePreKeysUsed(OmemoVersion version)
{
    return std::exchange(m_preKeysUsed[size_t(version)], false);
}

QString OmemoStore::nameOf(const signal_protocol_address *address)
{
    return QString::fromUtf8(address->name, qsizetype(address->name_len));
}

void OmemoStore::attach(signal_protocol_store_context *context, OmemoVersion version)
{
    Binding *b = &m_bindings[size_t(version)];
    const auto sessions = sessionStore(b);
    const auto preKeys = preKeyStore(b);
    const auto signedPreKeys = signedPreKeyStore(b);
    const auto identities = identityStore(b);
    signal_protocol_store_context_set_session_store(context, &sessions);
    signal_protocol_store_context_set_pre_key_store(context, &preKeys);
    signal_protocol_store_context_set_signed_pre_key_store(context, &signedPreKeys);
    signal_protocol_store_context_set_identity_key_store(context, &identities);
}

signal_protocol_session_store OmemoStore::sessionStore(Binding *b)
{
    signal_protocol_session_store store {};
    store.load_session_func = [](signal_buffer **record, signal_buffer **,
                                  const signal_protocol_address *address, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            const auto found = self->blob(
                QStringLiteral("SELECT record FROM omemo_sessions WHERE account_id = :account AND ns = :ns"
                               " AND jid = :jid AND device_id = :device"),
                { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":jid"), nameOf(address) },
                    { QStringLiteral(":device"), qint64(address->device_id) } });
            if (!found) {
                return 0;
            }
            *record = toBuffer(*found);
            return 1;
        });
    };
    store.get_sub_device_sessions_func = [](signal_int_list **sessions, const char *name, size_t nameLen,
                                             void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            SqlQuery query(self->m_db,
                QStringLiteral("SELECT device_id FROM omemo_sessions WHERE account_id = :account AND ns = :ns"
                               " AND jid = :jid"));
            query.bind(QStringLiteral(":account"), self->m_accountId)
                .bind(QStringLiteral(":ns"), int(version))
                .bind(QStringLiteral(":jid"), QString::fromUtf8(name, qsizetype(nameLen)))
                .exec();
            *sessions = signal_int_list_alloc();
            while (query.next()) {
                signal_int_list_push_back(*sessions, query.value(0).toInt());
            }
            return int(signal_int_list_size(*sessions));
        });
    };
    store.store_session_func = [](const signal_protocol_address *address, uint8_t *record, size_t recordLen,
                                   uint8_t *, size_t, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            self->exec(QStringLiteral(
                           "INSERT OR REPLACE INTO omemo_sessions (account_id, ns, jid, device_id, record)"
                           " VALUES (:account, :ns, :jid, :device, :record)"),
                { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":jid"), nameOf(address) },
                    { QStringLiteral(":device"), qint64(address->device_id) },
                    { QStringLiteral(":record"), toBytes(record, recordLen) } });
            return SG_SUCCESS;
        });
    };
    store.contains_session_func = [](const signal_protocol_address *address, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            return self->hasSession(version, nameOf(address), quint32(address->device_id)) ? 1 : 0;
        });
    };
    store.delete_session_func = [](const signal_protocol_address *address, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            self->deleteSession(version, nameOf(address), quint32(address->device_id));
            return 1;
        });
    };
    store.delete_all_sessions_func = [](const char *name, size_t nameLen, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            self->exec(
                QStringLiteral(
                    "DELETE FROM omemo_sessions WHERE account_id = :account AND ns = :ns AND jid = :jid"),
                { { QStringLiteral(":ns"), int(version) },
                    { QStringLiteral(":jid"), QString::fromUtf8(name, qsizetype(nameLen)) } });
            return 0;
        });
    };
    store.user_data = b;
    return store;
}

signal_protocol_pre_key_store OmemoStore::preKeyStore(Binding *b)
{
    signal_protocol_pre_key_store store {};
    store.load_pre_key = [](signal_buffer **record, uint32_t id, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            const auto found
                = self->blob(QStringLiteral("SELECT record FROM omemo_pre_keys WHERE account_id = :account"
                                            " AND ns = :ns AND key_id = :id"),
                    { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":id"), qint64(id) } });
            if (!found) {
                return SG_ERR_INVALID_KEY_ID;
            }
            *record = toBuffer(*found);
            return SG_SUCCESS;
        });
    };
    store.store_pre_key = [](uint32_t id, uint8_t *record, size_t len, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            self->storePreKey(version, id, toBytes(record, len));
            return SG_SUCCESS;
        });
    };
    store.contains_pre_key = [](uint32_t id, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            return self->blob(QStringLiteral(
                                  "SELECT 1 FROM omemo_pre_keys WHERE account_id = :account AND ns = :ns"
                                  " AND key_id = :id"),
                           { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":id"), qint64(id) } })
                       .has_value()
                ? 1
                : 0;
        });
    };
    store.remove_pre_key = [](uint32_t id, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            // Kept a while, out of the bundle: a late copy of the message that used it (another
            // archive's, a resent one) still decrypts. dropUsedPreKeys deletes it later.
            self->exec(QStringLiteral("UPDATE omemo_pre_keys SET used_at = :now WHERE account_id = :account"
                                      " AND ns = :ns AND key_id = :id AND used_at IS NULL"),
                { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":id"), qint64(id) },
                    { QStringLiteral(":now"), QDateTime::currentSecsSinceEpoch() } });
            self->m_preKeysUsed[size_t(version)] = true;
            return SG_SUCCESS;
        });
    };
    store.user_data = b;
    return store;
}

signal_protocol_signed_pre_key_store OmemoStore::signedPreKeyStore(Binding *b)
{
    signal_protocol_signed_pre_key_store store {};
    store.load_signed_pre_key = [](signal_buffer **record, uint32_t id, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            const auto found
                = self->blob(QStringLiteral("SELECT record FROM omemo_signed_pre_keys"
                                            " WHERE account_id = :account AND ns = :ns AND key_id = :id"),
                    { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":id"), qint64(id) } });
            if (!found) {
                return SG_ERR_INVALID_KEY_ID;
            }
            *record = toBuffer(*found);
            return SG_SUCCESS;
        });
    };
    store.store_signed_pre_key = [](uint32_t id, uint8_t *record, size_t len, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            self->storeSignedPreKey(version, id, toBytes(record, len));
            return SG_SUCCESS;
        });
    };
    store.contains_signed_pre_key = [](uint32_t id, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            return self->blob(QStringLiteral("SELECT 1 FROM omemo_signed_pre_keys WHERE account_id = :account"
                                             " AND ns = :ns AND key_id = :id"),
                           { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":id"), qint64(id) } })
                       .has_value()
                ? 1
                : 0;
        });
    };
    store.remove_signed_pre_key = [](uint32_t id, void *data) {
        return guarded([&] {
            auto &[self, version] = binding(data);
            self->exec(
                QStringLiteral("DELETE FROM omemo_signed_pre_keys WHERE account_id = :account AND ns = :ns"
                               " AND key_id = :id"),
                { { QStringLiteral(":ns"), int(version) }, { QStringLiteral(":id"), qint64(id) } });
            return SG_SUCCESS;
        });
    };
    store.user_data = b;
    return store;
}

signal_protocol_identity_key_store OmemoStore::identityStore(Binding *b)
{
    signal_protocol_identity_key_store store {};
    store.get_identity_key_pair = [](signal_buffer **publicData, signal_buffer **privateData, void *data) {
        auto &[self, version] = binding(data);
        if (self->m_identityPublic.isEmpty()) {
            return SG_ERR_UNKNOWN;
        }
        *publicData = toBuffer(self->m_identityPublic);
        *privateData = toBuffer(self->m_identityPrivate);
        return SG_SUCCESS;
    };
    store.get_local_registration_id = [](void *data, uint32_t *registrationId) {
        // OMEMO has no registration id of its own: the device id takes its place (both versions).
        *registrationId = binding(data).store->m_deviceId;
        return SG_SUCCESS;
    };
    store.save_identity
        = [](const signal_protocol_address *address, uint8_t *key, size_t keyLen, void *data) {
              return guarded([&] {
                  auto &[self, version] = binding(data);
                  if (key) {
                      self->saveIdentity(
                          version, nameOf(address), quint32(address->device_id), toBytes(key, keyLen));
                  }
                  return SG_SUCCESS;
              });
          };
    // The library is not where trust is decided: a changed or new key is recorded by save_identity
    // and judged by OmemoTrust when we choose whom to encrypt for and how a message is marked.
    store.is_trusted_identity = [](const signal_protocol_address *, uint8_t *, size_t, void *) { return 1; };
    store.user_data = b;
    return store;
}
