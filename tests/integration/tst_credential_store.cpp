// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords in a real Secret Service (gnome-keyring in a private D-Bus session, started by
// tests/support/with-secret-service.sh), and a clear failure when there is no keychain.
#include <QTest>

#include "AwaitFuture.h"
#include "account/CredentialStore.h"
#include "account/KeychainError.h"

class CredentialStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripInTheSecretService()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QSKIP("runs under tests/support/with-secret-service.sh (ctest: tst_credential_store)");
        }
        CredentialStore store(QStringLiteral("isthmus-test"));
        const QString jid = QStringLiteral("alice@example.test");
        QCOMPARE(awaitResult(store.readPassword(jid)), std::nullopt);
        awaitResult(store.writePassword(jid, QStringLiteral("pässwörd ✓ with spaces")));
        QCOMPARE(
            awaitResult(store.readPassword(jid)), std::optional(QStringLiteral("pässwörd ✓ with spaces")));
        awaitResult(store.writePassword(jid, QStringLiteral("changed")));
        QCOMPARE(awaitResult(store.readPassword(jid)), std::optional(QStringLiteral("changed")));
        // Accounts do not see each other's secrets.
        QCOMPARE(awaitResult(store.readPassword(QStringLiteral("bob@example.test"))), std::nullopt);
        awaitResult(store.removePassword(jid));
        QCOMPARE(awaitResult(store.readPassword(jid)), std::nullopt);
        awaitResult(store.removePassword(jid)); // removing what is gone is fine
    }

    void withoutAKeychainItSaysSoAndStoresNothing()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QSKIP("runs without a session bus (ctest: tst_credential_store_no_keychain)");
        }
        CredentialStore store(QStringLiteral("isthmus-test"));
        auto write = store.writePassword(QStringLiteral("alice@example.test"), QStringLiteral("secret"));
        QVERIFY(awaitFuture(write, 30000));
        try {
            write.waitForFinished();
            QFAIL("writing without a keychain must fail, not fall back to a file");
        } catch (const KeychainError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("No system keychain is available")),
                qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("asks for it at the next start")),
                qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(CredentialStoreTest)
#include "tst_credential_store.moc"
