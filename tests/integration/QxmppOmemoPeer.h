// SPDX-License-Identifier: GPL-3.0-or-later
// Kaidan's OMEMO as a test peer: QXmpp 1.10's own QXmppOmemoManager (OMEMO 2) with its automatic
// trust management, QXmppAtmManager (XEP-0450), over memory storage, on a plain test client. An
// implementation we did not write, for the trust messages both ways.
#pragma once

#include <Omemo/QXmppOmemoManager.h>
#include <Omemo/QXmppOmemoMemoryStorage.h>
#include <optional>

#include <QTest>
#include <QXmppAtmManager.h>
#include <QXmppAtmTrustMemoryStorage.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>

#include "XmppTestClient.h"

class QxmppOmemoPeer
{
public:
    static inline const QString omemo2 = QStringLiteral("urn:xmpp:omemo:2");

    QxmppOmemoPeer()
    {
        QXmppClient *client = m_xmpp.client();
        client->addExtension(new QXmppPubSubManager);
        m_atm = new QXmppAtmManager(&m_trust);
        client->addExtension(m_atm);
        m_omemo = new QXmppOmemoManager(&m_storage);
        client->addExtension(m_omemo);
        client->setEncryptionExtension(m_omemo);
    }

    XmppTestClient &xmpp() { return m_xmpp; }
    QXmppAtmManager *atm() { return m_atm; }

    // Once connected: our device and bundle published, as Kaidan does at its first login.
    // Kaidan's policy: trust on first use until a key of the contact is authenticated (TOAKAFA).
    bool start()
    {
        return waitVoid(m_omemo->setSecurityPolicy(QXmpp::Toakafa)) && wait(m_omemo->load()).has_value()
            && wait(m_omemo->setUp()).value_or(false);
    }
    // Our identity key as XEP-0450 names it (Ed25519).
    QByteArray key() { return m_omemo->ownDevice().keyId(); }

    // An OMEMO 2 message to `to`'s devices and our own other ones, as Kaidan sends it once the
    // chat is open (it asks for the contact's device lists then).
    bool sendEncrypted(const QString &to, const QString &body)
    {
        if (!wait(m_omemo->requestDeviceLists({ to }))) {
            return false;
        }
        QXmppMessage message;
        message.setTo(to);
        message.setType(QXmppMessage::Chat);
        message.setBody(body);
        const auto result = wait(m_xmpp.client()->sendSensitive(std::move(message)));
        if (result && std::holds_alternative<QXmppError>(*result)) {
            qWarning() << "QXmpp did not send:" << std::get<QXmppError>(*result).description;
        }
        return result && std::holds_alternative<QXmpp::SendSuccess>(*result);
    }
    // The user authenticated the keys of `owner` (Kaidan's QR code or fingerprint check).
    bool authenticate(const QString &owner, const QList<QByteArray> &keys)
    {
        return waitVoid(m_atm->makeTrustDecisions(omemo2, owner, keys, {}));
    }
    QXmpp::TrustLevel trustLevel(const QString &owner, const QByteArray &key)
    {
        return wait(m_atm->trustLevel(omemo2, owner, key)).value_or(QXmpp::TrustLevel::Undecided);
    }

private:
    template<typename T> std::optional<T> wait(QXmppTask<T> task, int timeoutMs = 20000)
    {
        auto result = std::make_shared<std::optional<T>>();
        task.then(m_xmpp.client(), [result](T &&value) { *result = std::move(value); });
        (void)QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs); // empty when it timed out
        return *result;
    }
    bool waitVoid(QXmppTask<void> task, int timeoutMs = 20000)
    {
        auto done = std::make_shared<bool>(false);
        task.then(m_xmpp.client(), [done] { *done = true; });
        return QTest::qWaitFor([&] { return *done; }, timeoutMs);
    }

    // Before the client, whose managers use them until it goes.
    QXmppOmemoMemoryStorage m_storage;
    QXmppAtmTrustMemoryStorage m_trust;
    XmppTestClient m_xmpp;
    QXmppAtmManager *m_atm;
    QXmppOmemoManager *m_omemo;
};
