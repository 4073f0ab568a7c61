// SPDX-License-Identifier: GPL-3.0-or-later
// Two OMEMO engines in one process, each with its own database, talking in both versions: the
// first pre-key message, three messages before the first reply, a reply, a restart, and the bad
// input a stage must turn into a reason (no key for us, corruption, replay, a forged envelope).
#include <memory>

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "omemo/OmemoEngine.h"
#include "omemo/OmemoError.h"
#include "omemo/OmemoMessageCipher.h"
#include "omemo/OmemoPayload.h"
#include "omemo/SceEnvelope.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

Q_DECLARE_METATYPE(OmemoVersion)

namespace {

// One side: a database on its own thread and an engine used only from jobs on that thread.
class Side
{
public:
    Side(const QString &path, QString jid) : m_db(std::make_unique<Database>(path)), m_jid(std::move(jid))
    {
        awaitResult(m_db->open());
        m_engine = awaitResult(m_db->run([jid = m_jid](QSqlDatabase &sql) {
            auto engine = std::make_shared<OmemoEngine>(sql, AccountRows::accountId(sql, jid));
            engine->setUp();
            return engine;
        }));
    }
    ~Side()
    {
        // The engine dies on the database thread, where its store was used.
        awaitResult(m_db->run([engine = std::move(m_engine)](QSqlDatabase &) mutable { engine.reset(); }));
    }

    template<typename Job> auto on(Job job)
    {
        return awaitResult(m_db->run([engine = m_engine, job](QSqlDatabase &) { return job(*engine); }));
    }
    const QString &jid() const { return m_jid; }
    quint32 deviceId()
    {
        return on([](OmemoEngine &e) { return e.deviceId(); });
    }

    // Starts a session with `peer`'s device from its published bundle.
    void meet(Side &peer, OmemoVersion version)
    {
        const OmemoBundle bundle = peer.on([version](OmemoEngine &e) { return e.ownBundle(version); });
        const quint32 device = peer.deviceId();
        on([&](OmemoEngine &e) {
            e.buildSession(version, peer.jid(), device, bundle);
            return 0;
        });
    }
    OmemoElement send(Side &peer, OmemoVersion version, const QString &body)
    {
        const quint32 device = peer.deviceId();
        auto result = on([&](OmemoEngine &e) {
            return OmemoMessageCipher::encrypt(
                e, version, { { peer.jid(), device } }, body, m_jid, peer.jid());
        });
        return result.element;
    }
    // The decrypted body, or "error: <reason>".
    QString receive(const Side &from, const OmemoElement &element)
    {
        return on([&](OmemoEngine &e) {
            try {
                return OmemoMessageCipher::decrypt(e, element, m_jid, from.jid()).body;
            } catch (const OmemoError &error) {
                return QStringLiteral("error: ") + error.message();
            }
        });
    }

private:
    std::unique_ptr<Database> m_db;
    std::shared_ptr<OmemoEngine> m_engine;
    QString m_jid;
};

} // namespace

class OmemoEngineTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString path() { return m_dir.filePath(QStringLiteral("omemo%1.sqlite").arg(++m_counter)); }

