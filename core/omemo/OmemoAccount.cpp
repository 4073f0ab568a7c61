// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoAccount.h"

#include <QDomDocument>
#include <QPromise>
#include <QTimer>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppUtils.h>

#include "omemo/OmemoAtm.h"
#include "omemo/OmemoElement.h"
#include "omemo/OmemoEngine.h"
#include "omemo/OmemoError.h"
#include "omemo/OmemoLog.h"
#include "omemo/OmemoMessageCipher.h"
#include "omemo/OmemoPep.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace {

constexpr std::array versions { OmemoVersion::Legacy, OmemoVersion::Omemo2 };

struct Started
{
    qint64 accountId = 0;
    std::shared_ptr<OmemoEngine> engine;
    quint32 deviceId = 0;
    QByteArray identityKey;
    QByteArray identityKeyEd;
};

} // namespace

OmemoAccount::OmemoAccount(QXmppClient *client, Database *database, qint64 accountId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_database(database)
    , m_accountId(accountId)
    , m_pep(new OmemoPep)
    , m_atm(new OmemoAtm(this))
{
    m_client->addExtension(m_pep);
    m_pep->setOwner(this);
    connect(m_pep, &OmemoPep::deviceListChanged, this,
        [this](OmemoVersion version, const QString &jid, const QList<quint32> &ids) {
            if (!m_engine) {
                return;
            }
            if (!isOwnOrContact(jid)) {
                qCInfo(lcOmemo) << "ignored a device list from a stranger:" << jid;
                return;
            }
            m_database
                ->run([engine = m_engine, version, jid, ids](QSqlDatabase &) {
                    const QList<quint32> added = engine->store().setDeviceList(version, jid, ids);
                    return std::pair { added, engine->store().hasVerifiedKey(jid) };
                })
                .then(this, [this, jid](const std::pair<QList<quint32>, bool> &result) {
                    if (!result.first.isEmpty() && jid != ownBareJid()) {
                        Q_EMIT devicesAdded(jid, result.first, !result.second);
                    }
                    Q_EMIT devicesChanged(jid);
                });
            // Another of our clients published a list without this device: put it back.
            if (jid == ownBareJid() && m_ready && !ids.contains(m_deviceId)) {
                m_pep->publishDeviceList(version, QList<quint32>(ids) << m_deviceId, [](bool) { });
            }
        });
}

OmemoAccount::~OmemoAccount()
{
    if (m_engine) {
        // The engine's store belongs to the database thread: let it go there.
        m_database->run([engine = std::move(m_engine)](QSqlDatabase &) mutable { engine.reset(); });
    }
}

QString OmemoAccount::ownBareJid() const
{
    return m_client->configuration().jidBare();
}

QString OmemoAccount::fallbackBody()
{
    return QStringLiteral("This message is encrypted with OMEMO, which your client does not support.");
}

QFuture<void> OmemoAccount::load()
{
    if (m_engine) {
        return QtFuture::makeReadyVoidFuture();
    }
    if (m_loading.isValid() && !m_loading.isFinished()) {
        return m_loading;
    }
    m_loading = m_database
                    ->run([accountId = m_accountId, jid = ownBareJid()](QSqlDatabase &db) {
                        Started started;
                        started.accountId = accountId ? accountId : AccountRows::accountId(db, jid);
                        started.engine = std::make_shared<OmemoEngine>(db, started.accountId);
                        started.engine->setUp();
                        started.deviceId = started.engine->deviceId();
                        started.identityKey = started.engine->identityKey();
                        started.identityKeyEd = started.engine->identityKeyEd();
                        return started;
                    })
                    .then(this, [this](QFuture<Started> future) {
                        Started started;
                        try {
                            started = future.result();
                        } catch (const std::exception &error) {
                            m_started = false;
                            Q_EMIT startFailed(QString::fromUtf8(error.what()));
                            return;
                        }
                        m_accountId = started.accountId;
                        m_engine = started.engine;
                        m_deviceId = started.deviceId;
                        m_identityKey = started.identityKey;
                        m_identityKeyEd = started.identityKeyEd;
                        if (m_started) {
                            publishAll();
                        }
                    });
    return m_loading;
}

void OmemoAccount::start()
{
    m_started = true;
    if (m_engine) {
        publishAll();
    } else {
        load();
    }
}

void OmemoAccount::publishAll()
{
    // The bundles as they are now: pre-keys may have gone since the keys were loaded.
    m_database
        ->run([engine = m_engine](QSqlDatabase &) {
            std::array<OmemoBundle, 2> bundles;
            for (OmemoVersion version : versions) {
                bundles[size_t(version)] = engine->ownBundle(version);
            }
            return bundles;
        })
        .then(this, [this](const std::array<OmemoBundle, 2> &bundles) {
            auto pending = std::make_shared<int>(4); // a list and a bundle per version
            for (OmemoVersion version : versions) {
                m_pep->publishBundle(version, m_deviceId, bundles[size_t(version)], [this, pending](bool) {
                    if (--*pending == 0) {
                        m_ready = true;
                        Q_EMIT ready();
                    }
                });
                m_pep->fetchDeviceList(
                    version, ownBareJid(), [this, version, pending](std::optional<QList<quint32>> list) {
                        publishOwn(version, list.value_or(QList<quint32>()), pending);
                    });
            }
        });
}

bool OmemoAccount::isConnected() const
{
    return m_client->isConnected();
}

void OmemoAccount::publishOwn(
    OmemoVersion version, const QList<quint32> &serverList, const std::shared_ptr<int> &pending)
{
    QList<quint32> ids = serverList;
    auto finish = [this, pending](bool) {
        if (--*pending == 0) {
            m_ready = true;
            Q_EMIT ready();
        }
    };
    if (!ids.contains(m_deviceId)) {
        ids.append(m_deviceId);
        m_pep->publishDeviceList(version, ids, finish);
    } else {
        finish(true);
    }
    m_database->run([engine = m_engine, version, jid = ownBareJid(), ids](
                        QSqlDatabase &) { engine->store().setDeviceList(version, jid, ids); });
}

void OmemoAccount::republishBundle(OmemoVersion version)
{
    m_database
        ->run([engine = m_engine, version](QSqlDatabase &) {
            engine->replenishPreKeys(version);
            return engine->ownBundle(version);
        })
        .then(this, [this, version](const OmemoBundle &bundle) {
            m_pep->publishBundle(version, m_deviceId, bundle, [](bool) { });
        });
}

bool OmemoAccount::isOwnOrContact(const QString &bareJid) const
{
    return bareJid == ownBareJid() || (m_isContact && m_isContact(bareJid));
}

void OmemoAccount::setContactFilter(std::function<bool(const QString &)> isContact)
{
    m_isContact = std::move(isContact);
}

QFuture<bool> OmemoAccount::publishesDevices(const QString &jid)
{
    if (!m_engine) {
        return QtFuture::makeExceptionalFuture<bool>(
            OmemoError(omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "encryption is not set up yet"))));
    }
    auto promise = std::make_shared<QPromise<bool>>();
    promise->start();
    ensureDeviceLists({ jid }, [this, jid, promise](bool fetched) {
        m_database
            ->run([engine = m_engine, jid](QSqlDatabase &) {
                return !engine->store().deviceList(OmemoVersion::Legacy, jid).isEmpty()
                    || !engine->store().deviceList(OmemoVersion::Omemo2, jid).isEmpty();
            })
            .then(this, [promise, fetched, jid](bool known) {
                // A list that cannot be fetched (a gateway's user, a server without PEP) from a
                // JID never seen with devices: not known to publish any.
                if (!known && !fetched) {
                    qCInfo(lcOmemo) << "no device list from" << jid << "(the fetch failed)";
                }
                promise->addResult(known);
                promise->finish();
            });
    });
    return promise->future();
}

