// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts, for QML: which are connected and how (the primary one, the state, the error in
// words, the certificate question, the keychain notice), the list of every account set up here,
// account creation, and the lifecycle actions (log in and out, restore, enable, remove, trust a
// certificate). One call into AccountSet (core/session) per action.
#pragma once

#include <memory>

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

Q_MOC_INCLUDE("models/AccountCreation.h")
Q_MOC_INCLUDE("models/AccountListModel.h")

class AccountCreation;
class AccountListModel;
class SessionCore;

class AccountsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through RootController.accounts")
    // The first account set up here; calls without an account use it.
    Q_PROPERTY(QString primaryJid READ primaryJid NOTIFY accountsChanged)
    // Every account connected (or connecting) in this process.
    Q_PROPERTY(QStringList jids READ jids NOTIFY accountsChanged)
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The configured account's address, also while it waits for a password.
    Q_PROPERTY(QString savedJid READ savedJid NOTIFY accountsChanged)
    // Why the password could not be kept in the system keychain; empty when it was.
    Q_PROPERTY(QString keychainNotice READ keychainNotice NOTIFY keychainNoticeChanged)
    // The account whose server certificate the person may choose to trust, and that
    // certificate's SHA-256 fingerprint (both empty when there is no such question).
    Q_PROPERTY(QString certificateAccount READ certificateAccount NOTIFY errorTextChanged)
    Q_PROPERTY(QString certificateFingerprint READ certificateFingerprint NOTIFY errorTextChanged)
    Q_PROPERTY(AccountCreation *creation READ creation CONSTANT)
    // Every account set up here, enabled or not, with its state (for the settings page).
    Q_PROPERTY(AccountListModel *list READ list CONSTANT)
public:
    // The values of AccountSet::ConnectionState, in its order.
    enum ConnectionState { NoAccount, Disconnected, Connecting, Connected, Failed };
    Q_ENUM(ConnectionState)

    explicit AccountsController(SessionCore *core, QObject *parent = nullptr);
    ~AccountsController() override;

    QString primaryJid() const;
    QStringList jids() const;
    // Connected only when every account is; Failed when any failed (its error in errorText()).
    ConnectionState connectionState() const;
    QString errorText() const;
    QString savedJid() const;
    QString keychainNotice() const;
    QString certificateAccount() const;
    QString certificateFingerprint() const;
    AccountCreation *creation() const { return m_creation.get(); }
    AccountListModel *list() const { return m_list.get(); }

    // Connects the accounts set up in earlier runs, with their passwords from the keychain; when
    // there is none (or no keychain) the login page is shown with the address filled in.
    Q_INVOKABLE void restore();
    // Validates the address, then connects it (beside the accounts already connected; logging in
    // again to the same address replaces its connection). host/port may be empty/0 (taken from
    // the domain). Once connected, the account is saved and the password goes to the keychain.
    Q_INVOKABLE void login(
        const QString &jid, const QString &password, const QString &host = {}, int port = 0);
    // Disconnects one account (empty: all). Its history stays.
    Q_INVOKABLE void logout(const QString &jid = {});
    // Disabled: disconnected and not connected at start; its history stays. Enabled: connects
    // with the password from the keychain (or asks for it on the setup page).
    Q_INVOKABLE void setEnabled(const QString &jid, bool enabled);
    // Disconnects and forgets the account and its keychain entry; its history stays.
    Q_INVOKABLE void remove(const QString &jid);
    // Trusts the certificate the account stopped at, if its fingerprint is the one the person
    // saw, and reconnects accepting only that certificate; the choice is kept for the account.
    Q_INVOKABLE void trustCertificate(const QString &jid, const QString &fingerprint);
    // Client state indication (XEP-0352): false while no window is visible.
    void setActive(bool active);

Q_SIGNALS:
    void accountsChanged();
    void connectionStateChanged();
    void errorTextChanged();
    void keychainNoticeChanged();

private:
    SessionCore *m_core;
    std::unique_ptr<AccountCreation> m_creation;
    std::unique_ptr<AccountListModel> m_list;
};
