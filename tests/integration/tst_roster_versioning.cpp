// SPDX-License-Identifier: GPL-3.0-or-later
// Roster versioning (RFC 6121 §2.6) against a real Prosody, as things stand with QXmpp 1.10:
// the server offers it and stamps every roster with a version, but QXmppRosterManager asks
// without 'ver' and so receives the whole roster on every connect; our RosterStore keeps the
// roster between sessions. A request made by hand with the stored version gets an empty
// answer, which is what a versioning client would save. Sizes are printed.
#include <QDomDocument>
#include <QDomElement>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppLogger.h>
#include <QXmppRosterIq.h>
#include <QXmppTask.h>

#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "Session.h"
#include "XmppTestClient.h"
#include "account/Account.h"
#include "storage/RosterStore.h"

namespace {
const QString password = QStringLiteral("roster-test");
const QString rosterNamespace = QStringLiteral("jabber:iq:roster");

// What one session's stream said about the roster.
struct RosterTraffic
{
    bool serverOffersVersioning = false;
    QStringList requests; // roster gets we sent
    QStringList results; // roster results we got

    QString partial; // a long result arrives in several reads, logged one by one
    QObject guard; // the connection ends with this record, even if the client lives on

    void follow(QXmppClient *client)
    {
        QObject::connect(client->logger(), &QXmppLogger::message, &guard,
            [this](QXmppLogger::MessageType type, const QString &xml) {
                if (type == QXmppLogger::SentMessage && xml.startsWith(QLatin1String("<iq"))
                    && xml.contains(rosterNamespace) && xml.contains(QLatin1String("type=\"get\""))) {
                    requests.append(xml);
                }
                if (type != QXmppLogger::ReceivedMessage) {
                    return;
                }
                if (xml.contains(QLatin1String("urn:xmpp:features:rosterver"))) {
                    serverOffersVersioning = true;
                }
                if (partial.isEmpty() && xml.startsWith(QLatin1String("<iq")) && xml.contains(rosterNamespace)
                    && xml.contains(QLatin1String("type='result'"))) {
                    partial = xml;
                } else if (!partial.isEmpty()) {
                    partial += xml;
                } else {
                    return;
                }
                // One read may also hold the stanzas after it.
                const qsizetype tagEnd = partial.indexOf(QLatin1Char('>'));
                const qsizetype end = partial.indexOf(QLatin1String("</iq>"));
                if (tagEnd > 0 && partial.at(tagEnd - 1) == QLatin1Char('/')) {
                    results.append(partial.left(tagEnd + 1));
                    partial.clear();
                } else if (end >= 0) {
                    results.append(partial.left(end + 5));
                    partial.clear();
                }
            });
    }
};
} // namespace

class RosterVersioningTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dataDir;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void qxmppFetchesTheWholeRosterOnEveryConnect()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const int contacts = 40;
        {
            XmppTestClient phone;
            QVERIFY(phone.connectTo(alice, password, m_server.address(), m_server.clientPort()));
            for (int i = 0; i < contacts; ++i) {
                QVERIFY(phone.addContact(QStringLiteral("friend%1@example.test").arg(i),
                    QStringLiteral("Friend %1").arg(i), { QStringLiteral("Friends") }));
            }
        }
        const QString db = m_dataDir.filePath(QStringLiteral("alice.sqlite"));
        RosterTraffic first;
        {
            Session session(db);
            session.login(alice, password, m_server.address(), m_server.clientPort());
            first.follow(session.account()->client());
            QTRY_COMPARE_WITH_TIMEOUT(session.connectionState(), Session::Connected, 15000);
            QTRY_COMPARE_WITH_TIMEOUT(
                awaitResult(session.rosterStore()->items(alice)).size(), contacts, 10000);
        }
        QVERIFY(first.serverOffersVersioning);
        QCOMPARE(first.requests.size(), 1);
        QCOMPARE(first.results.size(), 1);
        // QXmpp 1.10 asks without a version. When this fails, QXmpp started to version the
        // roster: RosterSync must then keep the version next to the stored roster.
        QVERIFY(!first.requests.first().contains(QLatin1String("ver=")));
        QXmppRosterIq answer;
        QDomDocument doc;
        QVERIFY(doc.setContent(first.results.first(), QDomDocument::ParseOption::UseNamespaceProcessing));
        answer.parse(doc.documentElement());
        const QString version = answer.version();
        QVERIFY2(!version.isEmpty(), "Prosody stamps the roster with a version");
        QCOMPARE(answer.items().size(), contacts);

        // The next session shows the stored roster before it connects...
        RosterTraffic second;
        QString emptyAnswer;
        QObject answerGuard; // declared before the session, so the logger never sees them gone
        Session again(db);
        QCOMPARE(awaitResult(again.rosterStore()->items(alice)).size(), contacts);
        again.login(alice, password, m_server.address(), m_server.clientPort());
        second.follow(again.account()->client());
        QTRY_COMPARE_WITH_TIMEOUT(again.connectionState(), Session::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(second.results.size(), 1, 10000);
        // ...and still receives all of it although nothing changed.
        QVERIFY(!second.requests.first().contains(QLatin1String("ver=")));
        QVERIFY(doc.setContent(second.results.first(), QDomDocument::ParseOption::UseNamespaceProcessing));
        QXmppRosterIq full;
        full.parse(doc.documentElement());
        QCOMPARE(full.items().size(), contacts);
        QCOMPARE(full.version(), version);

        // What versioning would send instead: asked with the stored version, the server answers
        // with an empty result (RFC 6121 §2.6.3), and would push only the changes.
        QXmppRosterIq versioned;
        versioned.setType(QXmppIq::Get);
        versioned.setVersion(version);
        // The answer as it comes over the wire, for its size (it has no roster query to match).
        const QString replyId = versioned.id();
        connect(again.account()->client()->logger(), &QXmppLogger::message, &answerGuard,
            [&emptyAnswer, replyId](QXmppLogger::MessageType type, const QString &xml) {
                const qsizetype idAt = xml.indexOf(QStringLiteral("id='%1'").arg(replyId));
                const qsizetype start = idAt < 0 ? -1 : xml.lastIndexOf(QLatin1String("<iq"), idAt);
                if (type == QXmppLogger::ReceivedMessage && start >= 0) {
                    const qsizetype tagEnd = xml.indexOf(QLatin1Char('>'), start);
                    emptyAnswer = xml.mid(start, tagEnd - start + 1);
                }
            });
        auto reply = std::make_shared<std::optional<QXmppClient::IqResult>>();
        again.account()
            ->client()
            ->sendIq(std::move(versioned))
            .then(this, [reply](QXmppClient::IqResult result) { *reply = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(reply->has_value(), 10000);
        const auto *element = std::get_if<QDomElement>(&**reply);
        QVERIFY(element);
        QCOMPARE(element->attribute(QStringLiteral("type")), QStringLiteral("result"));
        QVERIFY(element->firstChildElement(QStringLiteral("query"))
                .firstChildElement(QStringLiteral("item"))
                .isNull());
        QVERIFY(emptyAnswer.endsWith(QLatin1String("/>")));
        qInfo("roster of %d contacts: %lld bytes on every connect without versioning; %lld bytes "
              "when unchanged with versioning",
            contacts, qint64(second.results.first().toUtf8().size()), qint64(emptyAnswer.toUtf8().size()));
    }
};

QTEST_GUILESS_MAIN(RosterVersioningTest)
#include "tst_roster_versioning.moc"