private Q_SLOTS:
    void bothVersions_data()
    {
        QTest::addColumn<OmemoVersion>("version");
        QTest::newRow("legacy 0.3") << OmemoVersion::Legacy;
        QTest::newRow("OMEMO 2") << OmemoVersion::Omemo2;
    }

    void bundleHasTheFormsOfItsNamespace_data() { bothVersions_data(); }
    void bundleHasTheFormsOfItsNamespace()
    {
        QFETCH(OmemoVersion, version);
        Side alice(path(), QStringLiteral("alice@example.test"));
        const OmemoBundle bundle = alice.on([version](OmemoEngine &e) { return e.ownBundle(version); });
        const int keySize = version == OmemoVersion::Legacy ? 33 : 32;
        QCOMPARE(bundle.identityKey.size(), keySize);
        QCOMPARE(bundle.signedPreKey.size(), keySize);
        QCOMPARE(bundle.signedPreKeySignature.size(), 64);
        QCOMPARE(bundle.preKeys.size(), OmemoEngine::preKeyTarget);
        QCOMPARE(bundle.preKeys.first().size(), keySize);
        // One identity serves both versions: the trust key is the 33-byte Curve25519 form.
        const QByteArray trustKey = alice.on([](OmemoEngine &e) { return e.identityKey(); });
        QCOMPARE(trustKey.size(), 33);
        if (version == OmemoVersion::Legacy) {
            QCOMPARE(bundle.identityKey, trustKey);
        }
    }

    void threeMessagesBeforeTheFirstReply_data() { bothVersions_data(); }
    void threeMessagesBeforeTheFirstReply()
    {
        QFETCH(OmemoVersion, version);
        Side alice(path(), QStringLiteral("alice@example.test"));
        Side bob(path(), QStringLiteral("bob@example.test"));
        alice.meet(bob, version);

        QList<OmemoElement> sent;
        for (int i = 1; i <= 3; ++i) {
            sent.append(alice.send(bob, version, QStringLiteral("before reply %1").arg(i)));
            // Every message until the reply carries the key exchange, so any of them starts
            // Bob's session (QXmpp 1.10.3 marks only the first: its peers lose the rest).
            QVERIFY2(sent.last().keys.value(0).keyExchange, qPrintable(QString::number(i)));
        }
        // Delivered out of order: the third first.
        QCOMPARE(bob.receive(alice, sent[2]), QStringLiteral("before reply 3"));
        QCOMPARE(bob.receive(alice, sent[0]), QStringLiteral("before reply 1"));
        QCOMPARE(bob.receive(alice, sent[1]), QStringLiteral("before reply 2"));

        const OmemoElement reply = bob.send(alice, version, QStringLiteral("the reply"));
        QVERIFY(!reply.keys.value(0).keyExchange);
        QCOMPARE(alice.receive(bob, reply), QStringLiteral("the reply"));
        const OmemoElement after = alice.send(bob, version, QStringLiteral("after the reply"));
        QVERIFY2(!after.keys.value(0).keyExchange, "a reply acknowledges the session");
        QCOMPARE(bob.receive(alice, after), QStringLiteral("after the reply"));
    }

    // The server delivers again what an app killed between decrypting and storing never
    // acknowledged: that copy opens with the key kept for it, not refused as a replay (the soak
    // lost messages so). Once the key is dropped, a copy is refused.
    void aCopyOfADecryptedMessageOpensAgain_data() { bothVersions_data(); }
    void aCopyOfADecryptedMessageOpensAgain()
    {
        QFETCH(OmemoVersion, version);
        Side alice(path(), QStringLiteral("alice@example.test"));
        Side bob(path(), QStringLiteral("bob@example.test"));
        alice.meet(bob, version);
        const OmemoElement first = alice.send(bob, version, QStringLiteral("once"));
        QCOMPARE(bob.receive(alice, first), QStringLiteral("once"));
        QCOMPARE(bob.receive(alice, first), QStringLiteral("once"));
        const OmemoElement second = alice.send(bob, version, QStringLiteral("twice"));
        QCOMPARE(bob.receive(alice, second), QStringLiteral("twice"));
        QCOMPARE(bob.receive(alice, second), QStringLiteral("twice"));
        const qint64 later = QDateTime::currentSecsSinceEpoch() + 1;
        QCOMPARE(bob.on([later](OmemoEngine &e) { return e.store().dropMessageKeys(later); }), 2);
        QVERIFY(bob.receive(alice, first).startsWith(QStringLiteral("error: ")));
        QVERIFY(bob.receive(alice, second).startsWith(QStringLiteral("error: ")));
        // The used pre-key is gone from the store and the bundle is topped up again.
        const auto count = bob.on([version](OmemoEngine &e) { return e.store().preKeys(version).size(); });
        QCOMPARE(count, OmemoEngine::preKeyTarget - 1);
        // Out of the bundle but kept for late copies of its message, until the grace period ends.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QCOMPARE(bob.on([now](OmemoEngine &e) { return e.store().dropUsedPreKeys(now - 3600); }), 0);
        QCOMPARE(bob.on([now](OmemoEngine &e) { return e.store().dropUsedPreKeys(now + 1); }), 1);
        QCOMPARE(bob.on([version](OmemoEngine &e) { return e.replenishPreKeys(version); }), 1);
    }

    void badInputGivesAReason_data() { bothVersions_data(); }
    void badInputGivesAReason()
    {
        QFETCH(OmemoVersion, version);
        Side alice(path(), QStringLiteral("alice@example.test"));
        Side bob(path(), QStringLiteral("bob@example.test"));
        Side carol(path(), QStringLiteral("carol@example.test"));
        alice.meet(bob, version);
        alice.meet(carol, version);

        // For Carol only: Bob has no key in it.
        const OmemoElement forCarol = alice.send(carol, version, QStringLiteral("for carol"));
        QCOMPARE(bob.receive(alice, forCarol),
            QStringLiteral("error: the message was not encrypted for this device"));

        OmemoElement corrupted = alice.send(bob, version, QStringLiteral("soon corrupted"));
        corrupted.payload[0] = char(corrupted.payload[0] ^ 1);
        QVERIFY(bob.receive(alice, corrupted).contains(QStringLiteral("corrupted")));

        OmemoElement brokenKey = alice.send(bob, version, QStringLiteral("broken key"));
        // In the middle: the ciphertext or its MAC (a legacy pre-key message ends with unauthenticated ids).
        brokenKey.keys[0].data[brokenKey.keys[0].data.size() / 2] ^= 0x40;
        QVERIFY(bob.receive(alice, brokenKey).startsWith(QStringLiteral("error: ")));
    }

    void forgedEnvelopeSenderIsRefused()
    {
        Side alice(path(), QStringLiteral("alice@example.test"));
        Side bob(path(), QStringLiteral("bob@example.test"));
        alice.meet(bob, OmemoVersion::Omemo2);
        const quint32 bobDevice = bob.deviceId();
        // Alice's device, but an envelope claiming to come from mallory.
        const OmemoElement forged = alice.on([&](OmemoEngine &e) {
            const auto sealed = OmemoPayload::sealOmemo2(SceEnvelope { QStringLiteral("hi"),
                QStringLiteral("mallory@example.test"), bob.jid(), {},
                {} }.toXml());
            OmemoElement element;
            element.version = OmemoVersion::Omemo2;
            element.senderDeviceId = e.deviceId();
            element.payload = sealed.payload;
            const auto key = e.encryptKey(OmemoVersion::Omemo2, bob.jid(), bobDevice, sealed.keyMaterial);
            element.keys.append({ bob.jid(), bobDevice, key.keyExchange, key.data });
            return element;
        });
        QVERIFY(bob.receive(alice, forged).contains(QStringLiteral("names another sender")));
    }

    void sessionsSurviveARestart_data() { bothVersions_data(); }
    void sessionsSurviveARestart()
    {
        QFETCH(OmemoVersion, version);
        const QString alicePath = path();
        const QString bobPath = path();
        quint32 aliceDevice = 0;
        OmemoElement pending;
        {
            Side alice(alicePath, QStringLiteral("alice@example.test"));
            Side bob(bobPath, QStringLiteral("bob@example.test"));
            aliceDevice = alice.deviceId();
            alice.meet(bob, version);
            QCOMPARE(bob.receive(alice, alice.send(bob, version, QStringLiteral("hello"))),
                QStringLiteral("hello"));
            pending = bob.send(alice, version, QStringLiteral("sent before the restart"));
        }
        Side alice(alicePath, QStringLiteral("alice@example.test"));
        Side bob(bobPath, QStringLiteral("bob@example.test"));
        QCOMPARE(alice.deviceId(), aliceDevice);
        QCOMPARE(alice.receive(bob, pending), QStringLiteral("sent before the restart"));
        QCOMPARE(
            bob.receive(alice, alice.send(bob, version, QStringLiteral("after"))), QStringLiteral("after"));
    }

    void elementRoundTripsThroughXml_data() { bothVersions_data(); }
    void elementRoundTripsThroughXml()
    {
        QFETCH(OmemoVersion, version);
        Side alice(path(), QStringLiteral("alice@example.test"));
        Side bob(path(), QStringLiteral("bob@example.test"));
        alice.meet(bob, version);
        const OmemoElement element = alice.send(bob, version, QStringLiteral("through XML"));
        const QByteArray stanza
            = "<message xmlns='jabber:client' from='alice@example.test/a' to='bob@example.test'>"
            + element.toXml() + "<body>fallback</body></message>";
        const auto parsed = OmemoElement::fromStanzaXml(stanza, version);
        QVERIFY(parsed);
        QCOMPARE(parsed->senderDeviceId, element.senderDeviceId);
        QCOMPARE(parsed->keys.size(), 1);
        QCOMPARE(parsed->keys[0].keyExchange, true);
        QCOMPARE(bob.receive(alice, *parsed), QStringLiteral("through XML"));
        // The other namespace is not this one.
        const auto other = version == OmemoVersion::Legacy ? OmemoVersion::Omemo2 : OmemoVersion::Legacy;
        QVERIFY(!OmemoElement::fromStanzaXml(stanza, other));
        // Malformed: a header without a sender device.
        QVERIFY_THROWS_EXCEPTION(OmemoError,
            OmemoElement::fromStanzaXml(QByteArray("<message xmlns='jabber:client'><encrypted xmlns='")
                    + (version == OmemoVersion::Legacy ? OmemoNs::legacy : OmemoNs::omemo2).toLatin1()
                    + "'><header/></encrypted></message>",
                version));
    }

    void newKeyAfterVerificationIsNotTrusted()
    {
        Side alice(path(), QStringLiteral("alice@example.test"));
        Side bob(path(), QStringLiteral("bob@example.test"));
        Side bob2(path(), QStringLiteral("bob@example.test")); // Bob's second device
        alice.meet(bob, OmemoVersion::Omemo2);
        const QByteArray bobKey = bob.on([](OmemoEngine &e) { return e.identityKey(); });
        QCOMPARE(alice.on([&](OmemoEngine &e) { return e.store().trust(bob.jid(), bobKey); }),
            OmemoTrust::BlindlyTrusted);
        alice.on([&](OmemoEngine &e) {
            e.store().setTrust(bob.jid(), bobKey, OmemoTrust::Verified);
            return 0;
        });
        alice.meet(bob2, OmemoVersion::Omemo2);
        const QByteArray bob2Key = bob2.on([](OmemoEngine &e) { return e.identityKey(); });
        QCOMPARE(alice.on([&](OmemoEngine &e) { return e.store().trust(bob.jid(), bob2Key); }),
            OmemoTrust::Undecided);
        QVERIFY(!isTrustedForSending(
            alice.on([&](OmemoEngine &e) { return e.store().trust(bob.jid(), bob2Key); })));
        QVERIFY(alice.on([&](OmemoEngine &e) { return e.store().hasVerifiedKey(bob.jid()); }));
    }

    // What the chat's new-device line is made from: devices new to the JID in either namespace,
    // none for the first list of a namespace (what the contact had before we looked).
    void deviceListReportsAddedDevices()
    {
        Side alice(path(), QStringLiteral("alice@example.test"));
        const QString bob = QStringLiteral("bob@example.test");
        auto set = [&](OmemoVersion version, QList<quint32> ids) {
            return alice.on([&](OmemoEngine &e) { return e.store().setDeviceList(version, bob, ids); });
        };
        QCOMPARE(set(OmemoVersion::Legacy, { 11, 12 }), QList<quint32>());
        QCOMPARE(set(OmemoVersion::Legacy, { 11, 12 }), QList<quint32>());
        QCOMPARE(set(OmemoVersion::Legacy, { 11, 12, 13 }), QList<quint32> { 13 });
        // OMEMO 2's first list: nothing new, although 21 was never seen.
        QCOMPARE(set(OmemoVersion::Omemo2, { 11, 21 }), QList<quint32>());
        // A legacy device that also speaks OMEMO 2 now is the same device.
        QCOMPARE(set(OmemoVersion::Omemo2, { 11, 21, 12, 22 }), QList<quint32> { 22 });
        // One that left and came back is not new.
        QCOMPARE(set(OmemoVersion::Legacy, { 11 }), QList<quint32>());
        QCOMPARE(set(OmemoVersion::Legacy, { 11, 13 }), QList<quint32>());
        QCOMPARE(alice.on([&](OmemoEngine &e) { return e.store().deviceList(OmemoVersion::Legacy, bob); }),
            (QList<quint32> { 11, 13 }));
    }
};

QTEST_GUILESS_MAIN(OmemoEngineTest)
#include "tst_omemo_engine.moc"
