// SPDX-License-Identifier: GPL-3.0-or-later
// OmemoAccount, its sending part: whom a message is encrypted for, the sessions it needs first,
// and the stanzas that go. Kept apart so that OmemoAccount.cpp stays readable.
#include <QDomDocument>
#include <QPromise>
#include <QUuid>
#include <QXmppUtils.h>

#include "OmemoAccount.h"
#include "omemo/OmemoEngine.h"
#include "omemo/OmemoError.h"
#include "omemo/OmemoLog.h"
#include "omemo/OmemoMessageCipher.h"
#include "omemo/OmemoPep.h"
#include "storage/Database.h"

struct OmemoAccount::Sealed
{
    std::array<std::optional<OmemoElement>, 2> elements;
    int contactDevices = 0; // devices of the chat's JID that got a key
    QStringList problems; // for the log
    int untrusted = 0; // devices left out because their key is not trusted
};

namespace {

QXmppElement toQXmppElement(const QByteArray &xml)
{
    QDomDocument document;
    document.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing);
    return QXmppElement(document.documentElement());
}

} // namespace

struct OmemoAccount::Target
{
    QString jid;
    quint32 deviceId = 0;
    OmemoVersion version = OmemoVersion::Legacy;
    bool hasSession = false;
};

struct OmemoAccount::Sealing
{
    QByteArray trustMessage; // XEP-0434, into the OMEMO 2 envelope
    // Only OMEMO 2 devices whose key the user verified (XEP-0450 sends trust messages to no one else).
    bool verifiedOnly = false;
};

QFuture<QList<QXmppMessage>> OmemoAccount::encrypt(const QXmppMessage &plain)
{
    return seal(plain, {});
}

QFuture<QXmppMessage> OmemoAccount::encryptTrustMessage(const QString &to, const QByteArray &trustMessage)
{
    QXmppMessage plain;
    plain.setTo(to);
    plain.setType(QXmppMessage::Chat);
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    plain.setId(id);
    plain.setOriginId(id);
    return seal(plain, { trustMessage, true }).then([](const QList<QXmppMessage> &stanzas) {
        return stanzas.constFirst(); // OMEMO 2 only: one stanza
    });
}

QFuture<QList<QXmppMessage>> OmemoAccount::seal(const QXmppMessage &plain, const Sealing &how)
{
    auto promise = std::make_shared<QPromise<QList<QXmppMessage>>>();
    promise->start();
    auto fail = [promise](const QString &reason) {
        promise->setException(OmemoError(reason));
        promise->finish();
    };
    if (!m_engine) {
        fail(omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "encryption is not set up yet")));
        return promise->future();
    }
    const QString contact = QXmppUtils::jidToBareJid(plain.to());
    const QString own = ownBareJid();
    auto done = [=](QFuture<Sealed> future) {
        Sealed sealed;
        try {
            sealed = future.result();
        } catch (const std::exception &error) {
            fail(QString::fromUtf8(error.what()));
            return;
        }
        // Only our own devices would read it: that is not sending it.
        if (sealed.contactDevices == 0) {
            qCInfo(lcOmemo) << "no device of" << contact << "to encrypt for:" << sealed.problems;
            fail(sealed.untrusted > 0 ? omemoReason(QT_TRANSLATE_NOOP("OmemoReason",
                                            "none of the contact's devices is trusted yet: verify "
                                            "one of their keys, or trust them"))
                                      : omemoReason(QT_TRANSLATE_NOOP("OmemoReason",
                                            "the contact has no device that can be encrypted for")));
            return;
        }
        QList<QXmppMessage> stanzas;
        // OMEMO 2 first: a device of both versions (Isthmus) stores the one it can read, and the
        // other copy, with the same origin-id, is then a duplicate the store drops.
        for (OmemoVersion version : { OmemoVersion::Omemo2, OmemoVersion::Legacy }) {
            const auto &element = sealed.elements[size_t(version)];
            if (!element) {
                continue;
            }
            QXmppMessage stanza = plain;
            stanza.setBody(fallbackBody());
            stanza.setEncryptionMethodNs(version == OmemoVersion::Legacy ? OmemoNs::legacy : OmemoNs::omemo2);
            stanza.addHint(QXmppMessage::Store);
            auto extensions = stanza.extensions();
            extensions.append(toQXmppElement(element->toXml()));
            stanza.setExtensions(extensions);
            stanzas.append(stanza);
        }
        promise->addResult(stanzas);
        promise->finish();
    };
    ensureDeviceLists({ contact, own }, [=, this](bool) {
        findTargets(contact, how.verifiedOnly).then(this, [=, this](const QList<Target> &targets) {
            auto problems = std::make_shared<QStringList>();
            auto pending = std::make_shared<int>(1);
            auto sealWhenReady = [=, this] {
                if (--*pending == 0) {
                    sealFor(targets, *problems, contact, plain.body(), how).then(this, done);
                }
            };
            for (const Target &t : targets) {
                if (t.hasSession) {
                    continue;
                }
                ++*pending;
                ensureSession(t, [=](const QString &problem) {
                    if (!problem.isEmpty()) {
                        problems->append(problem);
                    }
                    sealWhenReady();
                });
            }
            sealWhenReady();
        });
    });
    return promise->future();
}

