// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoController.h"

#include <algorithm>

#include <QVariantMap>

#include "omemo/OmemoAccount.h"
#include "omemo/OmemoAtm.h"
#include "omemo/OmemoChatPolicy.h"
#include "omemo/OmemoError.h"
#include "omemo/OmemoKeyForm.h"
#include "omemo/OmemoTrust.h"
#include "omemo/OmemoTrustRows.h"
#include "omemo/OmemoTrustUri.h"
#include "omemo/OmemoVersion.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

OmemoController::OmemoController(Database *database, MessageStore *store, Lookup lookup, QObject *parent)
    : QObject(parent), m_database(database), m_store(store), m_lookup(std::move(lookup))
{ }

QString OmemoController::fingerprint(const QByteArray &identityKey)
{
    // The 33-byte form starts with the key type (0x05): people compare the 32 key bytes.
    const QByteArray key = identityKey.size() == 33 ? identityKey.mid(1) : identityKey;
    const QString hex = QString::fromLatin1(key.toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 8) {
        groups.append(hex.mid(i, 8));
    }
    return groups.join(u' ');
}

QFuture<bool> OmemoController::isChatEncrypted(const QString &account, const QString &chatJid) const
{
    return m_database->run([account, chatJid](QSqlDatabase &db) {
        return OmemoChatPolicy::isEncrypted(db, AccountRows::accountId(db, account), chatJid);
    });
}

QFuture<void> OmemoController::setChatEncrypted(const QString &account, const QString &chatJid, bool on)
{
    return m_database->run([account, chatJid, on](QSqlDatabase &db) {
        OmemoChatPolicy::setChoice(db, AccountRows::accountId(db, account), chatJid, on);
    });
}

void OmemoController::requestChatEncryption(const QString &account, const QString &chatJid)
{
    isChatEncrypted(account, chatJid).then(this, [this, account, chatJid](bool on) {
        Q_EMIT chatEncryptionChanged(account, chatJid, on);
    });
}

void OmemoController::setChatEncryption(const QString &account, const QString &chatJid, bool on)
{
    setChatEncrypted(account, chatJid, on).then(this, [this, account, chatJid, on] {
        Q_EMIT chatEncryptionChanged(account, chatJid, on);
    });
}

QFuture<QVariantList> OmemoController::devices(const QString &account, const QString &jid) const
{
    OmemoAccount *omemo = m_lookup(account);
    const quint32 ownDevice = omemo ? omemo->deviceId() : 0;
    const QByteArray ownKey = omemo ? omemo->identityKey() : QByteArray();
    return m_database->run([account, jid, ownDevice, ownKey](QSqlDatabase &db) {
        const qint64 accountId = AccountRows::accountId(db, account);
        QVariantList list;
        const QStringList owners = jid == account ? QStringList { account } : QStringList { jid, account };
        for (const QString &owner : owners) {
            // Per device its newest version (OMEMO 2 where it has both) and the key it showed.
            SqlQuery query(db,
                QStringLiteral(
                    "SELECT d.device_id, max(d.ns), (SELECT i.identity_key FROM omemo_identities i"
                    "  WHERE i.account_id = d.account_id AND i.jid = d.jid AND i.device_id = d.device_id"
                    "  ORDER BY i.ns DESC LIMIT 1)"
                    " FROM omemo_devices d WHERE d.account_id = :a AND d.jid = :jid AND d.active = 1"
                    " GROUP BY d.device_id ORDER BY d.device_id"));
            query.bind(QStringLiteral(":a"), accountId).bind(QStringLiteral(":jid"), owner).exec();
            while (query.next()) {
                const quint32 device = quint32(query.value(0).toLongLong());
                const bool own = owner == account && device == ownDevice;
                const QByteArray key = own ? ownKey : query.value(2).toByteArray();
                int trust = -1; // no key seen yet (no session)
                if (own) {
                    trust = int(OmemoTrust::Verified);
                } else if (!key.isEmpty()) {
                    trust = int(OmemoTrustRows::trust(db, accountId, owner, key));
                }
                list.append(QVariantMap {
                    { QStringLiteral("jid"), owner },
                    { QStringLiteral("deviceId"), device },
                    { QStringLiteral("version"),
                        query.value(1).toInt() == int(OmemoVersion::Omemo2) ? QStringLiteral("OMEMO 2")
                                                                            : QStringLiteral("OMEMO 0.3") },
                    { QStringLiteral("fingerprint"), key.isEmpty() ? QString() : fingerprint(key) },
                    { QStringLiteral("trust"), trust },
                    { QStringLiteral("own"), own },
                });
            }
        }
        return list;
    });
}

