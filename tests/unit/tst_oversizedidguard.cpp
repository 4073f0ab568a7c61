// SPDX-License-Identifier: GPL-3.0-or-later
// The guard against echoing absurd ids, with stanzas injected in-process through the client's own
// dispatch. A receipt (XEP-0184) or an IQ error repeats the id it answers; for a 300 KiB id that
// answer is more than our server takes from us (issue 10, "Reconnect storm"; the real server
// case is tests/integration/tst_reconnect_storm.cpp).
#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppOutgoingClient.h>

#include "account/OversizedIdGuard.h"
#include "capability/MessagePipeline.h"

namespace {
QString withReceiptRequest(const QString &id)
{
    return QStringLiteral("<message xmlns='jabber:client' from='eve@example.test/x' to='me@example.test/desk'"
                          " type='chat' id='%1'><body>hi</body><request xmlns='urn:xmpp:receipts'/>"
                          "<markable xmlns='urn:xmpp:chat-markers:0'/></message>")
        .arg(id);
}
} // namespace

class OversizedIdGuardTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QXmppClient> m_client;
    OversizedIdGuard *m_guard = nullptr;
    QList<QDomDocument> m_documents;

    std::pair<QDomElement, bool> deliver(const QString &xml)
    {
        QDomDocument doc;
        if (!doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing)) {
            qFatal("test stanza does not parse");
        }
        m_documents.append(doc);
        bool handled = false;
        Q_EMIT m_client->findChild<QXmppOutgoingClient *>()->elementReceived(doc.documentElement(), handled);
        return { doc.documentElement(), handled };
    }

private Q_SLOTS:
    void init()
    {
        m_client = std::make_unique<QXmppClient>(QXmppClient::NoExtensions);
        m_client->configuration().setJid(QStringLiteral("me@example.test/desk"));
        m_client->addNewExtension<QXmppMessageReceiptManager>();
        m_guard = new OversizedIdGuard;
        m_client->insertExtension(0, m_guard);
    }
    void cleanup() { m_client.reset(); }

    void theCapIsInBytes()
    {
        QVERIFY(OversizedIdGuard::isEchoable(QString()));
        QVERIFY(OversizedIdGuard::isEchoable(QString(OversizedIdGuard::maxEchoedIdBytes, QLatin1Char('a'))));
        QVERIFY(
            !OversizedIdGuard::isEchoable(QString(OversizedIdGuard::maxEchoedIdBytes + 1, QLatin1Char('a'))));
        // 400 × 3 bytes in UTF-8.
        QVERIFY(!OversizedIdGuard::isEchoable(QString(400, QChar(0x20AC))));
    }

    void anOrdinaryIdKeepsItsReceiptRequest()
    {
        QSignalSpy received(m_client.get(), &QXmppClient::messageReceived);
        const auto [element, handled]
            = deliver(withReceiptRequest(QStringLiteral("5d1e4c02-0f7a-4b8e-9f55-3c1f0e7a2b44")));
        QCOMPARE(m_guard->refusedCount(), 0);
        QXmppMessage message;
        message.parse(element);
        QVERIFY(message.isReceiptRequested());
    }

    void anAbsurdIdLosesTheRequestButTheMessageStays()
    {
        QSignalSpy received(m_client.get(), &QXmppClient::messageReceived);
        const QString id(300 * 1024, QLatin1Char('x'));
        const auto [element, handled] = deliver(withReceiptRequest(id));
        QCOMPARE(m_guard->refusedCount(), 1);
        QXmppMessage message;
        message.parse(element);
        QVERIFY(!message.isReceiptRequested());
        QCOMPARE(message.body(), QStringLiteral("hi"));
        // What we store of it keeps no id to answer with (markers name the stored id).
        const Message stored = MessagePipeline::fromStanza(QStringLiteral("me@example.test"), message);
        QVERIFY(stored.messageId.isEmpty());
        QCOMPARE(stored.body, QStringLiteral("hi"));
    }

    void anIqWithAnAbsurdIdIsNotAnswered()
    {
        const QString id(300 * 1024, QLatin1Char('y'));
        const auto [element, handled] = deliver(
            QStringLiteral("<iq xmlns='jabber:client' from='eve@example.test/x' to='me@example.test/desk'"
                           " type='get' id='%1'><query xmlns='urn:example:unknown'/></iq>")
                .arg(id));
        QVERIFY(handled);
        QCOMPARE(m_guard->refusedCount(), 1);
    }
};

QTEST_GUILESS_MAIN(OversizedIdGuardTest)
#include "tst_oversizedidguard.moc"
