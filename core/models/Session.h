// SPDX-License-Identifier: GPL-3.0-or-later
// The old QML facade, kept while QML written against it moves to the controllers: every property
// and invokable forwards to the RootController it owns (root: accounts, contacts, chats), which
// owns the QML-free SessionCore. New QML uses `root` and its controllers; C++ tests may keep
// using the accessors below. "The primary account" is the first one set up.
#pragma once

#include <memory>
#include <vector>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QStringList>

#include "account/AccountConfig.h"

// moc needs the complete types of the models exposed as properties.
Q_MOC_INCLUDE("models/AccountCreation.h")
Q_MOC_INCLUDE("models/AccountListModel.h")
Q_MOC_INCLUDE("models/ChatListModel.h")
Q_MOC_INCLUDE("models/NotificationSettings.h")
Q_MOC_INCLUDE("models/RootController.h")
Q_MOC_INCLUDE("models/RosterTreeModel.h")
Q_MOC_INCLUDE("models/SearchResultsModel.h")
Q_MOC_INCLUDE("models/SubscriptionRequestModel.h")

class Account;
class AccountCreation;
class AccountListModel;
class AccountContext;
class AccountStore;
class ContactFacts;
class CredentialStore;
class ArchiveCatchUp;
class ChatListModel;
class ChatStore;
class Database;
class MessageActions;
class MessageAmendments;
class MessageListModel;
class MessagePipeline;
class MessageStore;
class NotificationSettings;
class Outbox;
class RosterStore;
class RosterTreeModel;
class SearchResultsModel;
class SubscriptionRequestModel;
class TypingNotifier;
class RosterSync;
class BlockList;
class GatewayNetworkStore;
class GatewayNetworks;
class PresenceCache;
class PresenceStore;

class RootController;
class SessionCore;

class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString accountJid READ accountJid NOTIFY accountChanged)
    Q_PROPERTY(QStringList accounts READ accounts NOTIFY accountChanged)
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(ChatListModel *chats READ chats CONSTANT)
    Q_PROPERTY(RosterTreeModel *roster READ roster CONSTANT)
    Q_PROPERTY(SubscriptionRequestModel *subscriptionRequests READ subscriptionRequests CONSTANT)
    Q_PROPERTY(SearchResultsModel *search READ search CONSTANT)
    Q_PROPERTY(QString savedJid READ savedJid NOTIFY accountChanged)
    Q_PROPERTY(QString keychainNotice READ keychainNotice NOTIFY keychainNoticeChanged)
    // Account setup: the account whose server certificate the person may choose to trust, and
    // that certificate's SHA-256 fingerprint (both empty when there is no such question).
    Q_PROPERTY(QString certificateAccount READ certificateAccount NOTIFY errorTextChanged)
    Q_PROPERTY(QString certificateFingerprint READ certificateFingerprint NOTIFY errorTextChanged)
    Q_PROPERTY(AccountCreation *accountCreation READ accountCreation CONSTANT)
    Q_PROPERTY(AccountListModel *accountList READ accountList CONSTANT)
    Q_PROPERTY(NotificationSettings *notificationSettings READ notificationSettings CONSTANT)
    // What QML should use instead of this facade.
    Q_PROPERTY(RootController *root READ root CONSTANT)
