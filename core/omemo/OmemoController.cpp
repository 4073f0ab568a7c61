// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoController.h"

#include <QVariantMap>

#include "omemo/OmemoAccount.h"
#include "omemo/OmemoChatPolicy.h"
#include "omemo/OmemoTrust.h"
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
                    SqlQuery t(db,
                        QStringLiteral("SELECT trust FROM omemo_trust WHERE account_id = :a AND jid = :jid"
                                       " AND identity_key = :key"));
                    t.bind(QStringLiteral(":a"), accountId)
                        .bind(QStringLiteral(":jid"), owner)
                        .bind(QStringLiteral(":key"), key)
                        .exec();
                    trust = t.next() ? t.value(0).toInt() : int(OmemoTrust::Undecided);
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
            while (keys.next()) {
                const QByteArray key = keys.value(0).toByteArray();
                if (OmemoController::fingerprint(key) == fingerprint) {
                    SqlQuery(db,
                        QStringLiteral(
                            "INSERT OR REPLACE INTO omemo_trust (account_id, jid, identity_key, trust)"
                            " VALUES (:a, :jid, :key, :trust)"))
                        .bind(QStringLiteral(":a"), accountId)
                        .bind(QStringLiteral(":jid"), jid)
                        .bind(QStringLiteral(":key"), key)
                        .bind(QStringLiteral(":trust"), trust)
                        .exec();
                }
            }
        })
        .then(this, [this, account, jid] { Q_EMIT trustChanged(account, jid); });
}
