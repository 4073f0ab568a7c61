// SPDX-License-Identifier: GPL-3.0-or-later
// The receive pipeline's OMEMO stage with stanzas injected in-process, both versions: a message
// for this device becomes its body, marked with its version; one it cannot read (not for this
// device, corrupted, no OMEMO set up) is kept as an Undecryptable message with the reason, never
// with the sender's fallback text; plaintext passes untouched, but is marked in an encrypted chat;
// a key-transport message goes no further.
#include <QDomDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppPubSubManager.h>

#include "AwaitFuture.h"
#include "messaging/ReceivedMessage.h"
#include "omemo/OmemoAccount.h"
#include "omemo/OmemoChatPolicy.h"
#include "omemo/OmemoDecryptStage.h"
#include "omemo/OmemoEngine.h"
#include "omemo/OmemoMessageCipher.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

Q_DECLARE_METATYPE(OmemoVersion)

namespace {
const QString ourJid = QStringLiteral("us@example.test");
const QString theirJid = QStringLiteral("them@example.test");
const QString fallback = QStringLiteral("This message is OMEMO encrypted.");

qint64 addAccount(Database &db, const QString &jid)
{
    return awaitResult(db.run([jid](QSqlDatabase &sql) { return AccountRows::accountId(sql, jid); }));
}

// A stanza as it comes off the wire, parsed by QXmpp (which hides an OMEMO 2 element away).
QXmppMessage wireStanza(const QByteArray &encryptedXml)
{
    QDomDocument document;
    document.setContent("<message xmlns='jabber:client' type='chat' id='s1' from='" + theirJid.toUtf8()
            + "/phone' to='" + ourJid.toUtf8() + "'><body>" + fallback.toUtf8() + "</body>" + encryptedXml
            + "</message>",
        QDomDocument::ParseOption::UseNamespaceProcessing);
    QXmppMessage message;
    message.parse(document.documentElement());
    return message;
}
} // namespace

class OmemoDecryptStageTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QXmppClient m_client;
    std::unique_ptr<OmemoAccount> m_omemo;
    std::shared_ptr<OmemoEngine> m_them; // the sender, in the same database under its own account
    qint64 m_ourAccount = 0;

    ReceivedMessage received(const QXmppMessage &stanza)
    {
        ReceivedMessage r { stanza, {}, {} };
        r.message.account = ourJid;
        r.message.chatJid = theirJid;
        r.message.body = stanza.body();
        return r;
    }
    // Encrypted by them for `deviceId` of ours (after starting a session from our bundle).
    OmemoElement encryptFor(OmemoVersion version, quint32 deviceId, const QString &body)
    {
        return awaitResult(
            m_db->run([them = m_them, account = m_ourAccount, version, deviceId, body](QSqlDatabase &db) {
                OmemoEngine ours(db, account);
                ours.setUp();
                if (!them->hasSession(version, ourJid, ours.deviceId()))
                    them->buildSession(version, ourJid, ours.deviceId(), ours.ownBundle(version));
                return OmemoMessageCipher::encrypt(
                    *them, version, { { ourJid, deviceId } }, body, theirJid, ourJid)
                    .element;
            }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("stage.sqlite")));
        awaitResult(m_db->open());
        m_ourAccount = addAccount(*m_db, ourJid);
        const qint64 theirAccount = addAccount(*m_db, theirJid);
        m_them = awaitResult(m_db->run([theirAccount](QSqlDatabase &db) {
            auto engine = std::make_shared<OmemoEngine>(db, theirAccount);
            engine->setUp();
            return engine;
        }));
        m_client.configuration().setJid(ourJid + QStringLiteral("/desktop"));
        m_client.addExtension(new QXmppPubSubManager);
        m_omemo = std::make_unique<OmemoAccount>(&m_client, m_db.get(), m_ourAccount);
        m_omemo->start(); // offline: publishing fails, the engine is there all the same
        QVERIFY(QTest::qWaitFor([this] { return m_omemo->deviceId() != 0; }, 10000));
    }
    void cleanupTestCase()
    {
        m_omemo.reset();
        awaitResult(m_db->run([them = std::move(m_them)](QSqlDatabase &) mutable { them.reset(); }));
    }

    void versions_data()
    {
        QTest::addColumn<OmemoVersion>("version");
        QTest::newRow("legacy") << OmemoVersion::Legacy;
        QTest::newRow("OMEMO 2") << OmemoVersion::Omemo2;
    }

    void decryptsForThisDevice_data() { versions_data(); }
    void decryptsForThisDevice()
    {
        QFETCH(OmemoVersion, version);
        OmemoDecryptStage stage(
            [this](const QString &jid) { return jid == ourJid ? m_omemo.get() : nullptr; });
        auto message = received(
            wireStanza(encryptFor(version, m_omemo->deviceId(), QStringLiteral("secret")).toXml()));
        QVERIFY(stage.process(message));
        QCOMPARE(message.message.body, QStringLiteral("secret"));
        QCOMPARE(message.message.kind, MessageKind::Text);
        QCOMPARE(message.message.encryption,
            version == OmemoVersion::Omemo2 ? MessageEncryption::Omemo2 : MessageEncryption::OmemoLegacy);
    }

    // A message that comes before the account started loading its keys (a catch-up page right
    // after login) waits for them instead of being stored as unreadable: the soak lost one so.
    void aMessageBeforeTheKeysAreLoadedWaitsForThem_data() { versions_data(); }
    void aMessageBeforeTheKeysAreLoadedWaitsForThem()
    {
        QFETCH(OmemoVersion, version);
        QXmppClient client;
        client.configuration().setJid(ourJid + QStringLiteral("/desktop"));
        client.addExtension(new QXmppPubSubManager);
        OmemoAccount notStarted(&client, m_db.get(), m_ourAccount); // the same identity, from the database
        QVERIFY(!notStarted.isLoaded());
        OmemoDecryptStage stage([&notStarted](const QString &) { return &notStarted; });
        auto message = std::make_shared<ReceivedMessage>(
            received(wireStanza(encryptFor(version, m_omemo->deviceId(), QStringLiteral("early")).toXml())));
        QVERIFY(awaitResult(stage.processAsync(message)));
        QCOMPARE(message->message.errorText, QString());
        QCOMPARE(message->message.kind, MessageKind::Text);
        QCOMPARE(message->message.body, QStringLiteral("early"));
    }

    void notForThisDeviceIsAPlaceholder_data() { versions_data(); }
    void notForThisDeviceIsAPlaceholder()
    {
        QFETCH(OmemoVersion, version);
        OmemoDecryptStage stage([this](const QString &) { return m_omemo.get(); });
        encryptFor(version, m_omemo->deviceId(), QStringLiteral("warm-up")); // a session exists
        OmemoElement element = encryptFor(version, m_omemo->deviceId(), QStringLiteral("for another device"));
        element.keys[0].deviceId += 1; // addressed to a device id that is not ours
        auto message = received(wireStanza(element.toXml()));
        QVERIFY2(stage.process(message), "never dropped");
        QCOMPARE(message.message.kind, MessageKind::Undecryptable);
        QCOMPARE(message.message.errorText, QStringLiteral("the message was not encrypted for this device"));
        QVERIFY2(message.message.body.isEmpty(), "never the sender's fallback text");
    }

    void corruptedPayloadIsAPlaceholder_data() { versions_data(); }
    void corruptedPayloadIsAPlaceholder()
    {
        QFETCH(OmemoVersion, version);
        OmemoDecryptStage stage([this](const QString &) { return m_omemo.get(); });
        OmemoElement element = encryptFor(version, m_omemo->deviceId(), QStringLiteral("soon corrupted"));
        element.payload[1] = char(element.payload[1] ^ 0x10);
        auto message = received(wireStanza(element.toXml()));
        QVERIFY(stage.process(message));
        QCOMPARE(message.message.kind, MessageKind::Undecryptable);
        QVERIFY2(message.message.errorText.contains(QStringLiteral("corrupted")),
            qPrintable(message.message.errorText));
        QVERIFY(message.message.body.isEmpty());
    }

    void malformedElementIsAPlaceholder()
    {
        OmemoDecryptStage stage([this](const QString &) { return m_omemo.get(); });
        auto message = received(
            wireStanza("<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='x'/></encrypted>"));
        QVERIFY(stage.process(message));
        QCOMPARE(message.message.kind, MessageKind::Undecryptable);
        QVERIFY(!message.message.errorText.isEmpty());
    }

    void plaintextPassesUntouched()
    {
        OmemoDecryptStage stage([this](const QString &) { return m_omemo.get(); });
        auto message = received(wireStanza({}));
        QVERIFY(stage.process(message));
        QCOMPARE(message.message.body, fallback);
        QCOMPARE(message.message.encryption, MessageEncryption::None);
    }

    // The same plaintext once the chat is encrypted: kept, and marked as unencrypted.
    void plaintextInAnEncryptedChatIsMarked()
    {
        OmemoDecryptStage stage([this](const QString &) { return m_omemo.get(); });
        awaitResult(m_db->run(
            [this](QSqlDatabase &db) { OmemoChatPolicy::setChoice(db, m_ourAccount, theirJid, true); }));
        auto message = received(wireStanza({}));
        QVERIFY(stage.process(message));
        QCOMPARE(message.message.body, fallback);
        QCOMPARE(message.message.encryption, MessageEncryption::PlainInEncryptedChat);
        awaitResult(m_db->run([this](QSqlDatabase &db) {
            OmemoChatPolicy::setChoice(db, m_ourAccount, theirJid, std::nullopt);
        }));
    }

    void withoutOmemoTheFallbackIsNotShown()
    {
        OmemoDecryptStage stage([](const QString &) { return nullptr; });
        QXmppMessage stanza
            = wireStanza(encryptFor(OmemoVersion::Legacy, m_omemo->deviceId(), QStringLiteral("x")).toXml());
        stanza.setEncryptionMethodNs(OmemoNs::legacy);
        auto message = received(stanza);
        QVERIFY(stage.process(message));
        QCOMPARE(message.message.kind, MessageKind::Undecryptable);
        QVERIFY(message.message.errorText.contains(QStringLiteral("not set up")));
        QVERIFY(message.message.body.isEmpty());
    }

    void keyTransportGoesNoFurther()
    {
        OmemoDecryptStage stage([this](const QString &) { return m_omemo.get(); });
        OmemoElement element = encryptFor(OmemoVersion::Omemo2, m_omemo->deviceId(), QStringLiteral("x"));
        element.payload.clear();
        auto message = received(wireStanza(element.toXml()));
        QVERIFY(!stage.process(message));
    }
};

QTEST_GUILESS_MAIN(OmemoDecryptStageTest)
#include "tst_omemo_decrypt_stage.moc"
