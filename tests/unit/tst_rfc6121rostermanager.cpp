// SPDX-License-Identifier: GPL-3.0-or-later
// The roster manager with versioning, with stanzas injected in-process: pushes only from the
// account itself, each moving the version; an "unchanged" answer keeps the stored roster and the
// pushes after it (RFC 6121 §2.6.3) apply on top; a whole answer replaces it; subscription
// requests reach the UI without an unverified former address.
#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppPresence.h>

#include "xmpp/Rfc6121RosterManager.h"

namespace {
const QString own = QStringLiteral("me@example.test");

QDomElement element(const QString &xml)
{
    // The document must outlive the element: keep every parsed one.
    static QList<QDomDocument> documents;
    QDomDocument doc;
    if (!doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing)) {
        qFatal("test stanza does not parse");
    }
    documents.append(doc);
    return doc.documentElement();
}

QString push(const QString &from, const QString &version, const QString &item)
{
    const QString fromAttribute = from.isNull() ? QString() : QStringLiteral(" from='%1'").arg(from);
    return QStringLiteral("<iq xmlns='jabber:client' type='set' id='push1'%1>"
                          "<query xmlns='jabber:iq:roster' ver='%2'>%3</query></iq>")
        .arg(fromAttribute, version, item);
}

QXmppRosterIq::Item stored(const QString &jid, const QString &name)
{
    QXmppRosterIq::Item item;
    item.setBareJid(jid);
    item.setName(name);
    item.setSubscriptionType(QXmppRosterIq::Item::Both);
    return item;
}
} // namespace

class Rfc6121RosterManagerTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QXmppClient> m_client;
    Rfc6121RosterManager *m_roster = nullptr;

