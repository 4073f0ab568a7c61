// SPDX-License-Identifier: GPL-3.0-or-later
// Automatic trust management's parts (XEP-0450): an identity key's two spellings (Ed25519 on the
// wire, Curve25519 in our store), the XEP-0434 trust message as Kaidan (QXmpp) writes and reads
// it, carried inside the OMEMO 2 envelope, and the rows of decisions that wait for their sender's
// key (kept at most maxPostponedPerSender per sender, handed over once). The rules, with three real devices,
// are in tst_omemo_session::automaticTrustManagement.
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "omemo/OmemoAtm.h"
#include "omemo/OmemoEngine.h"
#include "omemo/OmemoKeyForm.h"
#include "omemo/OmemoTrustRows.h"
#include "omemo/SceEnvelope.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace {

// A real identity key pair's public half in both forms, made by the engine.
struct Identity
{
    QByteArray curve;
    QByteArray ed;
};

} // namespace

class OmemoAtmTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_account = 0;
    QList<Identity> m_identities;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("atm.sqlite")));
        awaitResult(m_db->open());
        m_identities = awaitResult(m_db->run([this](QSqlDatabase &db) {
            m_account = AccountRows::accountId(db, QStringLiteral("me@example.test"));
            QList<Identity> identities;
            for (const QString &jid :
                { QStringLiteral("a@example.test"), QStringLiteral("b@example.test") }) {
                OmemoEngine engine(db, AccountRows::accountId(db, jid));
                engine.setUp();
                identities.append({ engine.identityKey(), engine.identityKeyEd() });
            }
            return identities;
        }));
    }
    void cleanupTestCase() { m_db.reset(); }

    void keyFormsConvertBothWays()
    {
        for (const Identity &identity : std::as_const(m_identities)) {
            QCOMPARE(identity.curve.size(), 33);
            QCOMPARE(identity.ed.size(), 32);
            QCOMPARE(OmemoKeyForm::edFromCurve(identity.curve), identity.ed);
            QCOMPARE(OmemoKeyForm::edFromCurve(identity.curve.mid(1)), identity.ed); // without the type byte
            QCOMPARE(OmemoKeyForm::curveFromEd(identity.ed), identity.curve);
            // An Ed25519 key whose sign bit is set (python-omemo may publish one) has the same
            // Curve25519 form: that is why keys are compared in it.
            QByteArray signedEd = identity.ed;
            signedEd[31] = char(signedEd.at(31) ^ 0x80);
            QCOMPARE(OmemoKeyForm::curveFromEd(signedEd), identity.curve);
        }
        QVERIFY(OmemoKeyForm::curveFromEd(QByteArray(31, 'x')).isEmpty());
        QVERIFY(OmemoKeyForm::edFromCurve(QByteArray(33, 'x')).isEmpty()); // wrong type byte
    }

    void trustMessageRoundTrips()
    {
        const QList<OmemoAtm::KeyOwner> owners {
            { QStringLiteral("a@example.test"), { m_identities.at(0).curve }, {} },
            { QStringLiteral("b@example.test"), { m_identities.at(1).curve }, { m_identities.at(0).curve } },
        };
        const QByteArray xml = OmemoAtm::toXml(owners);
        // On the wire, as XEP-0434 and Kaidan have it: the Ed25519 key in base64.
        QVERIFY2(xml.contains("urn:xmpp:tm:1") && xml.contains("usage=\"urn:xmpp:atm:1\"")
                && xml.contains("encryption=\"urn:xmpp:omemo:2\""),
            xml.constData());
        QVERIFY2(xml.contains("<trust>" + m_identities.at(0).ed.toBase64() + "</trust>"), xml.constData());
        QCOMPARE(OmemoAtm::fromXml(xml), owners);
    }

    void readsWhatKaidanWrites()
    {
        // QXmpp 1.10's QXmppTrustMessageElement::toXml, as it sits in Kaidan's OMEMO 2 envelope.
        const QByteArray kaidan = "<trust-message xmlns=\"urn:xmpp:tm:1\" usage=\"urn:xmpp:atm:1\" "
                                  "encryption=\"urn:xmpp:omemo:2\"><key-owner jid=\"a@example.test\"><trust>"
            + m_identities.at(0).ed.toBase64() + "</trust><distrust>" + m_identities.at(1).ed.toBase64()
            + "</distrust></key-owner></trust-message>";
        const auto owners = OmemoAtm::fromXml(kaidan);
        QCOMPARE(owners.size(), 1);
        QCOMPARE(owners.at(0).jid, QStringLiteral("a@example.test"));
        QCOMPARE(owners.at(0).trusted, QList<QByteArray> { m_identities.at(0).curve });
        QCOMPARE(owners.at(0).distrusted, QList<QByteArray> { m_identities.at(1).curve });

        // Another usage, another encryption, no trust message, broken XML, a key of the wrong
        // length: nothing to apply.
        QByteArray otherUsage = kaidan;
        otherUsage.replace("urn:xmpp:atm:1", "urn:xmpp:bta:1");
        QVERIFY(OmemoAtm::fromXml(otherUsage).isEmpty());
        QByteArray otherEncryption = kaidan;
        otherEncryption.replace("urn:xmpp:omemo:2", "urn:xmpp:openpgp:0");
        QVERIFY(OmemoAtm::fromXml(otherEncryption).isEmpty());
        QVERIFY(OmemoAtm::fromXml("<body xmlns='jabber:client'>hi</body>").isEmpty());
        QVERIFY(OmemoAtm::fromXml(kaidan.left(kaidan.size() / 2)).isEmpty());
        const auto shortKey
            = OmemoAtm::fromXml("<trust-message xmlns='urn:xmpp:tm:1' usage='urn:xmpp:atm:1' "
                                "encryption='urn:xmpp:omemo:2'><key-owner jid='a@example.test'>"
                                "<trust>AAAA</trust></key-owner></trust-message>");
        QCOMPARE(shortKey.size(), 1);
        QVERIFY(shortKey.at(0).trusted.isEmpty());
    }

    void envelopeCarriesTheTrustMessage()
    {
        const QByteArray trust
            = OmemoAtm::toXml({ { QStringLiteral("a@example.test"), { m_identities.at(0).curve }, {} } });
        SceEnvelope envelope;
        envelope.trustMessage = trust;
        envelope.from = QStringLiteral("me@example.test");
        envelope.to = QStringLiteral("me@example.test");
        const QByteArray xml = envelope.toXml();
        QVERIFY2(!xml.contains("<body"), xml.constData()); // as Kaidan sends it: no body
        const SceEnvelope read = SceEnvelope::fromXml(xml);
        QVERIFY(read.body.isEmpty());
        QCOMPARE(OmemoAtm::fromXml(read.trustMessage), OmemoAtm::fromXml(trust));
        // A message with a body carries none.
        envelope.trustMessage.clear();
        envelope.body = QStringLiteral("hello");
        QVERIFY(SceEnvelope::fromXml(envelope.toXml()).trustMessage.isEmpty());
    }

    void postponedDecisionsAreBoundedAndHandedOverOnce()
    {
        const QString sender = QStringLiteral("a@example.test");
        const QByteArray senderKey = m_identities.at(0).curve;
        QList<OmemoTrustRows::Postponed> many;
        for (int i = 0; i < OmemoTrustRows::maxPostponedPerSender + 10; ++i) {
            many.append({ sender, QByteArray(1, '\x05') + QByteArray::number(i).leftJustified(32, '.'),
                OmemoTrust::Verified });
        }
        const auto [kept, again, taken, takenAgain] = awaitResult(m_db->run([&](QSqlDatabase &db) {
            const int first = OmemoTrustRows::postpone(db, m_account, sender, senderKey, many);
            // Full for the sender, whatever key it sends with next.
            const int second = OmemoTrustRows::postpone(db, m_account, sender, senderKey, many)
                + OmemoTrustRows::postpone(db, m_account, sender, m_identities.at(1).curve, many);
            const auto handed = OmemoTrustRows::takePostponed(db, m_account, sender, senderKey);
            const auto handedAgain = OmemoTrustRows::takePostponed(db, m_account, sender, senderKey);
            return std::tuple { first, second, handed, handedAgain };
        }));
        QCOMPARE(kept, OmemoTrustRows::maxPostponedPerSender);
        QCOMPARE(again, 0); // full
        QCOMPARE(taken.size(), OmemoTrustRows::maxPostponedPerSender);
        QVERIFY(takenAgain.isEmpty());
    }

    void settingTrustSaysWhetherItChanged()
    {
        const QString jid = QStringLiteral("b@example.test");
        const QByteArray key = m_identities.at(1).curve;
        const auto changes = awaitResult(m_db->run([&](QSqlDatabase &db) {
            QList<bool> steps;
            steps << OmemoTrustRows::setTrust(db, m_account, jid, key, OmemoTrust::BlindlyTrusted)
                  << OmemoTrustRows::setTrust(db, m_account, jid, key, OmemoTrust::BlindlyTrusted)
                  << OmemoTrustRows::setTrust(db, m_account, jid, key, OmemoTrust::Verified);
            steps << (OmemoTrustRows::trust(db, m_account, jid, key) == OmemoTrust::Verified)
                  << (OmemoTrustRows::keysWith(db, m_account, OmemoTrust::Verified).values(jid)
                         == QList { key });
            return steps;
        }));
        QCOMPARE(changes, (QList<bool> { true, false, true, true, true }));
    }
};

QTEST_GUILESS_MAIN(OmemoAtmTest)
#include "tst_omemo_atm.moc"