void OmemoController::requestDevices(const QString &account, const QString &jid)
{
    devices(account, jid).then(this, [this, account, jid](const QVariantList &list) {
        Q_EMIT devicesReady(account, jid, list);
    });
}

void OmemoController::setTrust(
    const QString &account, const QString &jid, const QString &fingerprint, int trust)
{
    if (trust < int(OmemoTrust::Undecided) || trust > int(OmemoTrust::Distrusted)) {
        return;
    }
    m_database
        ->run([account, jid, fingerprint, trust](QSqlDatabase &db) {
            const qint64 accountId = AccountRows::accountId(db, account);
            // Only a key this JID showed us: a fingerprint from elsewhere changes nothing.
            SqlQuery keys(db,
                QStringLiteral("SELECT DISTINCT identity_key FROM omemo_identities WHERE account_id = :a"
                               " AND jid = :jid"));
            keys.bind(QStringLiteral(":a"), accountId).bind(QStringLiteral(":jid"), jid).exec();
            QList<QByteArray> changed;
            while (keys.next()) {
                const QByteArray key = keys.value(0).toByteArray();
                if (OmemoController::fingerprint(key) == fingerprint
                    && OmemoTrustRows::setTrust(db, accountId, jid, key, OmemoTrust(trust))) {
                    changed.append(key);
                }
            }
            return changed;
        })
        .then(this, [this, account, jid, trust](const QList<QByteArray> &changed) {
            Q_EMIT trustChanged(account, jid);
            // Automatic trust management tells the devices that trust each other (XEP-0450).
            if (OmemoAccount *omemo = m_lookup(account)) {
                if (trust == int(OmemoTrust::Verified)) {
                    omemo->atm()->decided(jid, changed, {});
                } else if (trust == int(OmemoTrust::Distrusted)) {
                    omemo->atm()->decided(jid, {}, changed);
                }
            }
        });
}

namespace {
// The 32 key bytes a trust URI names: the legacy 33-byte form without its type byte.
QByteArray keyBytes(const QByteArray &identityKey)
{
    return identityKey.size() == 33 ? identityKey.mid(1) : identityKey;
}
} // namespace

QFuture<QString> OmemoController::ownTrustUri(const QString &account) const
{
    OmemoAccount *omemo = m_lookup(account);
    const quint32 ownDevice = omemo ? omemo->deviceId() : 0;
    const QByteArray ownKey = omemo ? omemo->identityKey() : QByteArray();
    const QByteArray ownKeyEd = omemo ? omemo->identityKeyEd() : QByteArray();
    return m_database->run([account, ownDevice, ownKey, ownKeyEd](QSqlDatabase &db) {
        QList<OmemoTrustUri::Key> keys;
        // This device is listed under both namespaces: OMEMO 2 peers know its Ed25519 form,
        // legacy ones the Curve25519 form with the device id.
        if (ownDevice != 0 && !ownKey.isEmpty()) {
            if (!ownKeyEd.isEmpty()) {
                keys.append({ ownKeyEd, ownDevice, false });
            }
            keys.append({ keyBytes(ownKey), ownDevice, true });
        }
        // Our other devices, each key in the version it was seen in.
        SqlQuery query(db,
            QStringLiteral("SELECT i.device_id, i.ns, i.identity_key FROM omemo_identities i"
                           " JOIN omemo_devices d ON d.account_id = i.account_id AND d.jid = i.jid"
                           "  AND d.device_id = i.device_id AND d.ns = i.ns AND d.active = 1"
                           " WHERE i.account_id = :a AND i.jid = :jid AND i.device_id != :own"
                           " ORDER BY i.device_id, i.ns DESC"));
        query.bind(QStringLiteral(":a"), AccountRows::accountId(db, account))
            .bind(QStringLiteral(":jid"), account)
            .bind(QStringLiteral(":own"), qint64(ownDevice))
            .exec();
        while (query.next()) {
            const bool legacy = query.value(1).toInt() != int(OmemoVersion::Omemo2);
            // OMEMO 2 peers name a key in its Ed25519 form (we store the Curve25519 one).
            const QByteArray key = query.value(2).toByteArray();
            keys.append({ legacy ? keyBytes(key) : OmemoKeyForm::edFromCurve(key),
                quint32(query.value(0).toLongLong()), legacy });
        }
        return OmemoTrustUri::build(account, keys);
    });
}