private Q_SLOTS:
    void init()
    {
        m_client = std::make_unique<QXmppClient>(QXmppClient::NoExtensions);
        m_client->configuration().setJid(own);
        m_roster = m_client->addNewExtension<Rfc6121RosterManager>();
        m_roster->setStoredRoster({ stored(QStringLiteral("ann@example.test"), QStringLiteral("Ann")),
                                      stored(QStringLiteral("ben@example.test"), QStringLiteral("Ben")) },
            QStringLiteral("v7"));
    }

    void storedRosterIsThereBeforeAnyAnswer()
    {
        QCOMPARE(m_roster->getRosterBareJids().size(), 2);
        QCOMPARE(m_roster->getRosterEntry(QStringLiteral("ann@example.test")).name(), QStringLiteral("Ann"));
        QCOMPARE(m_roster->version(), QStringLiteral("v7"));
        QVERIFY(!m_roster->isRosterReceived());
    }

    void unchangedAnswerKeepsTheRosterAndPushesFollow()
    {
        QSignalSpy replaced(m_roster, &Rfc6121RosterManager::rosterReplaced);
        QSignalSpy received(m_roster, &Rfc6121RosterManager::rosterReceived);
        QSignalSpy added(m_roster, &Rfc6121RosterManager::itemAdded);
        QSignalSpy removed(m_roster, &Rfc6121RosterManager::itemRemoved);
        m_roster->handleAnswer(element(QStringLiteral("<iq xmlns='jabber:client' type='result' id='r1'/>")));
        QCOMPARE(received.size(), 1);
        QCOMPARE(replaced.size(), 0);
        QVERIFY(m_roster->isRosterReceived());
        QCOMPARE(m_roster->unchangedAnswers(), 1);
        QCOMPARE(m_roster->getRosterBareJids().size(), 2);

        // The interim pushes (§2.6.3), each with its version.
        QVERIFY(m_roster->handleStanza(element(push({}, QStringLiteral("v8"),
            QStringLiteral("<item jid='cat@example.test' name='Cat' subscription='none'/>")))));
        QCOMPARE(m_roster->version(), QStringLiteral("v8"));
        QVERIFY(m_roster->handleStanza(element(push(own, QStringLiteral("v9"),
            QStringLiteral("<item jid='ben@example.test' subscription='remove'/>")))));
        QCOMPARE(m_roster->version(), QStringLiteral("v9"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toString(), QStringLiteral("ben@example.test"));
        QCOMPARE(m_roster->getRosterBareJids().size(), 2);
        QVERIFY(m_roster->contains(QStringLiteral("cat@example.test")));
        QVERIFY(!m_roster->contains(QStringLiteral("ben@example.test")));
    }

    void wholeAnswerReplacesTheRoster()
    {
        QSignalSpy replaced(m_roster, &Rfc6121RosterManager::rosterReplaced);
        m_roster->handleAnswer(element(QStringLiteral(
            "<iq xmlns='jabber:client' type='result' id='r1'><query xmlns='jabber:iq:roster' ver='v12'>"
            "<item jid='ann@example.test' name='Ann B.' subscription='both'><group>Work</group></item>"
            "<item jid='dan@example.test' subscription='to'/></query></iq>")));
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(m_roster->fullAnswers(), 1);
        QCOMPARE(m_roster->version(), QStringLiteral("v12"));
        // Ben was removed while we were away: gone, not kept from the stored roster.
        QCOMPARE(m_roster->getRosterBareJids().size(), 2);
        QVERIFY(!m_roster->contains(QStringLiteral("ben@example.test")));
        QCOMPARE(
            m_roster->getRosterEntry(QStringLiteral("ann@example.test")).name(), QStringLiteral("Ann B."));
        QCOMPARE(m_roster->getRosterEntry(QStringLiteral("ann@example.test")).groups(),
            QSet<QString> { QStringLiteral("Work") });
    }

    void pushFromAnyoneElseIsIgnored_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addRow("another account") << QStringLiteral("mallory@example.test");
        QTest::addRow("another account's device") << QStringLiteral("mallory@example.test/phone");
        QTest::addRow("our server's domain") << QStringLiteral("example.test");
        QTest::addRow("a look-alike of our address") << QStringLiteral("me@example.test.evil");
        // RFC 6121 §2.1.6 allows no 'from' or the bare JID: a full JID, even ours, is another
        // client (our own other device) and must not change the roster.
        QTest::addRow("our own other device") << QStringLiteral("me@example.test/phone");
        QTest::addRow("our own resource") << QStringLiteral("me@example.test/isthmus");
    }

    void pushFromAnyoneElseIsIgnored()
    {
        QFETCH(QString, from);
        QSignalSpy added(m_roster, &Rfc6121RosterManager::itemAdded);
        QVERIFY(!m_roster->handleStanza(element(push(from, QStringLiteral("v99"),
            QStringLiteral("<item jid='eve@example.test' name='Eve' subscription='both'/>")))));
        QCOMPARE(added.size(), 0);
        QVERIFY(!m_roster->contains(QStringLiteral("eve@example.test")));
        QCOMPARE(m_roster->version(), QStringLiteral("v7"));
    }

    void otherRosterStanzasAreNotPushes()
    {
        QVERIFY(!m_roster->handleStanza(element(QStringLiteral(
            "<iq xmlns='jabber:client' type='get' id='g'><query xmlns='jabber:iq:roster'/></iq>"))));
        QVERIFY(!m_roster->handleStanza(element(QStringLiteral(
            "<iq xmlns='jabber:client' type='set' id='s'><query xmlns='jabber:iq:private'/></iq>"))));
        QCOMPARE(m_roster->version(), QStringLiteral("v7"));
    }

    void renamingSomeoneNotInTheRosterFailsInWords()
    {
        auto task = m_roster->renameRosterItem(QStringLiteral("nobody@example.test"), QStringLiteral("X"));
        QVERIFY(task.isFinished());
        const auto *error = std::get_if<QXmppError>(&task.result());
        QVERIFY(error);
        QVERIFY(error->description.contains(QStringLiteral("nobody@example.test")));
    }

    void subscriptionRequestWithoutClaimedFormerAddress()
    {
        QSignalSpy requests(m_roster, &Rfc6121RosterManager::subscriptionRequestReceived);
        QXmppPresence request(QXmppPresence::Subscribe);
        request.setFrom(QStringLiteral("fay@example.test/laptop"));
        request.setOldJid(QStringLiteral("me@example.test"));
        Q_EMIT m_client->presenceReceived(request);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().at(0).toString(), QStringLiteral("fay@example.test"));
        QVERIFY(requests.first().at(1).value<QXmppPresence>().oldJid().isEmpty());
    }
};

QTEST_GUILESS_MAIN(Rfc6121RosterManagerTest)
#include "tst_rfc6121rostermanager.moc"