QFuture<QList<OmemoAccount::Target>> OmemoAccount::findTargets(const QString &contact, bool verifiedOnly)
{
    return m_database->run(
        [engine = m_engine, contact, own = ownBareJid(), me = m_deviceId, verifiedOnly](QSqlDatabase &) {
            QList<Target> targets;
            const QStringList jids = contact == own ? QStringList { own } : QStringList { contact, own };
            for (const QString &jid : jids) {
                const auto legacy = engine->store().deviceList(OmemoVersion::Legacy, jid);
                const auto omemo2 = engine->store().deviceList(OmemoVersion::Omemo2, jid);
                QList<quint32> all = omemo2;
                for (quint32 id : legacy) {
                    if (!all.contains(id) && !verifiedOnly) {
                        all.append(id);
                    }
                }
                for (quint32 id : all) {
                    if (jid == own && id == me) {
                        continue;
                    }
                    const OmemoVersion version
                        = omemo2.contains(id) ? OmemoVersion::Omemo2 : OmemoVersion::Legacy;
                    if (verifiedOnly
                        && engine->store().trust(jid, engine->store().identityOf(version, jid, id))
                            != OmemoTrust::Verified) {
                        continue;
                    }
                    targets.append({ jid, id, version, engine->hasSession(version, jid, id) });
                }
            }
            return targets;
        });
}

QFuture<OmemoAccount::Sealed> OmemoAccount::sealFor(const QList<Target> &targets, const QStringList &problems,
    const QString &contact, const QString &body, const Sealing &how)
{
    return m_database->run(
        [engine = m_engine, targets, problems, contact, own = ownBareJid(), body, how](QSqlDatabase &) {
            Sealed sealed;
            sealed.problems = problems;
            std::array<QList<OmemoMessageCipher::Device>, 2> devices;
            for (const Target &t : targets) {
                if (!engine->hasSession(t.version, t.jid, t.deviceId)) {
                    continue;
                }
                const QByteArray identity = engine->store().identityOf(t.version, t.jid, t.deviceId);
                if (!isTrustedForSending(engine->store().trust(t.jid, identity))) {
                    sealed.problems.append(
                        QStringLiteral("device %1 of %2 is not trusted").arg(t.deviceId).arg(t.jid));
                    ++sealed.untrusted;
                    continue;
                }
                devices[size_t(t.version)].append({ t.jid, t.deviceId });
            }
            for (OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::Omemo2 }) {
                if (devices[size_t(version)].isEmpty()) {
                    continue;
                }
                auto result = OmemoMessageCipher::encrypt(
                    *engine, version, devices[size_t(version)], body, own, contact, how.trustMessage);
                for (const auto &key : std::as_const(result.element.keys)) {
                    if (key.jid == contact) {
                        ++sealed.contactDevices;
                    }
                }
                if (!result.element.keys.isEmpty()) {
                    sealed.elements[size_t(version)] = result.element;
                }
            }
            return sealed;
        });
}

void OmemoAccount::ensureSession(const Target &t, std::function<void(const QString &)> done)
{
    // The request stays "on its way" until the session is stored, not only until the bundle came:
    // a message queued in between found no session and fetched the bundle again (a burst of 20
    // sent two requests for one device in a loaded run).
    const QString key = QStringLiteral("%1\n%2\n%3").arg(int(t.version)).arg(t.jid).arg(t.deviceId);
    if (!m_sessionBuilds.join(key, std::move(done))) {
        return;
    }
    m_pep->fetchBundle(t.version, t.jid, t.deviceId, [=, this](std::optional<OmemoBundle> bundle) {
        if (!bundle) {
            m_sessionBuilds.finish(
                key, QStringLiteral("no bundle of device %1 of %2").arg(t.deviceId).arg(t.jid));
            return;
        }
        m_database
            ->run([engine = m_engine, t, bundle = *bundle](QSqlDatabase &) {
                try {
                    if (!engine->hasSession(t.version, t.jid, t.deviceId)) {
                        engine->buildSession(t.version, t.jid, t.deviceId, bundle);
                    }
                } catch (const OmemoError &error) {
                    return error.message();
                }
                return QString();
            })
            .then(this, [this, key](const QString &problem) { m_sessionBuilds.finish(key, problem); });
    });
}
