// SPDX-License-Identifier: GPL-3.0-or-later
// Roster versioning (RFC 6121 §2.6) against a real Prosody: the first session receives the whole
// roster and stores it with its version; later sessions ask with that version and receive an
// empty answer when nothing changed, the changes made meanwhile by another device when something
// did, and pushes while connected move the stored version along. Sizes are printed.
#include <QDomDocument>
#include <QDomElement>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppLogger.h>
#include <QXmppRosterIq.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>

#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "XmppTestClient.h"
#include "account/Account.h"
#include "models/AccountsController.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/RosterStore.h"
#include "xmpp/Rfc6121RosterManager.h"

namespace {
const QString password = QStringLiteral("roster-test");
const QString rosterNamespace = QStringLiteral("jabber:iq:roster");

// What one session's stream said about the roster.
struct RosterTraffic
{
    bool serverOffersVersioning = false;
    QStringList requests; // roster gets we sent
    QStringList requestIds;
    QStringList results; // answers to them

    QString partial; // a long result arrives in several reads, logged one by one
    QObject guard; // the connection ends with this record, even if the client lives on

    void follow(QXmppClient *client)
    {
        QObject::connect(client->logger(), &QXmppLogger::message, &guard,
            [this](QXmppLogger::MessageType type, const QString &xml) {
                if (type == QXmppLogger::SentMessage && xml.startsWith(QLatin1String("<iq"))
                    && xml.contains(rosterNamespace) && xml.contains(QLatin1String("type=\"get\""))) {
                    requests.append(xml);
                    static const QRegularExpression idPattern(QStringLiteral("id=\"([^\"]+)\""));
                    requestIds.append(idPattern.match(xml).captured(1));
                }
                if (type != QXmppLogger::ReceivedMessage) {
                    return;
                }
                if (xml.contains(QLatin1String("urn:xmpp:features:rosterver"))) {
                    serverOffersVersioning = true;
                }
                // The answer to one of our requests: an unchanged roster comes without a query.
                const auto answersRequest = [this, &xml] {
                    return std::any_of(requestIds.cbegin(), requestIds.cend(), [&xml](const QString &id) {
                        return xml.contains(QStringLiteral("id='%1'").arg(id))
                            || xml.contains(QStringLiteral("id=\"%1\"").arg(id));
                    });
                };
                if (partial.isEmpty() && xml.startsWith(QLatin1String("<iq")) && answersRequest()
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

    // One session of the app on the given database: logs in, waits until the roster is current.
    struct AppSession
    {
        RosterTraffic traffic;
        RootController session;

        AppSession(const QString &db) : session(db) { }
        bool start(const QString &jid, const QString &host, quint16 port)
        {
            session.accounts()->login(jid, password, host, port);
            traffic.follow(session.core()->account()->client());
            return QTest::qWaitFor(
                [this] { return session.core()->account()->roster()->isRosterReceived(); }, 15000);
        }
        Rfc6121RosterManager *roster() { return session.core()->account()->roster(); }
    };

    static QString requestedVersion(const QString &request)
    {
        QDomDocument doc;
        if (!doc.setContent(request, QDomDocument::ParseOption::UseNamespaceProcessing)) {
            return QStringLiteral("<unparsable>");
        }
        return doc.documentElement()
            .firstChildElement(QStringLiteral("query"))
            .attribute(QStringLiteral("ver"));
    }

    static QXmppRosterIq parsed(const QString &xml)
    {
        QXmppRosterIq iq;
        QDomDocument doc;
        if (doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing)) {
            iq.parse(doc.documentElement());
        }
        return iq;
    }

    QString seededAccount(const QString &user, int contacts)
    {
        const QString jid = m_server.createUniqueAccount(user, password);
        XmppTestClient phone;
        if (!phone.connectTo(jid, password, m_server.address(), m_server.clientPort())) {
            return {};
        }
        for (int i = 0; i < contacts; ++i) {
            if (!phone.addContact(QStringLiteral("friend%1@example.test").arg(i),
                    QStringLiteral("Friend %1").arg(i), { QStringLiteral("Friends") })) {
                return {};
            }
        }
        return jid;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void unchangedRosterIsNotSentAgain()
    {
        const int contacts = 40;
        const QString alice = seededAccount(QStringLiteral("alice"), contacts);
        QVERIFY(!alice.isEmpty());
        const QString db = m_dataDir.filePath(QStringLiteral("alice.sqlite"));

        QString version;
        qint64 fullBytes = 0;
        {
            AppSession first(db);
            QVERIFY(first.start(alice, m_server.address(), m_server.clientPort()));
            QVERIFY(first.traffic.serverOffersVersioning);
            QCOMPARE(first.traffic.requests.size(), 1);
            // Nothing stored yet: no version to ask with.
            QCOMPARE(requestedVersion(first.traffic.requests.first()), QString());
            QTRY_COMPARE_WITH_TIMEOUT(first.traffic.results.size(), 1, 10000);
            const QXmppRosterIq answer = parsed(first.traffic.results.first());
            QCOMPARE(answer.items().size(), contacts);
            version = answer.version();
            QVERIFY2(!version.isEmpty(), "Prosody stamps the roster with a version");
            QCOMPARE(first.roster()->fullAnswers(), 1);
            QTRY_COMPARE_WITH_TIMEOUT(
                awaitResult(first.session.core()->rosterStore()->storedRoster(alice)).version, version,
                10000);
            QCOMPARE(awaitResult(first.session.core()->rosterStore()->items(alice)).size(), contacts);
            fullBytes = first.traffic.results.first().toUtf8().size();
        }

        AppSession second(db);
        QVERIFY(second.start(alice, m_server.address(), m_server.clientPort()));
        QCOMPARE(second.traffic.requests.size(), 1);
        QCOMPARE(requestedVersion(second.traffic.requests.first()), version);
        QTRY_COMPARE_WITH_TIMEOUT(second.traffic.results.size(), 1, 10000);
        const QString empty = second.traffic.results.first();
        QVERIFY2(empty.endsWith(QLatin1String("/>")), qPrintable(empty));
        QCOMPARE(second.roster()->unchangedAnswers(), 1);
        QCOMPARE(second.roster()->fullAnswers(), 0);
        // The roster is all there, in the manager and in the store, and still at that version.
        QCOMPARE(second.roster()->getRosterBareJids().size(), contacts);
        QCOMPARE(second.roster()->getRosterEntry(QStringLiteral("friend7@example.test")).name(),
            QStringLiteral("Friend 7"));
        const StoredRoster stored = awaitResult(second.session.core()->rosterStore()->storedRoster(alice));
        QCOMPARE(stored.items.size(), contacts);
        QCOMPARE(stored.version, version);
        qInfo(
            "roster of %d contacts: %lld bytes when fetched whole; %lld bytes when unchanged with versioning",
            contacts, fullBytes, qint64(empty.toUtf8().size()));
    }

    void changesMadeElsewhereArriveAndMoveTheVersion()
    {
        const QString bob = seededAccount(QStringLiteral("bob"), 5);
        QVERIFY(!bob.isEmpty());
        const QString db = m_dataDir.filePath(QStringLiteral("bob.sqlite"));
        QString before;
        {
            AppSession first(db);
            QVERIFY(first.start(bob, m_server.address(), m_server.clientPort()));
            QTRY_VERIFY_WITH_TIMEOUT(
                !awaitResult(first.session.core()->rosterStore()->storedRoster(bob)).version.isEmpty(),
                10000);
            before = first.roster()->version();
        }

        // While the app is away, another device adds, renames and removes contacts.
        {
            XmppTestClient phone;
            QVERIFY(phone.connectTo(bob, password, m_server.address(), m_server.clientPort()));
            auto *phoneRoster = phone.client()->findExtension<QXmppRosterManager>();
            QTRY_VERIFY_WITH_TIMEOUT(phoneRoster->isRosterReceived(), 10000);
            QVERIFY(
                phone.addContact(QStringLiteral("newcomer@example.test"), QStringLiteral("Newcomer"), {}));
            QVERIFY(
                phoneRoster->renameItem(QStringLiteral("friend0@example.test"), QStringLiteral("Renamed")));
            QVERIFY(phoneRoster->removeItem(QStringLiteral("friend1@example.test")));
            QTRY_VERIFY_WITH_TIMEOUT(
                !phoneRoster->getRosterBareJids().contains(QStringLiteral("friend1@example.test"))
                    && phoneRoster->getRosterEntry(QStringLiteral("friend0@example.test")).name()
                        == QStringLiteral("Renamed"),
                10000);
        }

        QString after;
        {
            AppSession second(db);
            QVERIFY(second.start(bob, m_server.address(), m_server.clientPort()));
            QCOMPARE(requestedVersion(second.traffic.requests.first()), before);
            // Prosody answers a stale version with the whole roster; a server may instead answer
            // "unchanged" and push the changes (§2.6.3): either way the store ends up the same.
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    const StoredRoster stored
                        = awaitResult(second.session.core()->rosterStore()->storedRoster(bob));
                    QStringList jids;
                    QString renamed;
                    for (const RosterItem &item : stored.items) {
                        jids.append(item.jid);
                        if (item.jid == QStringLiteral("friend0@example.test")) {
                            renamed = item.name;
                        }
                    }
                    return stored.items.size() == 5 && jids.contains(QStringLiteral("newcomer@example.test"))
                        && !jids.contains(QStringLiteral("friend1@example.test"))
                        && renamed == QStringLiteral("Renamed") && !stored.version.isEmpty()
                        && stored.version != before;
                }(),
                10000);
            after = second.roster()->version();
            QCOMPARE(awaitResult(second.session.core()->rosterStore()->storedRoster(bob)).version, after);
            qInfo("changes made elsewhere: %d whole answer(s), %d unchanged answer(s) + pushes",
                second.roster()->fullAnswers(), second.roster()->unchangedAnswers());

            // A push while connected: stored together with its version.
            XmppTestClient phone;
            QVERIFY(phone.connectTo(bob, password, m_server.address(), m_server.clientPort()));
            QVERIFY(phone.addContact(QStringLiteral("live@example.test"), QStringLiteral("Live"), {}));
            QTRY_VERIFY_WITH_TIMEOUT(second.roster()->version() != after, 10000);
            after = second.roster()->version();
            QTRY_COMPARE_WITH_TIMEOUT(
                awaitResult(second.session.core()->rosterStore()->storedRoster(bob)).version, after, 10000);
            QCOMPARE(awaitResult(second.session.core()->rosterStore()->items(bob)).size(), 6);
        }

        // Everything stored: the next session is told "unchanged".
        AppSession third(db);
        QVERIFY(third.start(bob, m_server.address(), m_server.clientPort()));
        QCOMPARE(requestedVersion(third.traffic.requests.first()), after);
        QCOMPARE(third.roster()->unchangedAnswers(), 1);
        QCOMPARE(third.roster()->getRosterBareJids().size(), 6);
    }
};

QTEST_GUILESS_MAIN(RosterVersioningTest)
#include "tst_roster_versioning.moc"
