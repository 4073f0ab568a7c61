// SPDX-License-Identifier: GPL-3.0-or-later
// What the QML pages talk to: the signed-in account, its connection state and error text, the
// recent-chats model, and actions (log in, open a chat, send). Owns the core objects it wires.
#pragma once

#include <memory>

#include <QHash>
#include <QObject>
#include <QQmlEngine>

#include "account/AccountConfig.h"

class Account;
class AccountStore;
class CredentialStore;
class ArchiveCatchUp;
class ChatListModel;
class Database;
class MessageListModel;
class MessagePipeline;
class MessageStore;
class Outbox;
class RosterStore;
class RosterSync;

class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString accountJid READ accountJid NOTIFY accountChanged)
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(ChatListModel *chats READ chats CONSTANT)
    Q_PROPERTY(QString savedJid READ savedJid NOTIFY accountChanged)
    Q_PROPERTY(QString keychainNotice READ keychainNotice NOTIFY keychainNoticeChanged)
public:
    enum ConnectionState { NoAccount, Disconnected, Connecting, Connected, Failed };
    Q_ENUM(ConnectionState)

    explicit Session(const QString &databasePath, QObject *parent = nullptr);
    ~Session() override;

    QString accountJid() const;
    ConnectionState connectionState() const;
    QString errorText() const;
    ChatListModel *chats() const { return m_chats.get(); }
    MessageStore *messageStore() const { return m_messages.get(); }
    RosterStore *rosterStore() const { return m_roster.get(); }
    ArchiveCatchUp *archiveCatchUp() const { return m_catchUp.get(); }
    Account *account() const { return m_account.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    MessagePipeline *pipeline() const { return m_pipeline.get(); }

    // The configured account's address, also while it waits for a password.
    QString savedJid() const;
    // Why the password could not be kept in the system keychain; empty when it was.
    QString keychainNotice() const { return m_keychainNotice; }

    // Connects the account set up in an earlier run, with its password from the keychain; when
    // there is none (or no keychain) the login page is shown with the address filled in.
    Q_INVOKABLE void restoreAccounts();
    // Validates the address, then connects. host/port may be empty/0 (taken from the domain).
    // Once connected, the account is saved and the password goes to the system keychain.
    Q_INVOKABLE void login(
        const QString &jid, const QString &password, const QString &host = {}, int port = 0);
    Q_INVOKABLE void logout();
    // A new model of one chat's messages; QML owns it.
    Q_INVOKABLE MessageListModel *openChat(const QString &chatJid);
    Q_INVOKABLE void sendMessage(const QString &chatJid, const QString &text);
    Q_INVOKABLE void markChatRead(qint64 chatId);
    // Client state indication (XEP-0352): false while no window is visible, so the server may
    // hold back presence noise and the radio can sleep.
    void setActive(bool active);
    // Asks the UI to show a chat (from an xmpp: URI on the command line).
    void requestChat(const QString &chatJid);

Q_SIGNALS:
    void accountChanged();
    void connectionStateChanged();
    void errorTextChanged();
    void chatRequested(const QString &chatJid);
    void keychainNoticeChanged();

private:
    void setLocalError(const QString &text);
    void remember(const AccountConfig &config);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<RosterStore> m_roster;
    std::unique_ptr<MessagePipeline> m_pipeline;
    std::unique_ptr<ChatListModel> m_chats;
    std::unique_ptr<AccountStore> m_accountStore;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<RosterSync> m_rosterSync;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ArchiveCatchUp> m_catchUp;
    QString m_localError;
    QString m_savedJid;
    QString m_keychainNotice;
    bool m_active = true;
    QHash<qint64, QString> m_lastReadMarker; // chat id -> message id we last sent "displayed" for
};
