// SPDX-License-Identifier: GPL-3.0-or-later
// Every way logging in can fail ends in a clear sentence, a Failed state and a running app.
#include <QTemporaryDir>
#include <QTest>

#include "ProsodyServer.h"
#include "Session.h"

namespace {
const QString password = QStringLiteral("s3cret");
}

class ConnectionErrorsTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dataDir;

    std::unique_ptr<Session> session()
    {
        static int n = 0;
        return std::make_unique<Session>(m_dataDir.filePath(QStringLiteral("e%1.sqlite").arg(++n)));
    }

    static void expectFailure(Session &s, const QString &expected)
    {
        QTRY_COMPARE_WITH_TIMEOUT(s.connectionState(), Session::Failed, 20000);
        QVERIFY2(s.errorText().contains(expected), qPrintable(s.errorText()));
    }

private Q_SLOTS:
    void wrongPassword()
    {
        ProsodyServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY(server.createAccount(QStringLiteral("alice"), password));
        auto s = session();
        s->login(QStringLiteral("alice@example.test"), QStringLiteral("wrong"), server.address(),
            server.clientPort());
        expectFailure(*s, QStringLiteral("rejected the password for alice@example.test"));
        // It stays failed instead of hammering the server with the wrong password.
        QTest::qWait(2000);
        QCOMPARE(s->connectionState(), Session::Failed);
    }

    void unreachableServer()
    {
        const quint16 closedPort = ProsodyServer::freePort(QStringLiteral("127.0.0.2"));
        auto s = session();
        s->login(QStringLiteral("alice@example.test"), password, QStringLiteral("127.0.0.2"), closedPort);
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
        s->login(QStringLiteral("alice@example.test"), password, server.address(), server.clientPort());
        expectFailure(*s, QStringLiteral("certificate cannot be trusted"));
        QVERIFY2(s->errorText().contains(detail), qPrintable(s->errorText()));
        QVERIFY2(s->errorText().contains(QStringLiteral("SHA-256 fingerprint")), qPrintable(s->errorText()));
        // Never retried behind the person's back: it stays failed.
        QTest::qWait(1500);
        QCOMPARE(s->connectionState(), Session::Failed);
    }

    // Error texts can carry a server's words; labels that guess the format must show them as text.
    void hostileTextStaysText()
    {
        auto s = session();
        QCOMPARE(s->asPlainText(QStringLiteral("<img src=\"https://evil.test/x\"> & \"quotes\"\nline two")),
            QStringLiteral("<span>&lt;img src=&quot;https://evil.test/x&quot;&gt; &amp; "
                           "&quot;quotes&quot;<br>line two</span>"));
        QCOMPARE(s->asPlainText(QString()), QString());
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
        s->login(jid, password);
        QCOMPARE(s->connectionState(), Session::Failed);
        QVERIFY2(s->errorText().contains(QStringLiteral("is not a valid chat address")),
            qPrintable(s->errorText()));
    }
};

QTEST_GUILESS_MAIN(ConnectionErrorsTest)
#include "tst_connection_errors.moc"
