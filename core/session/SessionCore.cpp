// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionCore.h"

#include <QCoreApplication>

#include "Logging.h"
#include "account/Account.h"
#include "account/CredentialStore.h"
#include "messaging/ChatMarkerStage.h"
#include "messaging/ChatMessageFilter.h"
#include "messaging/ChatStateStage.h"
#include "messaging/CorrectionStage.h"
#include "messaging/EmptyBodyFilter.h"
#include "messaging/MessageActions.h"
#include "messaging/MessagePipeline.h"
#include "messaging/Outbox.h"
#include "messaging/ReactionStage.h"
#include "messaging/ReplyStage.h"
#include "messaging/RetractionStage.h"
#include "messaging/TypingNotifier.h"
#include "roster/BlockList.h"
#include "roster/ContactActions.h"
#include "roster/ContactFacts.h"
#include "roster/GatewayNetworks.h"
#include "roster/PresenceCache.h"
#include "session/AccountContext.h"
#include "session/AccountSet.h"
#include "storage/AccountStore.h"
#include "storage/ChatStore.h"
#include "storage/Database.h"
#include "storage/GatewayNetworkStore.h"
#include "storage/MessageAmendments.h"
#include "storage/MessageStore.h"
#include "storage/PresenceStore.h"
#include "storage/RosterStore.h"

SessionCore::SessionCore(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<Database>(databasePath))
    , m_messages(std::make_unique<MessageStore>(m_database.get()))
    , m_chatStore(std::make_unique<ChatStore>(m_database.get(), m_messages.get()))
    , m_roster(std::make_unique<RosterStore>(m_database.get()))
    , m_pipeline(std::make_unique<MessagePipeline>(m_messages.get()))
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
    buildPipeline();
    m_actions = std::make_unique<MessageActions>(
        m_messages.get(), [this](const QString &jid) { return outbox(jid); });
    connect(m_actions.get(), &MessageActions::failed, this, &SessionCore::notice);
    connect(m_actions.get(), &MessageActions::saveFailed, m_accounts.get(), &AccountSet::setLocalError);
    connect(m_accounts.get(), &AccountSet::notice, this, &SessionCore::notice);
    m_typing = std::make_unique<TypingNotifier>(
        [this](const QString &account, const QString &chat, TypingNotifier::State state) {
            Outbox *box = outbox(account);
            return box && box->sendChatState(chat, state);
        });
    setUpContacts();
}

void SessionCore::buildPipeline()
{
    m_pipeline->addStage(std::make_unique<ChatMessageFilter>());
    m_pipeline->addStage(std::make_unique<ChatMarkerStage>(m_messages.get()));
    m_pipeline->addStage(
        std::make_unique<ChatStateStage>([this](const QString &account, const QString &chat, int state) {
            Q_EMIT chatStateReceived(account, chat, state);
        }));
    m_pipeline->addStage(std::make_unique<CorrectionStage>(m_amendments.get()));
    m_pipeline->addStage(std::make_unique<RetractionStage>(m_amendments.get()));
    m_pipeline->addStage(std::make_unique<ReactionStage>(m_amendments.get()));
    m_pipeline->addStage(std::make_unique<ReplyStage>());
    m_pipeline->addStage(std::make_unique<EmptyBodyFilter>());
}

void SessionCore::setUpContacts()
{
    m_presenceStore = std::make_unique<PresenceStore>(m_database.get());
    m_presence = std::make_unique<PresenceCache>(m_presenceStore.get());
    m_blockList = std::make_unique<BlockList>();
    m_networkStore = std::make_unique<GatewayNetworkStore>(m_database.get());
    m_networks = std::make_unique<GatewayNetworks>(m_networkStore.get());
    m_facts = std::make_unique<ContactFacts>();
    m_facts->setPresenceCache(m_presence.get());
    m_facts->setBlockList(m_blockList.get());
    m_facts->setGatewayNetworks(m_networks.get());
    m_contactActions = std::make_unique<ContactActions>([this](const QString &jid) { return account(jid); });
    connect(m_contactActions.get(), &ContactActions::notice, this, &SessionCore::notice);
    connect(m_accounts.get(), &AccountSet::accountAdded, this, [this](AccountContext *context) {
        m_presence->watch(context->account());
        m_blockList->watch(context->account());
        m_networks->watch(context->account());
    });
    connect(m_accounts.get(), &AccountSet::accountRemoved, this,
        [this](const QString &jid) { m_blockList->forget(jid); });
}

std::unique_ptr<AccountContext> SessionCore::makeContext(const AccountConfig &config)
{
    return std::make_unique<AccountContext>(
        config, m_pipeline.get(), m_messages.get(), m_roster.get(), m_amendments.get());
}

SessionCore::~SessionCore()
{
    // Contacts online until now were seen until now; the cache goes before the connections do.
    for (const auto &c : m_accounts->contexts()) {
        m_presence->accountOffline(c->jid());
    }
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
    if (text.trimmed().isEmpty() || !outbox(accountJid)) {
        return;
    }
    m_typing->messageSent(account(accountJid)->jid(), chatJid); // the message says <active/>
    m_actions->send(chatJid, text, accountJid, replyToRowId);
}

void SessionCore::correctMessage(qint64 rowId, const QString &text)
{
    // The correction carries <active/> (Outbox): typing it is over.
    m_messages->messageByRowId(rowId).then(this, [this](const std::optional<Message> &original) {
        if (original)
            m_typing->messageSent(original->account, original->chatJid);
    });
    m_actions->correct(rowId, text);
}

void SessionCore::setChatState(const QString &chatJid, int state, const QString &accountJid)
{
    if (Account *owner = account(accountJid)) {
        m_typing->setState(owner->jid(), chatJid, TypingNotifier::State(state));
    }
}
