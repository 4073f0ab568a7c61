// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts connected in this process and their lifecycle: log in (validate, connect, save
// once the server accepted the password), log out, restore at start from the keychain, enable,
// disable, remove, and trusting a certificate the person compared. "The primary account" is the
// first one connected; calls without an account use it.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QObject>
#include <QStringList>

#include "account/AccountConfig.h"

class Account;
class AccountContext;
class AccountStore;
class CredentialStore;

class AccountSet : public QObject
{
    Q_OBJECT
public:
    enum class ConnectionState { NoAccount, Disconnected, Connecting, Connected, Failed };
    Q_ENUM(ConnectionState)
    // Builds the per-account parts of a new connection (the composition root knows them).
    using ContextFactory = std::function<std::unique_ptr<AccountContext>(const AccountConfig &)>;

    AccountSet(
        AccountStore *store, CredentialStore *credentials, ContextFactory factory, QObject *parent = nullptr);
    ~AccountSet() override;

    // An empty jid means the primary account; null when there is no such account.
    AccountContext *context(const QString &jid = {}) const;
    Account *account(const QString &jid = {}) const;
    QString primaryJid() const;
    QStringList jids() const;
    const std::vector<std::unique_ptr<AccountContext>> &contexts() const { return m_accounts; }

    // Connected only when every account is; Failed when any failed (its error in errorText()).
    ConnectionState connectionState() const;
    QString errorText() const;
    // The configured account's address, also while it waits for a password.
    QString savedJid() const;
    // Why the password could not be kept in the system keychain; empty when it was.
    QString keychainNotice() const { return m_keychainNotice; }
    // The account stopped at a server certificate the person may choose to trust, and that
    // certificate's SHA-256 fingerprint (both empty when there is no such question).
    QString certificateAccount() const;
    QString certificateFingerprint() const;

    void restore();
    void login(const QString &jid, const QString &password, const QString &host = {}, int port = 0);
    void logout(const QString &jid = {});
    void setEnabled(const QString &jid, bool enabled);
    void remove(const QString &jid);
    void trustCertificate(const QString &jid, const QString &fingerprint);
    // Client state indication (XEP-0352) for every connection, now and later.
    void setActive(bool active);
    // An error of our own (the database, a bad address) shown as the connection's error.
    void setLocalError(const QString &text);

Q_SIGNALS:
    // A new connection, before it connects: per-account parts watch its client from here on.
    void accountAdded(AccountContext *context);
    // Taken out of the set; still alive until the signal returns.
    void accountRemoved(const QString &jid);
    void accountsChanged();
    void connectionStateChanged();
    void errorTextChanged();
    void keychainNoticeChanged();
    // The configured accounts (saved, enabled, forgotten) changed in the store.
    void configurationChanged();
    void notice(const QString &text);

private:
    void remember(const AccountConfig &config);
    void connectWithStoredPassword(const AccountConfig &config);
    void changed();

    AccountStore *m_store;
    CredentialStore *m_credentials;
    ContextFactory m_factory;
    std::vector<std::unique_ptr<AccountContext>> m_accounts;
    QString m_localError;
    QString m_savedJid;
    QString m_keychainNotice;
    bool m_active = true;
};
