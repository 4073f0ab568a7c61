// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoAtm.h"

#include <QDomDocument>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppTrustMessageElement.h>
#include <QXmppTrustMessageKeyOwner.h>

#include "omemo/OmemoAccount.h"
#include "omemo/OmemoKeyForm.h"
#include "omemo/OmemoLog.h"
#include "omemo/OmemoTrustRows.h"
#include "omemo/OmemoVersion.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace {

const auto atmUsage = QStringLiteral("urn:xmpp:atm:1");

QList<QByteArray> convertKeys(const QList<QByteArray> &keys, QByteArray (*convert)(const QByteArray &))
{
    QList<QByteArray> converted;
    for (const QByteArray &key : keys) {
        if (QByteArray c = convert(key); !c.isEmpty()) {
            converted.append(c);
        }
    }
    return converted;
}

// Applies the decisions, and then what waited for each key that became verified, and so on.
// Returns the JIDs whose keys changed.
QStringList applyAll(const QSqlDatabase &db, qint64 accountId, QList<OmemoTrustRows::Postponed> decisions)
{
    QStringList changed;
    while (!decisions.isEmpty()) {
        const OmemoTrustRows::Postponed decision = decisions.takeFirst();
        if (!OmemoTrustRows::setTrust(db, accountId, decision.owner, decision.key, decision.trust)) {
            continue;
        }
        if (!changed.contains(decision.owner)) {
            changed.append(decision.owner);
        }
        if (decision.trust == OmemoTrust::Verified) {
            decisions.append(OmemoTrustRows::takePostponed(db, accountId, decision.owner, decision.key));
        }
    }
    return changed;
}

} // namespace

OmemoAtm::OmemoAtm(OmemoAccount *omemo) : QObject(omemo), m_omemo(omemo)
{
    connect(omemo, &OmemoAccount::trustMessageReceived, this, &OmemoAtm::received);
}

QByteArray OmemoAtm::toXml(const QList<KeyOwner> &owners)
{
    QList<QXmppTrustMessageKeyOwner> keyOwners;
    for (const KeyOwner &owner : owners) {
        QXmppTrustMessageKeyOwner keyOwner;
        keyOwner.setJid(owner.jid);
        keyOwner.setTrustedKeys(convertKeys(owner.trusted, OmemoKeyForm::edFromCurve));
        keyOwner.setDistrustedKeys(convertKeys(owner.distrusted, OmemoKeyForm::edFromCurve));
        keyOwners.append(keyOwner);
    }
    QXmppTrustMessageElement element;
    element.setUsage(atmUsage);
    element.setEncryption(OmemoNs::omemo2);
    element.setKeyOwners(keyOwners);
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    element.toXml(&writer);
    return xml;
}

QList<OmemoAtm::KeyOwner> OmemoAtm::fromXml(const QByteArray &xml)
{
    QDomDocument document;
    if (!document.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing)
        || !QXmppTrustMessageElement::isTrustMessageElement(document.documentElement())) {
        return {};
    }
    QXmppTrustMessageElement element;
    element.parse(document.documentElement());
    if (element.usage() != atmUsage
        || (element.encryption() != OmemoNs::omemo2 && element.encryption() != OmemoNs::legacy)) {
        return {};
    }
    QList<KeyOwner> owners;
    const auto keyOwners = element.keyOwners();
    for (const QXmppTrustMessageKeyOwner &keyOwner : keyOwners) {
        owners.append({ keyOwner.jid(), convertKeys(keyOwner.trustedKeys(), OmemoKeyForm::curveFromEd),
            convertKeys(keyOwner.distrustedKeys(), OmemoKeyForm::curveFromEd) });
    }
    return owners;
}

