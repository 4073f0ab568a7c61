// SPDX-License-Identifier: GPL-3.0-or-later
// OMEMO with implementations we did not write, through a real Prosody: slixmpp-omemo as a
// legacy-only device (what Conversations, Dino and Gajim speak) and python-omemo's twomemo as an
// OMEMO 2-only device (what Kaidan speaks), each in both directions: the first pre-key message,
// three messages sent before the first reply (all read), the reply, and a message after it.
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppPubSubManager.h>
#include <QXmppUtils.h>

#include "AwaitFuture.h"
#include "OmemoPeerProcess.h"
#include "ProsodyServer.h"
#include "XmppTestClient.h"
#include "omemo/OmemoAccount.h"
#include "omemo/OmemoElement.h"
#include "omemo/OmemoError.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace {
const QString password = QStringLiteral("omemo-interop");

QByteArray xmlOf(const QXmppMessage &stanza)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    stanza.toXml(&writer);
    return xml;
}

// Our side: a QXmpp client, the database thread and the OMEMO engine over it.
class OurDevice
{
public:
    OurDevice(const QString &dbPath, const QString &jid) : m_database(dbPath), m_jid(jid)
    {
        awaitResult(m_database.open());
        m_accountId = awaitResult(
            m_database.run([jid](QSqlDatabase &db) { return AccountRows::accountId(db, jid); }));
        m_client.client()->addExtension(new QXmppPubSubManager);
        m_omemo = std::make_unique<OmemoAccount>(m_client.client(), &m_database, m_accountId);
        QObject::connect(
            m_client.client(), &QXmppClient::messageReceived, m_omemo.get(), [this](const QXmppMessage &m) {
                if (qEnvironmentVariableIsSet("OMEMO_INTEROP_TRACE"))
                    qWarning("received %s", xmlOf(m).left(600).constData());
                m_omemo->decrypt(m).then(m_omemo.get(), [this](const OmemoAccount::Incoming &incoming) {
                    if (incoming.encrypted)
                        m_incoming.append(incoming);
                });
            });
    }
    bool connectAndStart(const ProsodyServer &server)
    {
        if (!m_client.connectTo(m_jid, password, server.address(), server.clientPort()))
            return false;
        m_omemo->start();
        return QTest::qWaitFor([this] { return m_omemo->isReady(); }, 20000);
    }
    // Encrypts and sends; returns the stanzas as sent (empty on failure, with the reason in m_error).
    QList<QXmppMessage> send(const QString &to, const QString &body, const QString &id)
    {
        QXmppMessage plain(QString(), to, body);
        plain.setType(QXmppMessage::Chat);
        plain.setId(id);
        plain.setOriginId(id);
        auto future = m_omemo->encrypt(plain);
        if (!awaitFuture(future, 30000))
            return {};
        QList<QXmppMessage> stanzas;
        try {
            stanzas = future.result();
        } catch (const OmemoError &error) {
            m_error = error.message();
            return {};
        }
        for (const QXmppMessage &stanza : stanzas)
            m_client.client()->sendPacket(stanza);
        return stanzas;
    }
    bool hasBody(const QString &body) const
    {
        return std::any_of(m_incoming.cbegin(), m_incoming.cend(),
            [&](const OmemoAccount::Incoming &m) { return m.body == body && m.error.isEmpty(); });
    }
    QString report() const
    {
        QStringList lines;
        for (const auto &m : m_incoming)
            lines.append(
                m.error.isEmpty() ? QStringLiteral("body: ") + m.body : QStringLiteral("error: ") + m.error);
        return lines.join(u'\n');
    }
    const QString &jid() const { return m_jid; }
    const QString &error() const { return m_error; }
    quint32 deviceId() const { return m_omemo->deviceId(); }

private:
    Database m_database;
    QString m_jid;
    qint64 m_accountId = 0;
    XmppTestClient m_client;
    std::unique_ptr<OmemoAccount> m_omemo;
    QList<OmemoAccount::Incoming> m_incoming;
    QString m_error;
};

} // namespace

class OmemoInteropTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dir;
    int m_accounts = 0;

    std::pair<QString, QString> newPair()
    {
        ++m_accounts;
        const QString us = QStringLiteral("us%1").arg(m_accounts);
        const QString them = QStringLiteral("them%1").arg(m_accounts);
        m_server.createAccount(us, password);
        m_server.createAccount(them, password);
        return { us + u'@' + m_server.domain(), them + u'@' + m_server.domain() };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void peerVersions_data()
    {
        QTest::addColumn<QString>("versions");
        QTest::addColumn<QString>("ns");
        QTest::newRow("slixmpp-omemo, legacy only")
            << QStringLiteral("legacy") << QStringLiteral("eu.siacs.conversations.axolotl");
        QTest::newRow("twomemo, OMEMO 2 only")
            << QStringLiteral("omemo2") << QStringLiteral("urn:xmpp:omemo:2");
    }

    void weSendThreeBeforeTheFirstReply_data() { peerVersions_data(); }
    void weSendThreeBeforeTheFirstReply()
    {
        QFETCH(QString, versions);
        QFETCH(QString, ns);
        const auto [usJid, themJid] = newPair();
        OmemoPeerProcess them;
        QVERIFY(them.start(
            m_server, themJid, password, m_dir.filePath(themJid + QStringLiteral(".json")), versions));
        OurDevice us(m_dir.filePath(usJid + QStringLiteral(".sqlite")), usJid);
        QVERIFY(us.connectAndStart(m_server));

        for (int i = 1; i <= 3; ++i) {
            const auto stanzas = us.send(
                themJid, QStringLiteral("before the reply %1").arg(i), QStringLiteral("pre-%1").arg(i));
            QVERIFY2(stanzas.size() == 1, qPrintable(us.error()));
            const auto version = ns == u"urn:xmpp:omemo:2" ? OmemoVersion::Omemo2 : OmemoVersion::Legacy;
            const auto element = OmemoElement::fromStanzaXml(xmlOf(stanzas[0]), version);
            QVERIFY2(element, "the stanza carries the version the peer's device has");
            const auto *key = element->keyFor(themJid, them.deviceId());
            QVERIFY(key);
            QVERIFY2(key->keyExchange, "every message before the reply is a key exchange");
        }
        for (int i = 1; i <= 3; ++i) {
            const QString body = QStringLiteral("before the reply %1").arg(i);
            QVERIFY2(QTest::qWaitFor([&] { return !them.messageWithBody(body).isEmpty(); }, 20000),
                qPrintable(them.dump()));
            QCOMPARE(them.messageWithBody(body).value(QStringLiteral("ns")).toString(), ns);
        }

        them.sendText(usJid, QStringLiteral("the reply"),
            versions == u"both" ? QStringLiteral("legacy") : versions, QStringLiteral("r1"));
        QVERIFY2(QTest::qWaitFor([&] { return us.hasBody(QStringLiteral("the reply")); }, 20000),
            qPrintable(us.report() + u'\n' + them.dump()));

        QCOMPARE(us.send(themJid, QStringLiteral("after the reply"), QStringLiteral("post-1")).size(), 1);
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return !them.messageWithBody(QStringLiteral("after the reply")).isEmpty(); }, 20000),
            qPrintable(them.dump()));
    }

    void theySendThreeBeforeOurFirstReply_data() { peerVersions_data(); }
    void theySendThreeBeforeOurFirstReply()
    {
        QFETCH(QString, versions);
        QFETCH(QString, ns);
        const auto [usJid, themJid] = newPair();
        OurDevice us(m_dir.filePath(usJid + QStringLiteral(".sqlite")), usJid);
        QVERIFY(us.connectAndStart(m_server));
        OmemoPeerProcess them;
        QVERIFY(them.start(
            m_server, themJid, password, m_dir.filePath(themJid + QStringLiteral(".json")), versions));

        for (int i = 1; i <= 3; ++i)
            them.sendText(usJid, QStringLiteral("theirs %1").arg(i), versions, QStringLiteral("t%1").arg(i));
        for (int i = 1; i <= 3; ++i) {
            QVERIFY2(QTest::qWaitFor([&] { return us.hasBody(QStringLiteral("theirs %1").arg(i)); }, 20000),
                qPrintable(us.report() + u'\n' + them.dump()));
        }
        QVERIFY2(them.events(QStringLiteral("send_error")).isEmpty(), qPrintable(them.dump()));

        QCOMPARE(us.send(themJid, QStringLiteral("our reply"), QStringLiteral("o1")).size(), 1);
        QVERIFY2(QTest::qWaitFor(
                     [&] { return !them.messageWithBody(QStringLiteral("our reply")).isEmpty(); }, 20000),
            qPrintable(them.dump()));
        QCOMPARE(
            them.messageWithBody(QStringLiteral("our reply")).value(QStringLiteral("ns")).toString(), ns);

        them.sendText(usJid, QStringLiteral("theirs after"), versions, QStringLiteral("t4"));
        QVERIFY2(QTest::qWaitFor([&] { return us.hasBody(QStringLiteral("theirs after")); }, 20000),
            qPrintable(us.report()));
    }
    // A contact with a legacy-only phone and an OMEMO 2 desktop (which also lists itself under
    // legacy, as python-omemo does): one stanza per version, each device reads its own once.
    void contactWithOneDeviceOfEachVersion()
    {
        const auto [usJid, themJid] = newPair();
        OmemoPeerProcess phone;
        QVERIFY(phone.start(m_server, themJid, password, m_dir.filePath(QStringLiteral("phone.json")),
            QStringLiteral("legacy")));
        OmemoPeerProcess desktop;
        QVERIFY(desktop.start(m_server, themJid, password, m_dir.filePath(QStringLiteral("desktop.json")),
            QStringLiteral("both")));
        OurDevice us(m_dir.filePath(usJid + QStringLiteral(".sqlite")), usJid);
        QVERIFY(us.connectAndStart(m_server));

        const auto stanzas = us.send(themJid, QStringLiteral("to both devices"), QStringLiteral("both-1"));
        QVERIFY2(stanzas.size() == 2, qPrintable(us.error()));
        const auto legacy = OmemoElement::fromStanzaXml(xmlOf(stanzas[1]), OmemoVersion::Legacy);
        const auto omemo2 = OmemoElement::fromStanzaXml(xmlOf(stanzas[0]), OmemoVersion::Omemo2);
        QVERIFY(legacy && omemo2);
        // Never both elements in one stanza (python-omemo refuses such a stanza outright).
        QVERIFY(!OmemoElement::fromStanzaXml(xmlOf(stanzas[0]), OmemoVersion::Legacy));
        QVERIFY(!OmemoElement::fromStanzaXml(xmlOf(stanzas[1]), OmemoVersion::Omemo2));
        QVERIFY(legacy->keyFor(themJid, phone.deviceId()) && !legacy->keyFor(themJid, desktop.deviceId()));
        QVERIFY(omemo2->keyFor(themJid, desktop.deviceId()) && !omemo2->keyFor(themJid, phone.deviceId()));

        QVERIFY2(
            QTest::qWaitFor(
                [&] { return !phone.messageWithBody(QStringLiteral("to both devices")).isEmpty(); }, 20000),
            qPrintable(phone.dump()));
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return !desktop.messageWithBody(QStringLiteral("to both devices")).isEmpty(); }, 20000),
            qPrintable(desktop.dump()));
        QCOMPARE(
            phone.messageWithBody(QStringLiteral("to both devices")).value(QStringLiteral("ns")).toString(),
            OmemoNs::legacy);
        QCOMPARE(
            desktop.messageWithBody(QStringLiteral("to both devices")).value(QStringLiteral("ns")).toString(),
            OmemoNs::omemo2);
    }
    void bothSidesRestartAndTalkAgain_data() { peerVersions_data(); }
    void bothSidesRestartAndTalkAgain()
    {
        QFETCH(QString, versions);
        QFETCH(QString, ns);
        const auto [usJid, themJid] = newPair();
        const QString dbPath = m_dir.filePath(usJid + QStringLiteral(".sqlite"));
        const QString storePath = m_dir.filePath(themJid + QStringLiteral(".json"));
        quint32 ourDevice = 0;
        {
            OmemoPeerProcess them;
            QVERIFY(them.start(m_server, themJid, password, storePath, versions));
            OurDevice us(dbPath, usJid);
            QVERIFY(us.connectAndStart(m_server));
            ourDevice = us.deviceId();
            QElapsedTimer firstSend;
            firstSend.start();
            QCOMPARE(us.send(themJid, QStringLiteral("before the restart"), QStringLiteral("b1")).size(), 1);
            // Device lists and a bundle fetched, a session built, encrypted: on loopback.
            qInfo("first message to a fresh %s device: %lld ms from the lists' fetch to the stanza sent",
                qPrintable(versions), firstSend.elapsed());
            QVERIFY2(
                QTest::qWaitFor(
                    [&] { return !them.messageWithBody(QStringLiteral("before the restart")).isEmpty(); },
                    20000),
                qPrintable(them.dump()));
            them.sendText(usJid, QStringLiteral("their answer"), versions, QStringLiteral("a1"));
            QVERIFY2(QTest::qWaitFor([&] { return us.hasBody(QStringLiteral("their answer")); }, 20000),
                qPrintable(us.report()));
        }
        // Both ends stopped; keys, sessions and the device id come back from their stores.
        OmemoPeerProcess them;
        QVERIFY(them.start(m_server, themJid, password, storePath, versions));
        OurDevice us(dbPath, usJid);
        QVERIFY(us.connectAndStart(m_server));
        QCOMPARE(us.deviceId(), ourDevice);
        const auto stanzas = us.send(themJid, QStringLiteral("after the restart"), QStringLiteral("b2"));
        QCOMPARE(stanzas.size(), 1);
        const auto element = OmemoElement::fromStanzaXml(
            xmlOf(stanzas[0]), ns == OmemoNs::omemo2 ? OmemoVersion::Omemo2 : OmemoVersion::Legacy);
        QVERIFY(element);
        QVERIFY2(!element->keys.value(0).keyExchange, "the session from before the restart goes on");
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return !them.messageWithBody(QStringLiteral("after the restart")).isEmpty(); }, 20000),
            qPrintable(them.dump()));
        them.sendText(usJid, QStringLiteral("theirs after the restart"), versions, QStringLiteral("a2"));
        QVERIFY2(
            QTest::qWaitFor([&] { return us.hasBody(QStringLiteral("theirs after the restart")); }, 20000),
            qPrintable(us.report() + u'\n' + them.dump()));
    }
};

QTEST_GUILESS_MAIN(OmemoInteropTest)
#include "tst_omemo_interop.moc"