public:
    enum ConnectionState { NoAccount, Disconnected, Connecting, Connected, Failed };
    Q_ENUM(ConnectionState)

    explicit Session(const QString &databasePath, QObject *parent = nullptr);
    ~Session() override;

    QString accountJid() const; // the primary account
    QStringList accounts() const;
    // Connected only when every account is; Failed when any failed (its error in errorText()).
    ConnectionState connectionState() const;
    QString errorText() const;
    ChatListModel *chats() const;
    RosterTreeModel *roster() const;
    SubscriptionRequestModel *subscriptionRequests() const;
    SearchResultsModel *search() const;
    MessageStore *messageStore() const;
    RosterStore *rosterStore() const;
    // Per-account pieces; an empty jid means the primary account. Null when there is no such account.
    AccountContext *context(const QString &jid = {}) const;
    ArchiveCatchUp *archiveCatchUp(const QString &jid = {}) const;
    Account *account(const QString &jid = {}) const;
    Outbox *outbox(const QString &jid = {}) const;
    MessagePipeline *pipeline() const;
    MessageAmendments *amendments() const;
    TypingNotifier *typingNotifier() const;
    SessionCore *core() const;
    RootController *root() const { return m_root.get(); }

    // The configured account's address, also while it waits for a password.
    QString savedJid() const;
    // Why the password could not be kept in the system keychain; empty when it was.
    QString keychainNotice() const;

    // Connects the accounts set up in earlier runs, with their passwords from the keychain; when
    // there is none (or no keychain) the login page is shown with the address filled in.
    // The QML controller of an installed capability (Capability::controller()); null when the
    // capability is not installed or has no UI of its own.
    Q_INVOKABLE QObject *controller(const QString &capability) const;
    Q_INVOKABLE void restoreAccounts();
    // Validates the address, then connects it (beside the accounts already connected; logging in
    // again to the same address replaces its connection). host/port may be empty/0 (taken from
    // the domain). Once connected, the account is saved and the password goes to the keychain.
    Q_INVOKABLE void login(
        const QString &jid, const QString &password, const QString &host = {}, int port = 0);
    // Disconnects one account (empty: all). Its history stays.
    Q_INVOKABLE void logout(const QString &jid = {});

    // Account setup.
    QString certificateAccount() const;
    QString certificateFingerprint() const;
    // Creating an account (XEP-0077); once created, it logs in like login() does.
    AccountCreation *accountCreation() const;
    // Every account set up here, enabled or not, with its state (for the settings page).
    AccountListModel *accountList() const;
    // Disabled: disconnected and not connected at start; its history stays. Enabled: connects
    // with the password from the keychain (or asks for it on the setup page).
    Q_INVOKABLE void setAccountEnabled(const QString &jid, bool enabled);
    // Disconnects and forgets the account and its keychain entry; its history stays.
    Q_INVOKABLE void removeAccount(const QString &jid);
    // Trusts the certificate the account stopped at, if its fingerprint is the one the person
    // saw, and reconnects accepting only that certificate; the choice is kept for the account.
    Q_INVOKABLE void trustCertificate(const QString &jid, const QString &fingerprint);
    // A new model of one chat's messages; QML owns it.
    Q_INVOKABLE MessageListModel *openChat(const QString &chatJid, const QString &account = {});
    // replyToRowId: the stored message this one answers (0: none).
    Q_INVOKABLE void sendMessage(
        const QString &chatJid, const QString &text, const QString &account = {}, qint64 replyToRowId = 0);
    Q_INVOKABLE void correctMessage(qint64 rowId, const QString &text);
    Q_INVOKABLE void retractMessage(qint64 rowId);
    // A message the server bounced goes out again, with the same id (the recipient's server
    // drops it if an earlier try got through after all).
    Q_INVOKABLE void retryMessage(qint64 rowId);
    Q_INVOKABLE void toggleReaction(qint64 rowId, const QString &emoji);
    // XEP-0085: tell the peer we are typing (Composing: "paused" follows by itself after a few
    // quiet seconds, unless a message goes out first) or left (Inactive, Gone).
    // Sent only when it changes, and only while connected.
    enum ChatState { Active = 1, Inactive = 2, Gone = 3, Composing = 4, Paused = 5 };
    Q_ENUM(ChatState)
    Q_INVOKABLE void sendChatState(const QString &chatJid, ChatState state, const QString &account = {});
    Q_INVOKABLE void markChatRead(qint64 chatId);
    // Client state indication (XEP-0352): false while no window is visible, so the server may
    // hold back presence noise and the radio can sleep.
    void setActive(bool active);
    // For labels that guess the format (Kirigami's InlineMessage renders HTML): text from the
    // network or from errors shown exactly as written, never as markup.
    Q_INVOKABLE QString asPlainText(const QString &text) const;
    // Asks the UI to show a chat (from an xmpp: URI on the command line, or a notification).
    void requestChat(const QString &chatJid, const QString &account = {});
    // Roster changes through the account's server (empty account: the primary one); the store and
    // the roster model follow the server's roster push. addContact also asks the contact to share
    // their presence, and returns why it cannot be done ("" when it is under way); the others
    // report problems through notice(), as does addContact when the server refuses.
    Q_INVOKABLE QString addContact(
        const QString &jid, const QString &name, const QString &group, const QString &account = {});
    Q_INVOKABLE void removeContact(const QString &jid, const QString &account = {});
    Q_INVOKABLE void renameContact(const QString &jid, const QString &name, const QString &account = {});
    Q_INVOKABLE void setContactGroups(
        const QString &jid, const QStringList &groups, const QString &account = {});

    // --- Contacts: presence, subscriptions, blocking, gateway networks (issue 3) ---
    PresenceCache *presenceCache() const;
    // For a chat's header: { presence (Presence::Availability), statusText, lastSeen (date or
    // undefined) } of a contact; contactPresenceChanged() says when to ask again.
    Q_INVOKABLE QVariantMap contactPresence(const QString &jid, const QString &account = {}) const;
    BlockList *blockList() const;
    GatewayNetworks *gatewayNetworks() const;
    // XEP-0191: the server drops everything from a blocked address (a contact or a whole domain)
    // and hides our presence from it. Problems are reported through notice().
    Q_INVOKABLE void blockContact(const QString &jid, const QString &account = {});
    Q_INVOKABLE void unblockContact(const QString &jid, const QString &account = {});
    // RFC 6121: stop letting the contact see our presence (cancel, 3.2) or stop receiving
    // theirs (unsubscribe, 3.3). The contact stays on the roster; the server's roster push
    // brings the new subscription state. Problems are reported through notice().
    Q_INVOKABLE void cancelSubscription(const QString &jid, const QString &account = {});
    Q_INVOKABLE void unsubscribe(const QString &jid, const QString &account = {});
    // Desktop integration: the notification switch, and which chat the window shows (the UI says
    // so; empty jid: none), so that messages in it raise no notification while it is in front.
    NotificationSettings *notificationSettings() const;
    Q_INVOKABLE void setViewedChat(const QString &chatJid, const QString &account = {});
    bool isChatViewed(const QString &account, const QString &chatJid) const;

Q_SIGNALS:
    void accountChanged();
    void connectionStateChanged();
    void errorTextChanged();
    void chatRequested(const QString &chatJid, const QString &account); // account "": the primary
    void keychainNoticeChanged();
    // Something the person asked for could not be done; a passing message, not a state.
    void notice(const QString &text);
    // The peer's chat state changed (ChatState values).
    void contactPresenceChanged(const QString &account, const QString &jid);
    void chatStateReceived(const QString &account, const QString &chatJid, int state);

private:
    std::unique_ptr<RootController> m_root;
};
