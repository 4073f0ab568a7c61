// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root, without QML: owns the database, the shared stores, the receive pipeline,
// the accounts (AccountSet) and the capabilities, each installed by one line (install()) that
// lets it register its stages, stores and per-account parts. The app wraps it in the QML facade
// (models/Session); the command-line client and the tests use it directly.
#pragma once

#include <memory>
#include <vector>

#include <QObject>

#include "account/AccountConfig.h"

class Account;
class AccountContext;
class AccountSet;
class AccountStore;
class ArchiveCatchUp;
class BlockList;
class Capability;
class CapabilityHost;
class ChatStore;
class ContactActions;
class ContactFacts;
class ContactsCapability;
class CredentialStore;
class Database;
class GatewayNetworks;
class MessageActions;
class MessageAmendments;
class MessagePipeline;
class MessagingCapability;
class OutgoingChain;
class MessageStore;
class Outbox;
class PresenceCache;
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
    OutgoingChain *outgoing() const { return m_outgoing.get(); }
    MessageAmendments *amendments() const { return m_amendments.get(); }
    // Messaging's (MessagingCapability): what the person does in a chat, and our chat states.
    MessageActions *messageActions() const;
    TypingNotifier *typingNotifier() const;
    MessagingCapability *messaging() const { return m_messaging; }
    ContactsCapability *contacts() const { return m_contacts; }
    ContactActions *contactActions() const;
    PresenceCache *presenceCache() const;
    BlockList *blockList() const;
    GatewayNetworks *gatewayNetworks() const;
    // What the models read of presence, blocking and gateway networks.
    ContactFacts *contactFacts() const;

    // Installs a capability (see capability/Capability.h): its hooks run for the accounts already
    // there too. The root installs its own in the constructor; tests may add more.
    Capability *install(std::unique_ptr<Capability> capability);
    // By Capability::name(); null when none is installed under it.
    Capability *capability(const QString &name) const;

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
    std::unique_ptr<AccountContext> makeContext(const AccountConfig &config);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<ChatStore> m_chatStore;
    std::unique_ptr<RosterStore> m_roster;
    std::unique_ptr<MessagePipeline> m_pipeline;
    std::unique_ptr<OutgoingChain> m_outgoing;
    std::unique_ptr<MessageAmendments> m_amendments;
    std::unique_ptr<AccountStore> m_accountStore;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<AccountSet> m_accounts;
    std::unique_ptr<CapabilityHost> m_host;
    // Declared after the accounts, destroyed before them.
    std::vector<std::unique_ptr<Capability>> m_capabilities;
    MessagingCapability *m_messaging = nullptr;
    ContactsCapability *m_contacts = nullptr;
};
