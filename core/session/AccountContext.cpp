// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountContext.h"

#include "Logging.h"
#include "account/Account.h"
#include "messaging/ArchiveCatchUp.h"
#include "messaging/ChatArchivePager.h"
#include "messaging/MessagePipeline.h"
#include "messaging/Outbox.h"
#include "roster/RosterSync.h"

AccountContext::AccountContext(const AccountConfig &config, MessagePipeline *pipeline, MessageStore *messages,
    RosterStore *roster, MessageAmendments *amendments, QObject *parent)
    : QObject(parent)
    , m_account(std::make_unique<Account>(config))
    , m_rosterSync(std::make_unique<RosterSync>(m_account.get(), roster))
    , m_outbox(std::make_unique<Outbox>(m_account.get(), messages, amendments))
    , m_catchUp(std::make_unique<ArchiveCatchUp>(m_account.get(), pipeline, messages))
    , m_chatArchive(std::make_unique<ChatArchivePager>(m_account.get(), pipeline, messages))
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