void OmemoController::requestOwnTrustUri(const QString &account)
{
    ownTrustUri(account).then(
        this, [this, account](const QString &uri) { Q_EMIT ownTrustUriReady(account, uri); });
}

void OmemoController::removeOwnDevice(const QString &account, int deviceId)
{
    OmemoAccount *omemo = m_lookup(account);
    if (!omemo) {
        Q_EMIT ownDeviceRemoved(
            account, deviceId, omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "encryption is not set up yet")));
        return;
    }
    omemo->removeOwnDevice(quint32(deviceId))
        .then(this,
            [this, account, deviceId] {
                Q_EMIT ownDeviceRemoved(account, deviceId, QString());
                Q_EMIT trustChanged(account, account); // the device lists to show changed
            })
        .onFailed(this, [this, account, deviceId](const OmemoError &error) {
            Q_EMIT ownDeviceRemoved(account, deviceId, error.message());
        });
}

void OmemoController::applyTrustUri(const QString &account, const QString &text)
{
    const OmemoTrustUri uri = OmemoTrustUri::parse(text);
    if (!uri.isValid()) {
        Q_EMIT trustUriApplied(account, QString(), 0, 0, uri.error);
        return;
    }
    struct Outcome
    {
        int verified = 0;
        int unknown = 0;
        QList<QByteArray> changed; // verified now, not before
    };
    m_database
        ->run([account, uri](QSqlDatabase &db) {
            const qint64 accountId = AccountRows::accountId(db, account);
            SqlQuery keys(db,
                QStringLiteral("SELECT DISTINCT identity_key FROM omemo_identities WHERE account_id = :a"
                               " AND jid = :jid"));
            keys.bind(QStringLiteral(":a"), accountId).bind(QStringLiteral(":jid"), uri.jid).exec();
            QList<QByteArray> seen;
            while (keys.next()) {
                seen.append(keys.value(0).toByteArray());
            }
            Outcome outcome;
            QList<QByteArray> counted; // a device named in both forms counts once per key
            for (const OmemoTrustUri::Key &named : uri.trusted) {
                // The XEP-0450 form names the Ed25519 key: compared in the Curve25519 form we store.
                const QByteArray wanted
                    = named.legacy ? named.key : keyBytes(OmemoKeyForm::curveFromEd(named.key));
                const auto match = std::find_if(seen.cbegin(), seen.cend(),
                    [&wanted](const QByteArray &key) { return keyBytes(key) == wanted; });
                if (match == seen.cend()) {
                    ++outcome.unknown;
                    continue;
                }
                if (counted.contains(*match)) {
                    continue;
                }
                counted.append(*match);
                if (OmemoTrustRows::setTrust(db, accountId, uri.jid, *match, OmemoTrust::Verified)) {
                    outcome.changed.append(*match);
                }
                ++outcome.verified;
            }
            return outcome;
        })
        .then(this, [this, account, jid = uri.jid](const Outcome &outcome) {
            // Singular and plural spelled out: %n alone reads "key(s)" where no translation is loaded.
            QString message;
            if (outcome.verified > 0) {
                message = outcome.verified == 1
                    ? tr("Verified a key of %1.").arg(jid)
                    : tr("Verified %n keys of %1.", nullptr, outcome.verified).arg(jid);
            }
            if (outcome.unknown > 0) {
                const QString unknown = outcome.unknown == 1
                    ? tr("This code names a device Isthmus has not seen yet: its key can be verified once a "
                         "message was exchanged with it.")
                    : tr("This code names %n devices Isthmus has not seen yet: their keys can be verified "
                         "once a message was exchanged with them.",
                          nullptr, outcome.unknown);
                // Joined by a translatable pattern: Chinese puts no space between sentences.
                message = message.isEmpty() ? unknown
                                            : tr("%1 %2", "two sentences in a row").arg(message, unknown);
            }
            Q_EMIT trustUriApplied(account, jid, outcome.verified, outcome.unknown, message);
            if (outcome.verified > 0) {
                Q_EMIT trustChanged(account, jid);
            }
            if (OmemoAccount *omemo = m_lookup(account); omemo && !outcome.changed.isEmpty()) {
                omemo->atm()->decided(jid, outcome.changed, {});
            }
        });
}
