// SPDX-License-Identifier: GPL-3.0-or-later
// Every way logging in can fail ends in a clear sentence, a Failed state and a running app.
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include "ProsodyServer.h"
#include "account/CertificatePin.h"
#include "models/AccountsController.h"
#include "models/PlainTextMarkup.h"
#include "models/RootController.h"

namespace {
const QString password = QStringLiteral("s3cret");

// The fingerprint of a fixture certificate as the person would compare it.
QString fixtureFingerprint(const QString &name)
{
    QFile file(QStringLiteral("/etc/isthmus-test/%1.crt").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return CertificatePin::fingerprintOf(QSslCertificate(&file, QSsl::Pem));
}
} // namespace

class ConnectionErrorsTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dataDir;

    std::unique_ptr<RootController> session()
    {
        static int n = 0;
        return std::make_unique<RootController>(m_dataDir.filePath(QStringLiteral("e%1.sqlite").arg(++n)));
    }

    static void expectFailure(RootController &s, const QString &expected)
    {
        QTRY_COMPARE_WITH_TIMEOUT(s.accounts()->connectionState(), AccountsController::Failed, 20000);
        QVERIFY2(s.accounts()->errorText().contains(expected), qPrintable(s.accounts()->errorText()));
    }

private Q_SLOTS:
    void wrongPassword()
    {
        ProsodyServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(server.createAccount(QStringLiteral("alice"), password));
        auto s = session();
        s->accounts()->login(QStringLiteral("alice@example.test"), QStringLiteral("wrong"), server.address(),
            server.clientPort());
        expectFailure(*s, QStringLiteral("rejected the password for alice@example.test"));
        // It stays failed instead of hammering the server with the wrong password.
        QTest::qWait(2000);
        QCOMPARE(s->accounts()->connectionState(), AccountsController::Failed);
    }

    void unreachableServer()
    {
        const quint16 closedPort = ProsodyServer::freePort(QStringLiteral("127.0.0.2"));
        auto s = session();
        s->accounts()->login(
            QStringLiteral("alice@example.test"), password, QStringLiteral("127.0.0.2"), closedPort);
        expectFailure(*s, QStringLiteral("the connection was refused"));
    }

    void badCertificate_data()
    {
        QTest::addColumn<int>("certificate");
        QTest::addColumn<QString>("detail");
        QTest::addRow("unknown issuer")
            << int(ProsodyServer::Certificate::Untrusted) << QStringLiteral("Untrusted Test CA");
        QTest::addRow("issued for another name")
            << int(ProsodyServer::Certificate::Mismatched) << QStringLiteral("wrong.test");
    }
    void badCertificate()
    {
        QFETCH(int, certificate);
        QFETCH(QString, detail);
        ProsodyServer::Options options;
        options.certificate = ProsodyServer::Certificate(certificate);
        ProsodyServer server(options);
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(server.createAccount(QStringLiteral("alice"), password));
        auto s = session();
        s->accounts()->login(
            QStringLiteral("alice@example.test"), password, server.address(), server.clientPort());
        expectFailure(*s, QStringLiteral("certificate cannot be trusted"));
        QVERIFY2(s->accounts()->errorText().contains(detail), qPrintable(s->accounts()->errorText()));
        QVERIFY2(s->accounts()->errorText().contains(QStringLiteral("SHA-256 fingerprint")),
            qPrintable(s->accounts()->errorText()));
        // Never retried behind the person's back: it stays failed.
        QTest::qWait(1500);
        QCOMPARE(s->accounts()->connectionState(), AccountsController::Failed);
    }

