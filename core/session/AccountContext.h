// SPDX-License-Identifier: GPL-3.0-or-later
// Everything that runs per account: the connection (Account), the pieces that keep its store
// in step with the server (outbox, archive catch-up, receive pipeline) and the parts the
// capabilities added to it (AccountParts: roster sync, QXmpp managers...).
#pragma once

#include <memory>

#include <QObject>

#include "account/AccountConfig.h"

class Account;
class AccountParts;
class ArchiveCatchUp;
class ChatArchivePager;
class MessageAmendments;
class MessagePipeline;
class MessageStore;
class OutgoingChain;
class Outbox;

class AccountContext : public QObject
{
    Q_OBJECT
public:
    AccountContext(const AccountConfig &config, MessagePipeline *pipeline, MessageStore *messages,
        MessageAmendments *amendments, OutgoingChain *outgoing, QObject *parent = nullptr);
    ~AccountContext() override;

    Account *account() const { return m_account.get(); }
    Outbox *outbox() const { return m_outbox.get(); }
    ArchiveCatchUp *archiveCatchUp() const { return m_catchUp.get(); }
    ChatArchivePager *chatArchive() const { return m_chatArchive.get(); }
    AccountParts *parts() const { return m_parts.get(); }
    const QString &jid() const;

private:
    std::unique_ptr<Account> m_account;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<ArchiveCatchUp> m_catchUp;
    std::unique_ptr<ChatArchivePager> m_chatArchive;
    std::unique_ptr<AccountParts> m_parts; // destroyed first (after the connection closed)
};