void OmemoAtm::received(const QString &sender, const QByteArray &senderKey, const QByteArray &xml)
{
    // A stranger's trust message is not kept even to wait: nobody outside the roster may fill
    // our database with them.
    if (!m_omemo->isOwnOrContact(sender)) {
        qCInfo(lcOmemo) << "ignored a trust message from a stranger:" << sender;
        return;
    }
    const QList<KeyOwner> owners = fromXml(xml);
    if (owners.isEmpty() || senderKey.isEmpty()) {
        return;
    }
    const QString own = m_omemo->jid();
    m_omemo->database()
        ->run([accountId = m_omemo->accountId(), own, ownKey = m_omemo->identityKey(), sender, senderKey,
                  owners](QSqlDatabase &db) {
            QList<OmemoTrustRows::Postponed> decisions;
            for (const KeyOwner &owner : owners) {
                // Our own devices speak about anyone; a contact only about their own keys.
                if (sender != own && owner.jid != sender) {
                    qCInfo(lcOmemo) << "ignored a trust message of" << sender << "about" << owner.jid;
                    continue;
                }
                for (const QByteArray &key : owner.trusted) {
                    if (key != ownKey) {
                        decisions.append({ owner.jid, key, OmemoTrust::Verified });
                    }
                }
                for (const QByteArray &key : owner.distrusted) {
                    if (key != ownKey) {
                        decisions.append({ owner.jid, key, OmemoTrust::Distrusted });
                    }
                }
            }
            Transaction transaction(db);
            QStringList changed;
            if (OmemoTrustRows::trust(db, accountId, sender, senderKey) == OmemoTrust::Verified) {
                changed = applyAll(db, accountId, decisions);
            } else {
                OmemoTrustRows::postpone(db, accountId, sender, senderKey, decisions);
            }
            transaction.commit();
            return changed;
        })
        .then(this, [this](const QStringList &changed) { announce(changed); });
}

void OmemoAtm::decided(
    const QString &owner, const QList<QByteArray> &verified, const QList<QByteArray> &distrusted)
{
    if (verified.isEmpty() && distrusted.isEmpty()) {
        return;
    }
    struct Outcome
    {
        QStringList changed;
        QMultiHash<QString, QByteArray> verified;
        QMultiHash<QString, QByteArray> distrusted;
    };
    const QString own = m_omemo->jid();
    m_omemo->database()
        ->run([accountId = m_omemo->accountId(), owner, verified](QSqlDatabase &db) {
            Transaction transaction(db);
            QList<OmemoTrustRows::Postponed> waiting;
            for (const QByteArray &key : verified) {
                waiting.append(OmemoTrustRows::takePostponed(db, accountId, owner, key));
            }
            Outcome outcome;
            outcome.changed = applyAll(db, accountId, waiting);
            outcome.verified = OmemoTrustRows::keysWith(db, accountId, OmemoTrust::Verified);
            outcome.distrusted = OmemoTrustRows::keysWith(db, accountId, OmemoTrust::Distrusted);
            transaction.commit();
            return outcome;
        })
        .then(this, [=, this](const Outcome &outcome) {
            announce(outcome.changed);
            const KeyOwner decision { owner, verified, distrusted };
            const KeyOwner ownKeys { own, outcome.verified.values(own), outcome.distrusted.values(own) };
            if (owner != own) {
                // Our other verified devices learn of the contact's keys; the contact's verified
                // devices (the one just verified among them) learn which of ours we verified.
                if (!ownKeys.trusted.isEmpty()) {
                    send(own, { decision });
                }
                if (!verified.isEmpty() && !(ownKeys.trusted.isEmpty() && ownKeys.distrusted.isEmpty())) {
                    send(owner, { ownKeys });
                }
                return;
            }
            // Our own keys: every contact with a verified key hears of them (our own verified
            // devices get a copy of each), or only our devices when there is no such contact.
            QStringList contacts = outcome.verified.uniqueKeys();
            contacts.removeAll(own);
            for (const QString &contact : std::as_const(contacts)) {
                send(contact, { decision });
            }
            if (contacts.isEmpty() && !ownKeys.trusted.isEmpty()) {
                send(own, { decision });
            }
            // A device of ours just verified learns every decision we made.
            if (!verified.isEmpty()) {
                QStringList jids = outcome.verified.uniqueKeys() + outcome.distrusted.uniqueKeys();
                jids.removeDuplicates();
                QList<KeyOwner> all;
                for (const QString &jid : std::as_const(jids)) {
                    all.append({ jid, outcome.verified.values(jid), outcome.distrusted.values(jid) });
                }
                send(own, all);
            }
        });
}

void OmemoAtm::send(const QString &to, const QList<KeyOwner> &owners)
{
    QXmppClient *client = m_omemo->client();
    if (!m_omemo->isConnected()) {
        qCInfo(lcOmemo) << "no trust message to" << to << "while offline";
        return;
    }
    m_omemo->encryptTrustMessage(to, toXml(owners))
        .then(this, [client](const QXmppMessage &stanza) { client->sendPacket(stanza); })
        .onFailed(this, [to](const std::exception &error) {
            // No verified device to tell: nothing to do.
            qCInfo(lcOmemo) << "no trust message to" << to << ":" << error.what();
        });
}

void OmemoAtm::announce(const QStringList &changed)
{
    for (const QString &jid : changed) {
        Q_EMIT trustChanged(jid);
    }
}
