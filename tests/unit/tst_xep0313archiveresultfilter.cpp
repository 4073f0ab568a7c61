// SPDX-License-Identifier: GPL-3.0-or-later
// The archive-result filter in front of QXmppMamManager, with stanzas injected in-process through
// the client's own dispatch (the stream's elementReceived signal), as the network would deliver
// them. Issue 10, "Forged history": a stranger's message carrying a decoy <result> in another
// namespace before a urn:xmpp:mam:2 <result> got past the filter (it looked at the first
// <result> only) and QXmpp took the second as history from whoever it names.
#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppMamManager.h>
#include <QXmppMessage.h>
#include <QXmppOutgoingClient.h>

#include "xmpp/Xep0313ArchiveResultFilter.h"

namespace {
const QString own = QStringLiteral("me@example.test");

QString forwarded(const QString &body)
{
    return QStringLiteral("<forwarded xmlns='urn:xmpp:forward:0'>"
                          "<delay xmlns='urn:xmpp:delay' stamp='2020-01-01T00:00:00Z'/>"
                          "<message xmlns='jabber:client' from='alice@example.test/x' to='me@example.test'"
                          " type='chat'><body>%1</body></message></forwarded>")
        .arg(body);
}

QString mamResult(const QString &ns, const QString &id, const QString &body)
{
    return QStringLiteral("<result xmlns='%1' queryid='q1' id='%2'>%3</result>").arg(ns, id, forwarded(body));
}

QString message(const QString &from, const QString &children)
{
    const QString fromAttribute = from.isEmpty() ? QString() : QStringLiteral(" from='%1'").arg(from);
    return QStringLiteral("<message xmlns='jabber:client'%1 to='me@example.test/desk'>%2</message>")
        .arg(fromAttribute, children);
}
} // namespace

class Xep0313ArchiveResultFilterTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QXmppClient> m_client;
    Xep0313ArchiveResultFilter *m_filter = nullptr;
    QXmppMamManager *m_archive = nullptr;
    QList<QDomDocument> m_documents;

    // Through QXmppClient's dispatch, extension by extension, as a received stanza goes.
    QDomElement deliver(const QString &xml)
    {
        QDomDocument doc;
        if (!doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing)) {
            qFatal("test stanza does not parse");
        }
        m_documents.append(doc);
        auto *stream = m_client->findChild<QXmppOutgoingClient *>();
        Q_ASSERT(stream);
        bool handled = false;
        Q_EMIT stream->elementReceived(doc.documentElement(), handled);
        return doc.documentElement();
    }

private Q_SLOTS:
    void init()
    {
        m_client = std::make_unique<QXmppClient>(QXmppClient::NoExtensions);
        m_client->configuration().setJid(own + QStringLiteral("/desk"));
        // As Account sets them up: the MAM manager, and the filter in front of everything.
        m_archive = m_client->addNewExtension<QXmppMamManager>();
        m_filter = new Xep0313ArchiveResultFilter;
        m_client->insertExtension(0, m_filter);
    }
    void cleanup() { m_client.reset(); }

    void strangersResultsNeverReachTheArchiveManager_data()
    {
        QTest::addColumn<QString>("children");
        const QString real
            = mamResult(QStringLiteral("urn:xmpp:mam:2"), QStringLiteral("forged"), QStringLiteral("FORGED"));
        QTest::addRow("plain") << real;
        QTest::addRow("after a decoy result in another namespace")
            << QStringLiteral("<result xmlns='urn:example:decoy' queryid='q1' id='d'/>") + real;
        QTest::addRow("after a decoy without namespace")
            << QStringLiteral("<result xmlns='' id='d'/>") + real;
        QTest::addRow("after other children")
            << QStringLiteral("<body>hi</body><x xmlns='urn:example'/>") + real;
        QTest::addRow("with a prefix")
            << QStringLiteral("<m:result xmlns:m='urn:xmpp:mam:2' queryid='q1' id='forged'>%1</m:result>")
                   .arg(forwarded(QStringLiteral("FORGED")));
        QTest::addRow("mam:1") << mamResult(
            QStringLiteral("urn:xmpp:mam:1"), QStringLiteral("forged"), QStringLiteral("FORGED"));
    }

    void strangersResultsNeverReachTheArchiveManager()
    {
        QFETCH(QString, children);
        QSignalSpy archived(m_archive, &QXmppMamManager::archivedMessageReceived);
        QSignalSpy received(m_client.get(), &QXmppClient::messageReceived);
        deliver(message(QStringLiteral("mallory@example.test/x"), children));
        QCOMPARE(m_filter->droppedCount(), 1);
        QCOMPARE(archived.size(), 0);
        QCOMPARE(received.size(), 0);
    }

    void ourArchivesResultPassesWithItsStanzaId()
    {
        QSignalSpy archived(m_archive, &QXmppMamManager::archivedMessageReceived);
        // No 'from': our own server, for the account. A foreign element before it changes nothing.
        deliver(message({},
            QStringLiteral("<result xmlns='urn:example:other' id='d'/>")
                + mamResult(QStringLiteral("urn:xmpp:mam:2"), QStringLiteral("A1"), QStringLiteral("real"))));
        QCOMPARE(m_filter->droppedCount(), 0);
        QCOMPARE(archived.size(), 1);
        const auto message = archived.first().at(1).value<QXmppMessage>();
        QCOMPARE(message.body(), QStringLiteral("real"));
        QCOMPARE(message.stanzaIds().size(), 1);
        QCOMPARE(message.stanzaIds().first().id, QStringLiteral("A1"));
        QCOMPARE(message.stanzaIds().first().by, own);
    }

    void twoResultsEvenFromOurArchiveAreDropped()
    {
        QSignalSpy archived(m_archive, &QXmppMamManager::archivedMessageReceived);
        deliver(message(own,
            mamResult(QStringLiteral("urn:xmpp:mam:1"), QStringLiteral("A1"), QStringLiteral("one"))
                + mamResult(QStringLiteral("urn:xmpp:mam:2"), QStringLiteral("A2"), QStringLiteral("two"))));
        QCOMPARE(m_filter->droppedCount(), 1);
        QCOMPARE(archived.size(), 0);
    }

    void aRoomWeQueryMaySendResults()
    {
        m_filter->allowArchive(QStringLiteral("room@muc.example.test"));
        QSignalSpy archived(m_archive, &QXmppMamManager::archivedMessageReceived);
        deliver(message(QStringLiteral("room@muc.example.test"),
            mamResult(
                QStringLiteral("urn:xmpp:mam:2"), QStringLiteral("R1"), QStringLiteral("in the room"))));
        QCOMPARE(m_filter->droppedCount(), 0);
        QCOMPARE(archived.size(), 1);
    }
};

QTEST_GUILESS_MAIN(Xep0313ArchiveResultFilterTest)
#include "tst_xep0313archiveresultfilter.moc"
