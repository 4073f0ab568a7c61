// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountContext.h"

#include "Logging.h"
#include "account/Account.h"
#include "capability/AccountParts.h"
#include "capability/MessagePipeline.h"
#include "messaging/ArchiveCatchUp.h"
#include "messaging/ChatArchivePager.h"
#include "messaging/Outbox.h"

AccountContext::AccountContext(const AccountConfig &config, MessagePipeline *pipeline, MessageStore *messages,
    MessageAmendments *amendments, OutgoingChain *outgoing, QObject *parent)
    : QObject(parent)
    , m_account(std::make_unique<Account>(config))
    , m_outbox(std::make_unique<Outbox>(m_account.get(), messages, amendments, outgoing))
    , m_catchUp(std::make_unique<ArchiveCatchUp>(m_account.get(), pipeline, messages))
    , m_chatArchive(std::make_unique<ChatArchivePager>(m_account.get(), pipeline, messages))
    , m_parts(std::make_unique<AccountParts>(m_account.get()))
{
    connect(m_account.get(), &Account::messageReceived, this, [this, pipeline](const QXmppMessage &message) {
        pipeline->receive(m_account->jid(), message).onFailed(this, [](const std::exception &e) {
            qCWarning(lcMessaging) << "storing a received message failed:" << e.what();
            return std::optional<Message>();
        });
    });
}

AccountContext::~AccountContext()
{
    // The connection goes first: nothing may reach the pieces below while they are destroyed.
    m_account->disconnectFromServer();
}

const QString &AccountContext::jid() const
{
    return m_account->jid();
}
