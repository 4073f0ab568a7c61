// SPDX-License-Identifier: GPL-3.0-or-later
// Account setup in the real window under Xvfb, with screenshots in <build>/screenshots: the
// setup page without an account, a real Prosody's registration form (XEP-0077) rendered from
// what the server sent, a closed server explained, and the certificate question.
#include <QImage>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "AppProcess.h"
#include "ProsodyServer.h"
#include "ScreenshotCheck.h"

namespace {
const QString password = QStringLiteral("setup-ui-password");

bool screenshot(const QString &name)
{
    const QString path = testBinaryDir() + QStringLiteral("/screenshots/%1.png").arg(name);
    if (!AppProcess::screenshot(path) || distinctColours(path) <= 20) {
        return false;
    }
    qInfo("screenshot: %s", qPrintable(path));
    return true;
}
} // namespace

class AccountSetupUiTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dirs;

    AppProcess app(const QString &name)
    {
        return AppProcess(testBinaryDir() + QStringLiteral("/bin/isthmus"), m_dirs.filePath(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            !qEnvironmentVariableIsEmpty("DISPLAY"), "run under an X display (tests/support/with-xvfb.sh)");
    }

    void withoutAnAccountTheSetupPageShows()
    {
        AppProcess isthmus = app(QStringLiteral("empty"));
        QVERIFY(isthmus.startWith({}));
        QTest::qWait(3000);
        QVERIFY(isthmus.isRunning());
        QVERIFY(screenshot(QStringLiteral("ui-setup-login")));
    }

    void theServersRegistrationFormIsRendered()
    {
        ProsodyServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        AppProcess isthmus = app(QStringLiteral("register"));
        QVERIFY(isthmus.startWith({ QStringLiteral("--host"), server.address(), QStringLiteral("--port"),
            QString::number(server.clientPort()), QStringLiteral("xmpp:example.test?register") }));
        QTRY_VERIFY_WITH_TIMEOUT(
            isthmus.output().contains(QStringLiteral("asking \"example.test\" to create")), 15000);
        QTest::qWait(2500);
        QVERIFY2(!isthmus.output().contains(QStringLiteral("failed")), qPrintable(isthmus.output()));
        QVERIFY(isthmus.isRunning());
        QVERIFY(screenshot(QStringLiteral("ui-setup-register-form")));

        // Filled in with the keyboard: the name, Return (on to the empty password), the password,
        // Return: the account is created and logged in.
        QVERIFY(AppProcess::typeText(QStringLiteral("typed")));
        QTest::qWait(500);
        QVERIFY(AppProcess::typeText(password));
        QVERIFY2(isthmus.waitForValue(
                     QStringLiteral(
                         "SELECT count(*) FROM accounts WHERE configured = 1 AND jid = 'typed@example.test'"),
                     1),
            qPrintable(isthmus
                    .queryValue(QStringLiteral("SELECT group_concat(jid || ':' || configured) FROM accounts"))
                    .toString()));
        QTest::qWait(1500);
        QVERIFY(screenshot(QStringLiteral("ui-setup-register-done")));
    }

    void aClosedServerIsExplained()
    {
        ProsodyServer::Options options;
        options.registration = ProsodyServer::Registration::Closed;
        ProsodyServer server(options);
        QVERIFY2(server.start(), qPrintable(server.error()));
        AppProcess isthmus = app(QStringLiteral("closed"));
        QVERIFY(isthmus.startWith({ QStringLiteral("--host"), server.address(), QStringLiteral("--port"),
            QString::number(server.clientPort()), QStringLiteral("xmpp:example.test?register") }));
        QTRY_VERIFY_WITH_TIMEOUT(isthmus.output().contains(QStringLiteral("registration is closed")), 15000);
        QTest::qWait(1500);
        QVERIFY(isthmus.isRunning());
        QVERIFY(screenshot(QStringLiteral("ui-setup-register-closed")));
    }

    void anUntrustedCertificateAsksTheQuestion()
    {
        ProsodyServer::Options options;
        options.certificate = ProsodyServer::Certificate::Untrusted;
        ProsodyServer server(options);
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString alice = server.createUniqueAccount(QStringLiteral("alice"), password);
        AppProcess isthmus = app(QStringLiteral("certificate"));
        QVERIFY(isthmus.start(alice, password, server.address(), server.clientPort()));
        QTRY_VERIFY_WITH_TIMEOUT(
            isthmus.output().contains(QStringLiteral("certificate cannot be trusted")), 20000);
        QTest::qWait(2000);
        QVERIFY(isthmus.isRunning());
        QVERIFY(screenshot(QStringLiteral("ui-setup-certificate")));
    }

    // Ctrl+, (settings): the accounts, one connected and one disabled in an earlier run.
    void theAccountsListShowsEachState()
    {
        ProsodyServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString alice = server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = server.createUniqueAccount(QStringLiteral("bob"), password);
        AppProcess first = app(QStringLiteral("accounts"));
        QVERIFY(first.start(alice, password, server.address(), server.clientPort()));
        QVERIFY2(first.waitForValue(QStringLiteral("SELECT count(*) FROM accounts WHERE configured = 1"), 1),
            qPrintable(first.output()));
        first.stop();
        {
            // As if the switch had been turned off in that run.
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("setup-ui"));
            db.setDatabaseName(first.databasePath());
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(
                query.exec(QStringLiteral("UPDATE accounts SET enabled = 0 WHERE jid = '%1'").arg(alice)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("setup-ui"));

        AppProcess second = app(QStringLiteral("accounts"));
        QVERIFY(second.start(bob, password, server.address(), server.clientPort()));
        QVERIFY2(second.waitForValue(QStringLiteral("SELECT count(*) FROM accounts WHERE configured = 1"), 2),
            qPrintable(second.output()));
        QTest::qWait(1000);
        QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+comma")));
        QTest::qWait(1500);
        QVERIFY(second.isRunning());
        QVERIFY(screenshot(QStringLiteral("ui-setup-accounts")));
    }
};

QTEST_GUILESS_MAIN(AccountSetupUiTest)
#include "tst_account_setup_ui.moc"
