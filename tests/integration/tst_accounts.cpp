// SPDX-License-Identifier: GPL-3.0-or-later
// Several accounts side by side: each listed with its state, one can be disabled (disconnected,
// not connected after a restart, history kept) and enabled again, and removed (keychain entry
// gone, history kept). Runs against a real Prosody and a real Secret Service.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "XmppTestClient.h"
#include "account/CredentialStore.h"
#include "models/AccountListModel.h"
#include "models/AccountsController.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"

namespace {
const QString password = QStringLiteral("accounts-test");

int rowOf(const AccountListModel &model, const QString &jid)
{
    for (int row = 0; row < model.count(); ++row) {
        if (model.data(model.index(row), AccountListModel::JidRole).toString() == jid) {
            return row;
        }
    }
    return -1;
}

QVariant roleOf(const AccountListModel &model, const QString &jid, int role)
{
    const int row = rowOf(model, jid);
    return row < 0 ? QVariant() : model.data(model.index(row), role);
}
} // namespace

class AccountsTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "runs under tests/support/with-secret-service.sh");
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    }

    void aDisabledAccountStaysOffAfterARestart()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        const QString db = m_dir.filePath(QStringLiteral("two.sqlite"));
        {
            RootController first(db);
            first.accounts()->login(alice, password, m_server.address(), m_server.clientPort());
            first.accounts()->login(bob, password, m_server.address(), m_server.clientPort());
            QTRY_COMPARE_WITH_TIMEOUT(
                first.accounts()->connectionState(), AccountsController::Connected, 15000);
            AccountListModel &list = *first.accounts()->list();
            QTRY_COMPARE_WITH_TIMEOUT(list.count(), 2, 10000);
            QCOMPARE(
                roleOf(list, alice, AccountListModel::StateRole).toInt(), int(AccountListModel::Connected));
            QCOMPARE(
                roleOf(list, bob, AccountListModel::StateRole).toInt(), int(AccountListModel::Connected));

            // Bob gets a message, so there is history to keep.
            XmppTestClient peer;
            QVERIFY(peer.connectTo(alice, password, m_server.address(), m_server.clientPort()));
            QVERIFY(peer.sendMessage(bob, QStringLiteral("kept while disabled")));
            QTRY_VERIFY_WITH_TIMEOUT(
                !awaitResult(first.core()->messageStore()->chatHistory(bob, alice)).isEmpty(), 15000);

            first.accounts()->setEnabled(bob, false);
            QCOMPARE(first.accounts()->jids(), QStringList { alice });
            QCOMPARE(first.accounts()->connectionState(), AccountsController::Connected);
            QTRY_COMPARE_WITH_TIMEOUT(
                roleOf(list, bob, AccountListModel::EnabledRole), QVariant(false), 10000);
            QCOMPARE(roleOf(list, bob, AccountListModel::StateRole).toInt(), int(AccountListModel::Disabled));
            // Passwords are written to the keychain in the background; wait until both are there.
            CredentialStore keychain;
            QTRY_VERIFY_WITH_TIMEOUT(awaitResult(keychain.readPassword(bob)).has_value(), 10000);
        }
        RootController second(db);
        second.accounts()->restore();
        QTRY_COMPARE_WITH_TIMEOUT(second.accounts()->connectionState(), AccountsController::Connected, 15000);
        QTest::qWait(1500); // long enough for bob's restore to have started, had it been asked for
        QCOMPARE(second.accounts()->jids(), QStringList { alice });
        AccountListModel &list = *second.accounts()->list();
        QTRY_COMPARE_WITH_TIMEOUT(list.count(), 2, 10000);
        QCOMPARE(roleOf(list, bob, AccountListModel::StateRole).toInt(), int(AccountListModel::Disabled));
        QCOMPARE(awaitResult(second.core()->messageStore()->chatHistory(bob, alice)).size(), 1);

        // Enabled again: connects with the password from the keychain.
        second.accounts()->setEnabled(bob, true);
        QTRY_VERIFY_WITH_TIMEOUT(second.accounts()->jids().contains(bob), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            roleOf(list, bob, AccountListModel::StateRole).toInt(), int(AccountListModel::Connected), 15000);
        QCOMPARE(roleOf(list, bob, AccountListModel::EnabledRole), QVariant(true));
    }

    void aRemovedAccountIsForgottenButItsHistoryStays()
    {
        const QString carol = m_server.createUniqueAccount(QStringLiteral("carol"), password);
        const QString dave = m_server.createUniqueAccount(QStringLiteral("dave"), password);
        const QString db = m_dir.filePath(QStringLiteral("remove.sqlite"));
        CredentialStore keychain;
        {
            RootController first(db);
            first.accounts()->login(carol, password, m_server.address(), m_server.clientPort());
            first.accounts()->login(dave, password, m_server.address(), m_server.clientPort());
            QTRY_COMPARE_WITH_TIMEOUT(
                first.accounts()->connectionState(), AccountsController::Connected, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(awaitResult(keychain.readPassword(dave)).has_value(), 10000);
            XmppTestClient peer;
            QVERIFY(peer.connectTo(carol, password, m_server.address(), m_server.clientPort()));
            QVERIFY(peer.sendMessage(dave, QStringLiteral("still here after removal")));
            QTRY_VERIFY_WITH_TIMEOUT(
                !awaitResult(first.core()->messageStore()->chatHistory(dave, carol)).isEmpty(), 15000);

            first.accounts()->remove(dave);
            QCOMPARE(first.accounts()->jids(), QStringList { carol });
            QTRY_COMPARE_WITH_TIMEOUT(first.accounts()->list()->count(), 1, 10000);
            QCOMPARE(rowOf(*first.accounts()->list(), dave), -1);
            QTRY_VERIFY_WITH_TIMEOUT(!awaitResult(keychain.readPassword(dave)).has_value(), 10000);
        }
        RootController second(db);
        second.accounts()->restore();
        QTRY_COMPARE_WITH_TIMEOUT(second.accounts()->connectionState(), AccountsController::Connected, 15000);
        QTest::qWait(1000);
        QCOMPARE(second.accounts()->jids(), QStringList { carol });
        QCOMPARE(awaitResult(second.core()->messageStore()->chatHistory(dave, carol)).size(), 1);
    }
};

QTEST_GUILESS_MAIN(AccountsTest)
#include "tst_accounts.moc"
