// SPDX-License-Identifier: GPL-3.0-or-later
// An account set up once comes back after a restart: with its password from a real Secret
// Service, or, without a keychain, as a login page that already knows the address.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "ProsodyServer.h"
#include "models/AccountsController.h"
#include "models/RootController.h"

namespace {
const QString password = QStringLiteral("restore-test");
}

class AccountRestoreTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dir;

    static bool haveKeychain() { return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void restartReconnectsFromTheKeychain()
    {
        if (!haveKeychain()) {
            QSKIP("runs under tests/support/with-secret-service.sh (ctest: tst_account_restore)");
        }
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString db = m_dir.filePath(QStringLiteral("keychain.sqlite"));
        {
            RootController first(db);
            QSignalSpy notices(first.accounts(), &AccountsController::keychainNoticeChanged);
            first.accounts()->login(alice, password, m_server.address(), m_server.clientPort());
            QTRY_COMPARE_WITH_TIMEOUT(
                first.accounts()->connectionState(), AccountsController::Connected, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(notices.count() > 0, 10000);
            QVERIFY2(
                first.accounts()->keychainNotice().isEmpty(), qPrintable(first.accounts()->keychainNotice()));
        }
        RootController second(db);
        second.accounts()->restore();
        QTRY_COMPARE_WITH_TIMEOUT(second.accounts()->connectionState(), AccountsController::Connected, 15000);
        QCOMPARE(second.accounts()->primaryJid(), alice);
    }

    void withoutAKeychainTheLoginPageKnowsTheAddress()
    {
        if (haveKeychain()) {
            QSKIP("runs without a session bus (ctest: tst_account_restore_no_keychain)");
        }
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        const QString db = m_dir.filePath(QStringLiteral("nokeychain.sqlite"));
        {
            RootController first(db);
            first.accounts()->login(bob, password, m_server.address(), m_server.clientPort());
            QTRY_COMPARE_WITH_TIMEOUT(
                first.accounts()->connectionState(), AccountsController::Connected, 15000);
            // Connected all the same; the person is told the password was not kept.
            QTRY_VERIFY_WITH_TIMEOUT(
                first.accounts()->keychainNotice().contains(QStringLiteral("keychain")), 30000);
        }
        RootController second(db);
        second.accounts()->restore();
        QTRY_COMPARE_WITH_TIMEOUT(second.accounts()->connectionState(), AccountsController::Failed, 30000);
        QCOMPARE(second.accounts()->savedJid(), bob);
        QVERIFY2(second.accounts()->errorText().contains(QStringLiteral("Enter the password of ") + bob),
            qPrintable(second.accounts()->errorText()));
        // Typing it in works and nothing was written anywhere else.
        second.accounts()->login(bob, password, m_server.address(), m_server.clientPort());
        QTRY_COMPARE_WITH_TIMEOUT(second.accounts()->connectionState(), AccountsController::Connected, 15000);
    }
};

QTEST_GUILESS_MAIN(AccountRestoreTest)
#include "tst_account_restore.moc"
