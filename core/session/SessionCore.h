// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root, without QML: owns the database, the stores, the receive pipeline and its
// stages, the accounts (AccountSet) and what acts on messages and contacts. The app wraps it in
// the QML facade (models/Session); the command-line client and the tests use it directly.
#pragma once

#include <memory>

#include <QObject>

#include "account/AccountConfig.h"

class Account;
class AccountContext;
class AccountSet;
class AccountStore;
class ArchiveCatchUp;
class BlockList;
class ChatStore;
class ContactActions;
class ContactFacts;
class CredentialStore;
class Database;
class GatewayNetworkStore;
class GatewayNetworks;
class MessageActions;
class MessageAmendments;
class MessagePipeline;
class MessageStore;
class Outbox;
class PresenceCache;
class PresenceStore;
class RosterStore;
class TypingNotifier;

class SessionCore : public QObject
{
    Q_OBJECT
public:
    explicit SessionCore(const QString &databasePath, QObject *parent = nullptr);
    ~SessionCore() override;

    AccountSet *accounts() const { return m_accounts.get(); }
    // Per-account pieces; an empty jid means the primary account. Null when there is no such account.
    AccountContext *context(const QString &jid = {}) const;
    Account *account(const QString &jid = {}) const;
    Outbox *outbox(const QString &jid = {}) const;
    ArchiveCatchUp *archiveCatchUp(const QString &jid = {}) const;

    Database *database() const { return m_database.get(); }
    MessageStore *messageStore() const { return m_messages.get(); }
    ChatStore *chatStore() const { return m_chatStore.get(); }
    RosterStore *rosterStore() const { return m_roster.get(); }
    AccountStore *accountStore() const { return m_accountStore.get(); }
    MessagePipeline *pipeline() const { return m_pipeline.get(); }
    MessageAmendments *amendments() const { return m_amendments.get(); }
    MessageActions *messageActions() const { return m_actions.get(); }
    ContactActions *contactActions() const { return m_contactActions.get(); }
    TypingNotifier *typingNotifier() const { return m_typing.get(); }
    PresenceCache *presenceCache() const { return m_presence.get(); }
    BlockList *blockList() const { return m_blockList.get(); }
    GatewayNetworks *gatewayNetworks() const { return m_networks.get(); }
    // What the models read of presence, blocking and gateway networks.
    ContactFacts *contactFacts() const { return m_facts.get(); }

    // accountJid empty: the primary account. A message ends our "typing" in that chat.
    void sendMessage(
        const QString &chatJid, const QString &text, const QString &accountJid = {}, qint64 replyToRowId = 0);
    void correctMessage(qint64 rowId, const QString &text);
    // XEP-0085 state (TypingNotifier::State) of ours in a chat: sent when it changes.
    void setChatState(const QString &chatJid, int state, const QString &accountJid = {});

Q_SIGNALS:
    // The peer's chat state changed (QXmppMessage::State values).
    void chatStateReceived(const QString &account, const QString &chatJid, int state);
    // Something the person asked for could not be done; a passing message, not a state.
    void notice(const QString &text);

private:
    void buildPipeline();
    void setUpContacts();
    std::unique_ptr<AccountContext> makeContext(const AccountConfig &config);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<ChatStore> m_chatStore;
    std::unique_ptr<RosterStore> m_roster;
    std::unique_ptr<MessagePipeline> m_pipeline;
    std::unique_ptr<MessageAmendments> m_amendments;
    std::unique_ptr<MessageActions> m_actions;
    std::unique_ptr<AccountStore> m_accountStore;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountSet> m_accounts;
    // Contacts; declared after the accounts, destroyed before them.
    std::unique_ptr<PresenceStore> m_presenceStore;
    std::unique_ptr<PresenceCache> m_presence;
    std::unique_ptr<BlockList> m_blockList;
    std::unique_ptr<GatewayNetworkStore> m_networkStore;
    std::unique_ptr<GatewayNetworks> m_networks;
    std::unique_ptr<ContactFacts> m_facts;
    std::unique_ptr<ContactActions> m_contactActions;
    std::unique_ptr<TypingNotifier> m_typing; // our chat states (XEP-0085)
};
