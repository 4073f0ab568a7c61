// SPDX-License-Identifier: GPL-3.0-or-later
// What a capability may plug into when it is installed: the database and the shared stores, the
// receive pipeline (addStage), the outgoing chain (addStage), the accounts (by JID), and hooks
// that run for every account added (to create its per-account parts) and removed.
#pragma once

#include <functional>
#include <vector>

#include <QString>

class Account;
class AccountParts;
class Database;
class MessageAmendments;
class MessagePipeline;
class MessageStore;
class OutgoingChain;
class RosterStore;

class CapabilityHost
{
public:
    struct Services
    {
        Database *database = nullptr;
        MessageStore *messages = nullptr;
        RosterStore *roster = nullptr;
        MessageAmendments *amendments = nullptr;
        MessagePipeline *pipeline = nullptr;
        OutgoingChain *outgoing = nullptr;
        // An empty JID: the primary account. Null when there is no such account.
        std::function<Account *(const QString &)> account;
        // Sends the account's pending messages again (through the outgoing chain).
        std::function<void(const QString &)> retryHeld;
    };
    using AccountHook = std::function<void(AccountParts &)>;
    using AccountGoneHook = std::function<void(const QString &jid)>;

    explicit CapabilityHost(Services services);

    Database *database() const { return m_services.database; }
    MessageStore *messageStore() const { return m_services.messages; }
    RosterStore *rosterStore() const { return m_services.roster; }
    MessageAmendments *amendments() const { return m_services.amendments; }
    MessagePipeline *pipeline() const { return m_services.pipeline; }
    OutgoingChain *outgoing() const { return m_services.outgoing; }
    Account *account(const QString &jid = {}) const;
    // A stage that held a message of the account says it may go now (e.g. the contact published
    // devices to encrypt for): the account's pending messages pass the chain again.
    void retryHeld(const QString &accountJid) const;

    // `added` runs for every account from now on (and, through the root, for those already
    // there), before it connects: the place to add a QXmpp manager to its client.
    void onAccountAdded(AccountHook added);
    // `removed` runs when an account is taken out, while its parts still exist.
    void onAccountRemoved(AccountGoneHook removed);

    // For the root: runs the hooks (from index `first` on: those of one late install).
    void accountAdded(AccountParts &parts, std::size_t first = 0) const;
    void accountRemoved(const QString &jid) const;
    std::size_t addedHookCount() const { return m_added.size(); }

private:
    Services m_services;
    std::vector<AccountHook> m_added;
    std::vector<AccountGoneHook> m_removed;
};
