// SPDX-License-Identifier: GPL-3.0-or-later
// Attacks by other accounts through a real Prosody, sent by an independent client (slixmpp,
// other_client.py): carbons forged in the group-chat private-message form, answers to our
// pending requests from somebody else, PEP events from a stranger, and probes for features a
// client should not expose (remote commands, the operating system in version answers).
#include <QDomElement>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppError.h>
#include <QXmppIq.h>
#include <QXmppTask.h>

#include "AwaitFuture.h"
#include "OtherClientPeer.h"
#include "ProsodyServer.h"
#include "StoredHistory.h"
#include "account/Account.h"
#include "models/AccountsController.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"
#include "storage/RosterStore.h"

namespace {
const QString password = QStringLiteral("peer-attack-test");
const QString forged = QStringLiteral("FORGED");

// A request only the other_client.py peer answers, and slowly (after 2 s).
class SlowRequest : public QXmppIq
{
protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override
    {
        writer->writeStartElement(QStringLiteral("query"));
        writer->writeDefaultNamespace(QStringLiteral("urn:example:slow"));
        writer->writeEndElement();
    }
};

QString raw(QJsonObject event)
{
    return event.value(QStringLiteral("xml")).toString();
}
} // namespace

class PeerAttacksTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dir;
    QString m_bob;
    QString m_victim; // Bob's full JID, on the session below
    std::unique_ptr<RootController> m_session;
    OtherClient m_mallory; // a stranger: not in Bob's roster
    OtherClient m_eve; // another stranger
    QString m_malloryJid;
    int m_done = 0;

    // An ordinary message from Mallory after the attack: once it is stored, so would be anything
    // sent before it.
    void waitForDone()
    {
        const QString body = QStringLiteral("done %1").arg(++m_done);
        m_mallory.sendRaw(
            QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat'><body>%2</body></message>")
                .arg(m_victim, body));
        QTRY_VERIFY_WITH_TIMEOUT(
            awaitResult(m_session->core()->messageStore()->search(body, 10)).size() == 1, 15000);
        QTest::qWait(300);
    }

    QList<Message> fromMallory() { return storedHistory(*m_session, m_malloryJid); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        m_bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        m_malloryJid = m_server.createUniqueAccount(QStringLiteral("mallory"), password);
        const QString eve = m_server.createUniqueAccount(QStringLiteral("eve"), password);
        m_session = std::make_unique<RootController>(m_dir.filePath(QStringLiteral("bob.sqlite")));
        m_session->accounts()->login(m_bob, password, m_server.address(), m_server.clientPort());
        QTRY_COMPARE_WITH_TIMEOUT(
            m_session->accounts()->connectionState(), AccountsController::Connected, 15000);
        m_victim = m_session->core()->account()->client()->configuration().jid();
        QVERIFY(m_mallory.start(m_server, m_malloryJid, password));
        QVERIFY(m_eve.start(m_server, eve, password));
    }

    // XEP-0280 §6 carbons of group-chat private messages carry <x xmlns='muc#user'/>; forged by
    // a stranger in that form, received or sent, they must be dropped like any forged carbon.
    void mucPrivateMessageCarbonsFromAStranger()
    {
        const QString room = QStringLiteral("room@conference.") + m_server.domain();
        const QString bare = m_bob;
        const QString muc = QStringLiteral("<x xmlns='http://jabber.org/protocol/muc#user'/>");
        m_eve.sendRaw(
            QStringLiteral("<message xmlns='jabber:client' to='%1'><received xmlns='urn:xmpp:carbons:2'>"
                           "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' "
                           "from='%2/Alice' to='%3/phone' "
                           "type='chat'><body>%4 (received private "
                           "message)</body>%5</message></forwarded></received></message>")
                .arg(m_victim, room, bare, forged, muc));
        m_eve.sendRaw(QStringLiteral(
            "<message xmlns='jabber:client' to='%1'><sent xmlns='urn:xmpp:carbons:2'>"
            "<forwarded xmlns='urn:xmpp:forward:0'><message xmlns='jabber:client' from='%3/phone' "
            "to='%2/Alice' "
            "type='chat'><body>%4 (sent private message)</body>%5</message></forwarded></sent></message>")
                .arg(m_victim, room, bare, forged, muc));
        waitForDone();
        QCOMPARE(awaitResult(m_session->core()->messageStore()->search(forged, 10)).size(), 0);
        QCOMPARE(storedHistory(*m_session, room).size(), 0);
        QCOMPARE(storedHistory(*m_session, room + QStringLiteral("/Alice")).size(), 0);
    }

    // A stranger answers a request of ours that is still waiting for its real answer (RFC 6120
    // §8.2.3: only the addressee answers): the request completes with the real answer only.
    void spoofedAnswerToAPendingRequest()
    {
        const QString target = m_mallory.fullJid();
        SlowRequest request;
        request.setType(QXmppIq::Type::Get);
        request.setTo(target);
        const QString id = QStringLiteral("pending-%1").arg(QDateTime::currentMSecsSinceEpoch());
        request.setId(id);
        std::optional<QXmppClient::IqResult> answer;
        m_session->core()
            ->account()
            ->client()
            ->sendIq(std::move(request))
            .then(this, [&](QXmppClient::IqResult &&result) { answer = std::move(result); });
        // At once, while the real answer is 2 s away: same id, result and error, from Eve.
        for (const QString &type : { QStringLiteral("result"), QStringLiteral("error") }) {
            m_eve.sendRaw(QStringLiteral("<iq xmlns='jabber:client' type='%1' id='%2' to='%3'>"
                                         "<query xmlns='urn:example:slow'><answer>SPOOFED</answer></query>"
                                         "<error type='cancel'><item-not-found "
                                         "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>")
                    .arg(type, id, m_victim));
        }
        QTest::qWait(1000);
        QVERIFY2(!answer, "a stranger's answer completed the request");
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY(std::holds_alternative<QDomElement>(*answer));
        const QDomElement element = std::get<QDomElement>(*answer);
        QCOMPARE(element.attribute(QStringLiteral("from")), target);
        QCOMPARE(element.firstChildElement().firstChildElement().text(), QStringLiteral("REAL"));
        QCOMPARE(m_session->accounts()->connectionState(), AccountsController::Connected);
    }

    // PEP notifications (XEP-0163) from somebody who is not the account: bookmarks, OMEMO device
    // lists, a nickname, avatar metadata. Each asks for a receipt and is markable, the way content
    // is marked, to try to become a line of its own. Nothing is stored; nothing changes.
    void pepEventsFromAStranger()
    {
        const QString event = QStringLiteral(
            "<message xmlns='jabber:client' to='%1' type='headline' id='pep%2'>"
            "<event xmlns='http://jabber.org/protocol/pubsub#event'><items node='%3'>%4</items></event>"
            "<request xmlns='urn:xmpp:receipts'/><markable xmlns='urn:xmpp:chat-markers:0'/></message>");
        const QList<std::pair<QString, QString>> events {
            { QStringLiteral("urn:xmpp:bookmarks:1"),
                QStringLiteral(
                    "<item id='evil@conference.example.test'><conference xmlns='urn:xmpp:bookmarks:1' "
                    "name='%1 room' autojoin='true'><nick>bob</nick></conference></item>")
                    .arg(forged) },
            { QStringLiteral("storage:bookmarks"),
                QStringLiteral(
                    "<item id='current'><storage xmlns='storage:bookmarks'><conference "
                    "jid='evil@conference.example.test' autojoin='true' name='%1'/></storage></item>")
                    .arg(forged) },
            { QStringLiteral("urn:xmpp:omemo:2:devices"),
                QStringLiteral(
                    "<item id='current'><devices xmlns='urn:xmpp:omemo:2'><device id='666' label='%1'/>"
                    "</devices></item>")
                    .arg(forged) },
            { QStringLiteral("eu.siacs.conversations.axolotl.devicelist"),
                QStringLiteral(
                    "<item id='current'><list xmlns='eu.siacs.conversations.axolotl'><device id='666'/>"
                    "</list></item>") },
            { QStringLiteral("http://jabber.org/protocol/nick"),
                QStringLiteral(
                    "<item id='current'><nick xmlns='http://jabber.org/protocol/nick'>%1 Nick</nick></item>")
                    .arg(forged) },
            { QStringLiteral("urn:xmpp:avatar:metadata"),
                QStringLiteral(
                    "<item id='abc'><metadata xmlns='urn:xmpp:avatar:metadata'><info id='abc' bytes='1' "
                    "type='image/png' url='http://127.0.0.1:9/%1.png'/></metadata></item>")
                    .arg(forged) },
        };
        const int before = fromMallory().size();
        int n = 0;
        for (const auto &[node, items] : events) {
            m_mallory.sendRaw(event.arg(m_victim).arg(++n).arg(node, items));
            // The same from a "chat" message, which is where content lines come from.
            m_mallory.sendRaw(QString(event)
                    .replace(QStringLiteral("type='headline'"), QStringLiteral("type='chat'"))
                    .arg(m_victim)
                    .arg(++n)
                    .arg(node, items));
        }
        waitForDone();
        QCOMPARE(fromMallory().size(), before + 1); // the "done" message only
        QCOMPARE(awaitResult(m_session->core()->messageStore()->search(forged, 10)).size(), 0);
        QCOMPARE(storedHistory(*m_session, QStringLiteral("evil@conference.example.test")).size(), 0);
        QCOMPARE(awaitResult(m_session->core()->rosterStore()->items(m_bob)).size(), 0);
    }

    // What a stranger can learn or do by asking: no remote-controlled commands (XEP-0050/0146)
    // advertised, listed or run; no operating system in a version answer (XEP-0092).
    void noOverBroadFeatures()
    {
        const QString iq = QStringLiteral("<iq xmlns='jabber:client' type='%1' id='%2' to='%3'>%4</iq>");
        m_mallory.sendRaw(iq.arg(QStringLiteral("get"), QStringLiteral("probe-info"), m_victim,
            QStringLiteral("<query xmlns='http://jabber.org/protocol/disco#info'/>")));
        m_mallory.sendRaw(iq.arg(QStringLiteral("get"), QStringLiteral("probe-items"), m_victim,
            QStringLiteral("<query xmlns='http://jabber.org/protocol/disco#items' "
                           "node='http://jabber.org/protocol/commands'/>")));
        m_mallory.sendRaw(iq.arg(QStringLiteral("set"), QStringLiteral("probe-command"), m_victim,
            QStringLiteral("<command xmlns='http://jabber.org/protocol/commands' "
                           "node='http://jabber.org/protocol/rc#set-status' action='execute'/>")));
        m_mallory.sendRaw(iq.arg(QStringLiteral("get"), QStringLiteral("probe-version"), m_victim,
            QStringLiteral("<query xmlns='jabber:iq:version'/>")));
        const auto answer = [&](const QString &id) {
            for (const QJsonObject &event : m_mallory.events(QStringLiteral("iq"))) {
                if (event.value(QStringLiteral("id")).toString() == id) {
                    return event;
                }
            }
            return QJsonObject();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!answer(QStringLiteral("probe-version")).isEmpty()
                && !answer(QStringLiteral("probe-info")).isEmpty()
                && !answer(QStringLiteral("probe-items")).isEmpty()
                && !answer(QStringLiteral("probe-command")).isEmpty(),
            10000);
        const QString info = raw(answer(QStringLiteral("probe-info")));
        qInfo().noquote() << "disco#info:" << info;
        QCOMPARE(answer(QStringLiteral("probe-info")).value(QStringLiteral("type")).toString(),
            QStringLiteral("result"));
        QVERIFY2(!info.contains(QStringLiteral("http://jabber.org/protocol/commands")), qPrintable(info));
        const QString items = raw(answer(QStringLiteral("probe-items")));
        QVERIFY2(answer(QStringLiteral("probe-items")).value(QStringLiteral("type")).toString()
                    == QStringLiteral("error")
                || !items.contains(QStringLiteral("<item")),
            qPrintable(items));
        QVERIFY2(answer(QStringLiteral("probe-command")).value(QStringLiteral("type")).toString()
                == QStringLiteral("error"),
            qPrintable(raw(answer(QStringLiteral("probe-command")))));
        const QString version = raw(answer(QStringLiteral("probe-version")));
        qInfo().noquote() << "version:" << version;
        QVERIFY2(!version.contains(QStringLiteral("<os")), qPrintable(version));
        QVERIFY2(!version.contains(QSysInfo::kernelVersion()), qPrintable(version));
        QCOMPARE(m_session->accounts()->connectionState(), AccountsController::Connected);
    }
};

QTEST_GUILESS_MAIN(PeerAttacksTest)
#include "tst_peer_attacks.moc"