void OmemoAccount::ensureDeviceLists(const QStringList &jids, std::function<void(bool)> done)
{
    QStringList candidates;
    for (const QString &jid : jids) {
        if (!m_fetched.contains(jid)) {
            candidates.append(jid);
        }
    }
    m_database
        ->run([engine = m_engine, jids = candidates](QSqlDatabase &) {
            QStringList unknown;
            for (const QString &jid : jids) {
                if (engine->store().deviceList(OmemoVersion::Legacy, jid).isEmpty()
                    && engine->store().deviceList(OmemoVersion::Omemo2, jid).isEmpty()) {
                    unknown.append(jid);
                }
            }
            return unknown;
        })
        .then(this, [this, done = std::move(done)](const QStringList &unknown) {
            if (unknown.isEmpty()) {
                done(true);
                return;
            }
            auto pending = std::make_shared<int>(int(unknown.size()));
            auto allFetched = std::make_shared<bool>(true);
            // Answered once: when every fetch is back, or when the time limit is up (a server that
            // never answers must not hold a message forever; what comes later is still stored).
            auto answered = std::make_shared<bool>(false);
            auto answer = [answered, done](bool fetched) {
                if (!*answered) {
                    *answered = true;
                    done(fetched);
                }
            };
            QTimer::singleShot(m_fetchTimeoutMs, this, [answer, answered, jids = unknown] {
                if (!*answered) {
                    qCInfo(lcOmemo) << "device lists of" << jids << "not fetched in time";
                    answer(false);
                }
            });
            for (const QString &jid : unknown) {
                fetchDeviceLists(jid, [pending, allFetched, answer](bool fetched) {
                    *allFetched = *allFetched && fetched;
                    if (--*pending == 0) {
                        answer(*allFetched);
                    }
                });
            }
        });
}