    // Trusting the exact certificate shown connects; the choice is kept for the account and a
    // restart; a different untrusted certificate for the same account is a new question.
    void trustingTheShownCertificate_data()
    {
        QTest::addColumn<int>("certificate");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("other");
        QTest::addRow("unknown issuer")
            << int(ProsodyServer::Certificate::Untrusted) << QStringLiteral("untrusted")
            << int(ProsodyServer::Certificate::Mismatched);
        QTest::addRow("issued for another name")
            << int(ProsodyServer::Certificate::Mismatched) << QStringLiteral("mismatched")
            << int(ProsodyServer::Certificate::Untrusted);
    }
    void trustingTheShownCertificate()
    {
        QFETCH(int, certificate);
        QFETCH(QString, file);
        QFETCH(int, other);
        const QString expected = fixtureFingerprint(file);
        QVERIFY(!expected.isEmpty());
        QTemporaryDir serverDir;
        ProsodyServer::Options options;
        options.certificate = ProsodyServer::Certificate(certificate);
        options.directory = serverDir.path();
        const QString db = m_dataDir.filePath(QStringLiteral("trust-%1.sqlite").arg(file));
        QString alice;
        quint16 port = 0;
        {
            ProsodyServer server(options);
            QVERIFY2(server.start(), qPrintable(server.error()));
            alice = server.createUniqueAccount(QStringLiteral("alice"), password);
            port = server.clientPort();
            RootController s(db);
            s.accounts()->login(alice, password, server.address(), port);
            expectFailure(s, QStringLiteral("certificate cannot be trusted"));
            QCOMPARE(s.accounts()->certificateAccount(), alice);
            QCOMPARE(s.accounts()->certificateFingerprint(), expected);

            // A fingerprint other than the one shown is refused and changes nothing.
            QSignalSpy notices(&s, &RootController::notice);
            s.accounts()->trustCertificate(alice, fixtureFingerprint(QStringLiteral("servers")));
            QCOMPARE(notices.count(), 1);
            QTest::qWait(500);
            QCOMPARE(s.accounts()->connectionState(), AccountsController::Failed);

            QElapsedTimer clock;
            clock.start();
            s.accounts()->trustCertificate(alice, expected);
            QTRY_COMPARE_WITH_TIMEOUT(s.accounts()->connectionState(), AccountsController::Connected, 15000);
            qInfo("connected %lld ms after trusting the certificate", clock.elapsed()); // for the report
            QCOMPARE(s.accounts()->certificateAccount(), QString());
            QCOMPARE(s.accounts()->errorText(), QString());
        }
        {
            // Kept across a restart: the same certificate connects without a question.
            ProsodyServer server(options);
            QVERIFY2(server.start(), qPrintable(server.error()));
            RootController s(db);
            s.accounts()->login(alice, password, server.address(), server.clientPort());
            QTRY_COMPARE_WITH_TIMEOUT(s.accounts()->connectionState(), AccountsController::Connected, 15000);
        }
        {
            // The same account meets another untrusted certificate: it fails and asks again.
            QTemporaryDir otherDir;
            ProsodyServer::Options otherOptions;
            otherOptions.certificate = ProsodyServer::Certificate(other);
            otherOptions.directory = otherDir.path();
            ProsodyServer server(otherOptions);
            QVERIFY2(server.start(), qPrintable(server.error()));
            QVERIFY(server.createAccount(alice.section(QLatin1Char('@'), 0, 0), password));
            RootController s(db);
            s.accounts()->login(alice, password, server.address(), server.clientPort());
            expectFailure(s, QStringLiteral("certificate cannot be trusted"));
            QVERIFY(s.accounts()->certificateFingerprint() != expected);
            QCOMPARE(s.accounts()->certificateFingerprint(),
                fixtureFingerprint(other == int(ProsodyServer::Certificate::Untrusted)
                        ? QStringLiteral("untrusted")
                        : QStringLiteral("mismatched")));
        }
    }

    // Error texts can carry a server's words; labels that guess the format must show them as text.
    void hostileTextStaysText()
    {
        QCOMPARE(plainTextMarkup(QStringLiteral("<img src=\"https://evil.test/x\"> & \"quotes\"\nline two")),
            QStringLiteral("<span>&lt;img src=&quot;https://evil.test/x&quot;&gt; &amp; "
                           "&quot;quotes&quot;<br>line two</span>"));
        QCOMPARE(plainTextMarkup(QString()), QString());
    }

    void malformedAddress_data()
    {
        QTest::addColumn<QString>("jid");
        QTest::addRow("no domain") << QStringLiteral("alice@");
        QTest::addRow("no user") << QStringLiteral("example.test");
        QTest::addRow("space") << QStringLiteral("al ice@example.test");
        QTest::addRow("resource") << QStringLiteral("alice@example.test/phone");
    }
    void malformedAddress()
    {
        QFETCH(QString, jid);
        auto s = session();
        s->accounts()->login(jid, password);
        QCOMPARE(s->accounts()->connectionState(), AccountsController::Failed);
        QVERIFY2(s->accounts()->errorText().contains(QStringLiteral("is not a valid chat address")),
            qPrintable(s->accounts()->errorText()));
    }
};

QTEST_GUILESS_MAIN(ConnectionErrorsTest)
#include "tst_connection_errors.moc"
