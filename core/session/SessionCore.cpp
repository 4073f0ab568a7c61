// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionCore.h"

#include <QCoreApplication>

#include "Logging.h"
#include "account/Account.h"
#include "account/CredentialStore.h"
#include "capability/AccountParts.h"
#include "capability/CapabilityHost.h"
#include "capability/MessagePipeline.h"
#include "capability/OutgoingChain.h"
#include "gateways/GatewaysCapability.h"
#include "messaging/MessagingCapability.h"
#include "messaging/Outbox.h"
#include "omemo/OmemoCapability.h"
#include "roster/ContactsCapability.h"
#include "roster/GatewayNetworks.h"
#include "roster/PresenceCache.h"
#include "session/AccountContext.h"
#include "session/AccountSet.h"
#include "storage/AccountStore.h"
#include "storage/ChatStore.h"
#include "storage/Database.h"
#include "storage/MessageAmendments.h"
#include "storage/MessageStore.h"
#include "storage/RosterStore.h"

SessionCore::SessionCore(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<Database>(databasePath))
    , m_messages(std::make_unique<MessageStore>(m_database.get()))
    , m_chatStore(std::make_unique<ChatStore>(m_database.get(), m_messages.get()))
    , m_roster(std::make_unique<RosterStore>(m_database.get()))
    , m_pipeline(std::make_unique<MessagePipeline>(m_messages.get()))
    , m_outgoing(std::make_unique<OutgoingChain>())
    , m_amendments(std::make_unique<MessageAmendments>(m_database.get(), m_messages.get()))
    , m_accountStore(std::make_unique<AccountStore>(m_database.get()))
    , m_credentials(std::make_unique<CredentialStore>())
    , m_accounts(std::make_unique<AccountSet>(m_accountStore.get(), m_credentials.get(),
          [this](const AccountConfig &config) { return makeContext(config); }))
{
    // Queued first on the database thread: every later statement sees the migrated schema.
    m_database->open().onFailed(this, [this](const std::exception &e) {
        qCCritical(lcStorage) << "cannot open the database:" << e.what();
        m_accounts->setLocalError(
            QCoreApplication::translate("Session", "The message database cannot be opened: %1")
                .arg(QString::fromUtf8(e.what())));
        return 0;
    });
    m_host = std::make_unique<CapabilityHost>(
        CapabilityHost::Services { m_database.get(), m_messages.get(), m_roster.get(), m_amendments.get(),
            m_pipeline.get(), m_outgoing.get(), [this](const QString &jid) { return account(jid); },
            [this](const QString &jid) {
                if (Outbox *box = outbox(jid))
                    box->resendPending();
            } });
    connect(m_accounts.get(), &AccountSet::accountAdded, this,
        [this](AccountContext *context) { m_host->accountAdded(*context->parts()); });
    connect(m_accounts.get(), &AccountSet::accountRemoved, this,
        [this](const QString &jid) { m_host->accountRemoved(jid); });

    // One line per capability; each registers its own stages and per-account parts.
    m_messaging = static_cast<MessagingCapability *>(
        install(std::make_unique<MessagingCapability>([this](const QString &jid) { return outbox(jid); })));
    m_contacts = static_cast<ContactsCapability *>(install(std::make_unique<ContactsCapability>()));
    auto *gateways = static_cast<GatewaysCapability *>(
        install(std::make_unique<GatewaysCapability>([this](const QString &domain) {
            return !m_contacts->gatewayNetworks()->network(domain).isEmpty();
        })));
    connect(gateways, &GatewaysCapability::gatewayBack, this, [this](const QString &account) {
        if (Outbox *box = outbox(account))
            box->resendPending();
    });
    install(std::make_unique<OmemoCapability>());

    connect(m_messaging, &MessagingCapability::chatStateReceived, this, &SessionCore::chatStateReceived);
    connect(m_messaging, &MessagingCapability::notice, this, &SessionCore::notice);
    connect(m_messaging, &MessagingCapability::saveFailed, m_accounts.get(), &AccountSet::setLocalError);
    connect(m_contacts, &ContactsCapability::notice, this, &SessionCore::notice);
    connect(m_accounts.get(), &AccountSet::notice, this, &SessionCore::notice);
}

Capability *SessionCore::install(std::unique_ptr<Capability> capability)
{
    const std::size_t firstHook = m_host->addedHookCount();
    capability->install(*m_host);
    for (const auto &c : m_accounts->contexts()) {
        m_host->accountAdded(*c->parts(), firstHook);
    }
    m_capabilities.push_back(std::move(capability));
    return m_capabilities.back().get();
}

Capability *SessionCore::capability(const QString &name) const
{
    for (const auto &c : m_capabilities) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

ContactActions *SessionCore::contactActions() const
{
    return m_contacts->contactActions();
}

PresenceCache *SessionCore::presenceCache() const
{
    return m_contacts->presenceCache();
}

BlockList *SessionCore::blockList() const
{
    return m_contacts->blockList();
}

GatewayNetworks *SessionCore::gatewayNetworks() const
{
    return m_contacts->gatewayNetworks();
}

ContactFacts *SessionCore::contactFacts() const
{
    return m_contacts->contactFacts();
}

std::unique_ptr<AccountContext> SessionCore::makeContext(const AccountConfig &config)
{
    return std::make_unique<AccountContext>(
        config, m_pipeline.get(), m_messages.get(), m_amendments.get(), m_outgoing.get());
}

SessionCore::~SessionCore()
{
    // Contacts online until now were seen until now; the cache goes before the connections do.
    for (const auto &c : m_accounts->contexts()) {
        presenceCache()->accountOffline(c->jid());
    }
    // The capabilities go before the accounts: no hook may reach them while they are destroyed.
    disconnect(m_accounts.get(), nullptr, this, nullptr);
}

AccountContext *SessionCore::context(const QString &jid) const
{
    return m_accounts->context(jid);
}

Account *SessionCore::account(const QString &jid) const
{
    return m_accounts->account(jid);
}

Outbox *SessionCore::outbox(const QString &jid) const
{
    auto *c = context(jid);
    return c ? c->outbox() : nullptr;
}

ArchiveCatchUp *SessionCore::archiveCatchUp(const QString &jid) const
{
    auto *c = context(jid);
    return c ? c->archiveCatchUp() : nullptr;
}

void SessionCore::sendMessage(
    const QString &chatJid, const QString &text, const QString &accountJid, qint64 replyToRowId)
{
    m_messaging->sendMessage(chatJid, text, accountJid, replyToRowId);
}

void SessionCore::correctMessage(qint64 rowId, const QString &text)
{
    m_messaging->correctMessage(rowId, text);
}

void SessionCore::setChatState(const QString &chatJid, int state, const QString &accountJid)
{
    m_messaging->setChatState(chatJid, state, accountJid);
}

MessageActions *SessionCore::messageActions() const
{
    return m_messaging->messageActions();
}

TypingNotifier *SessionCore::typingNotifier() const
{
    return m_messaging->typingNotifier();
}