void OmemoAccount::fetchDeviceLists(const QString &jid, std::function<void(bool)> done)
{
    if (!m_deviceListFetches.join(jid, std::move(done))) {
        return;
    }
    auto pending = std::make_shared<int>(int(versions.size()));
    auto allFetched = std::make_shared<bool>(true);
    for (OmemoVersion version : versions) {
        m_pep->fetchDeviceList(
            version, jid, [this, version, jid, pending, allFetched](std::optional<QList<quint32>> ids) {
                if (ids) {
                    m_fetched.insert(jid);
                } else {
                    *allFetched = false;
                }
                // A failed fetch says nothing: the devices we know stay.
                QFuture<void> stored = ids
                    ? m_database->run([engine = m_engine, version, jid, ids = *ids](QSqlDatabase &) {
                          engine->store().setDeviceList(version, jid, ids);
                      })
                    : QtFuture::makeReadyVoidFuture();
                // Database jobs run in order: once the last one is stored, both are.
                if (--*pending == 0) {
                    stored.then(
                        this, [this, jid, allFetched] { m_deviceListFetches.finish(jid, *allFetched); });
                }
            });
    }
}

QFuture<std::pair<OmemoAccount::Incoming, bool>> OmemoAccount::decryptJob(
    const QXmppMessage &stanza, bool waitForKeys)
{
    QByteArray xml;
    {
        QXmlStreamWriter writer(&xml);
        stanza.toXml(&writer);
    }
    // Most messages carry no OMEMO at all: a byte search spares them two XML parses.
    static const QByteArray omemo2 = OmemoNs::omemo2.toUtf8();
    static const QByteArray legacy = OmemoNs::legacy.toUtf8();
    if (!xml.contains(omemo2) && !xml.contains(legacy)) {
        return QtFuture::makeReadyValueFuture(std::pair { Incoming {}, false });
    }
    Incoming failed;
    std::optional<OmemoElement> element;
    try {
        element = OmemoElement::fromStanzaXml(xml, OmemoVersion::Omemo2);
        if (!element) {
            element = OmemoElement::fromStanzaXml(xml, OmemoVersion::Legacy);
        }
    } catch (const OmemoError &error) {
        failed.encrypted = true;
        failed.error = error.message();
        return QtFuture::makeReadyValueFuture(std::pair { failed, false });
    }
    if (!element) {
        return QtFuture::makeReadyValueFuture(std::pair { Incoming {}, false });
    }
    failed.encrypted = true;
    failed.version = element->version;
    failed.senderDeviceId = element->senderDeviceId;
    if (!m_engine && (waitForKeys || (m_loading.isValid() && !m_loading.isFinished()))) {
        // Offline messages and catch-up pages come right after login, before the keys are loaded
        // or even before loading started (the account starts on the same signal): they wait for
        // the keys, which are local. Marked unreadable instead, a message was lost for good (the
        // soak under load lost one so). Once: a load that failed is not retried for every message.
        return load().then(this, [this, stanza] { return decryptJob(stanza, false); }).unwrap();
    }
    if (!m_engine) {
        failed.error = QStringLiteral("encryption is not set up yet on this device");
        return QtFuture::makeReadyValueFuture(std::pair { failed, false });
    }
    QString sender = QXmppUtils::jidToBareJid(stanza.from());
    if (sender.isEmpty()) {
        sender = ownBareJid();
    }
    if (sender == ownBareJid() && element->senderDeviceId == m_deviceId) {
        // Sent by this very device (an archive page brings it back): we never encrypt for
        // ourselves, and the outbox holds what we wrote. A trust message has no row to meet.
        failed.empty = true;
        return QtFuture::makeReadyValueFuture(std::pair { failed, false });
    }
    return m_database->run(
        [engine = m_engine, element = *element, own = ownBareJid(), sender, failed](QSqlDatabase &db) {
            Incoming incoming = failed;
            std::optional<OmemoMessageCipher::Decrypted> decrypted;
            try {
                // The session's step and the message's key are kept together or not at all: a
                // step without the key would refuse the copy the server delivers again.
                Transaction transaction(db);
                decrypted = OmemoMessageCipher::decrypt(*engine, element, own, sender);
                transaction.commit();
            } catch (const OmemoError &error) {
                incoming.error = error.message();
                return std::pair { incoming, false };
            } catch (const std::exception &error) {
                // A store failure must still leave a placeholder, never a lost message.
                qCWarning(lcOmemo) << "decrypting failed:" << error.what();
                incoming.error = QStringLiteral("this device could not read its keys (%1)")
                                     .arg(QString::fromUtf8(error.what()));
                return std::pair { incoming, false };
            }
            incoming.body = decrypted->body;
            incoming.trustMessage = decrypted->trustMessage;
            incoming.senderIdentity = decrypted->senderIdentity;
            incoming.empty = decrypted->empty;
            incoming.trust = decrypted->trust;
            return std::pair { incoming, decrypted->preKeyUsed };
        });
}

QFuture<OmemoAccount::Incoming> OmemoAccount::decrypt(const QXmppMessage &stanza)
{
    const QString sender = QXmppUtils::jidToBareJid(stanza.from());
    return decryptJob(stanza, true).then(this, [this, sender](const std::pair<Incoming, bool> &result) {
        decrypted(sender, result);
        return result.first;
    });
}

OmemoAccount::Incoming OmemoAccount::decryptNow(const QXmppMessage &stanza)
{
    auto job = decryptJob(stanza, false); // waits on this thread: no load may be started here
    job.waitForFinished();
    const auto result = job.result();
    decrypted(QXmppUtils::jidToBareJid(stanza.from()), result);
    return result.first;
}

void OmemoAccount::decrypted(const QString &sender, const std::pair<Incoming, bool> &result)
{
    if (result.second) {
        republishBundle(result.first.version);
    }
    const Incoming &incoming = result.first;
    if (!incoming.trustMessage.isEmpty() && incoming.error.isEmpty()) {
        Q_EMIT trustMessageReceived(
            sender.isEmpty() ? ownBareJid() : sender, incoming.senderIdentity, incoming.trustMessage);
    }
}
