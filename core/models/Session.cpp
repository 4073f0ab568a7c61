// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <QDir>
#include <QFileInfo>

#include "capability/Capability.h"
#include "messaging/MessageActions.h"
#include "models/AccountCreation.h"
#include "models/AccountListModel.h"
#include "models/ChatListModel.h"
#include "models/MessageListModel.h"
#include "models/NotificationSettings.h"
#include "models/PlainTextMarkup.h"
#include "models/RosterTreeModel.h"
#include "models/SearchResultsModel.h"
#include "models/SubscriptionRequestModel.h"
#include "roster/ContactActions.h"
#include "roster/PresenceCache.h"
#include "session/AccountContext.h"
#include "session/AccountSet.h"
#include "session/SessionCore.h"
#include "storage/ContactPresence.h"
#include "storage/RosterStore.h"

Session::Session(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_core(std::make_unique<SessionCore>(databasePath))
    , m_chats(std::make_unique<ChatListModel>(m_core->chatStore(), m_core->messageStore()))
    , m_rosterTree(std::make_unique<RosterTreeModel>(m_core->rosterStore(), [this] { return accounts(); }))
    , m_requests(
          std::make_unique<SubscriptionRequestModel>([this](const QString &jid) { return account(jid); }))
    , m_search(std::make_unique<SearchResultsModel>(m_core->messageStore()))
    , m_accountCreation(std::make_unique<AccountCreation>(
          [this](const QString &jid, const QString &password, const QString &host, int port) {
              login(jid, password, host, port);
          }))
    , m_accountList(std::make_unique<AccountListModel>(
          m_core->accountStore(), [this](const QString &jid) { return account(jid); },
          [this] { return accounts(); }))
    , m_notificationSettings(std::make_unique<NotificationSettings>(
          QFileInfo(databasePath).dir().filePath(QStringLiteral("settings.ini"))))
{
    connect(m_core.get(), &SessionCore::notice, this, &Session::notice);
    connect(m_core.get(), &SessionCore::chatStateReceived, this, &Session::chatStateReceived);
    connect(m_core->presenceCache(), &PresenceCache::presenceChanged, this, &Session::contactPresenceChanged);
    connect(this, &Session::accountChanged, m_rosterTree.get(), &RosterTreeModel::reload);
    connect(m_core->rosterStore(), &RosterStore::rosterChanged, m_chats.get(), &ChatListModel::reload);
    connect(this, &Session::accountChanged, m_accountList.get(), &AccountListModel::reload);
    connect(this, &Session::connectionStateChanged, m_accountList.get(), &AccountListModel::refreshStates);
    connect(this, &Session::errorTextChanged, m_accountList.get(), &AccountListModel::refreshStates);
    m_accountList->reload();
    m_rosterTree->setContactFacts(m_core->contactFacts());
    m_chats->setContactFacts(m_core->contactFacts());
    watchAccounts();
}

void Session::watchAccounts()
{
    AccountSet *set = m_core->accounts();
    connect(set, &AccountSet::accountsChanged, this, &Session::accountChanged);
    connect(set, &AccountSet::connectionStateChanged, this, &Session::connectionStateChanged);
    connect(set, &AccountSet::errorTextChanged, this, &Session::errorTextChanged);
    connect(set, &AccountSet::keychainNoticeChanged, this, &Session::keychainNoticeChanged);
    connect(set, &AccountSet::configurationChanged, m_accountList.get(), &AccountListModel::reload);
    connect(set, &AccountSet::accountAdded, this, [this](AccountContext *context) {
        m_requests->watch(context->account());
        // Chats open from before (the account logged in again, or enabled again) page through
        // the new connection's archive.
        m_openChats.removeAll(nullptr);
        for (const QPointer<MessageListModel> &chat : std::as_const(m_openChats)) {
            if (chat->account() == context->jid())
                chat->setArchivePager(context->chatArchive());
        }
    });
    connect(set, &AccountSet::accountRemoved, this, [this](const QString &jid) { m_requests->forget(jid); });
}

Session::~Session()
{
    // The models go first; nothing the core signals while it shuts down may reach them.
    disconnect(m_core.get(), nullptr, this, nullptr);
    disconnect(m_core->accounts(), nullptr, this, nullptr);
    disconnect(m_core->presenceCache(), nullptr, this, nullptr);
}

// clang-format off
AccountContext *Session::context(const QString &jid) const { return m_core->context(jid); }
ArchiveCatchUp *Session::archiveCatchUp(const QString &jid) const { return m_core->archiveCatchUp(jid); }
Account *Session::account(const QString &jid) const { return m_core->account(jid); }
Outbox *Session::outbox(const QString &jid) const { return m_core->outbox(jid); }
MessageStore *Session::messageStore() const { return m_core->messageStore(); }
RosterStore *Session::rosterStore() const { return m_core->rosterStore(); }
MessagePipeline *Session::pipeline() const { return m_core->pipeline(); }
MessageAmendments *Session::amendments() const { return m_core->amendments(); }
TypingNotifier *Session::typingNotifier() const { return m_core->typingNotifier(); }
PresenceCache *Session::presenceCache() const { return m_core->presenceCache(); }
BlockList *Session::blockList() const { return m_core->blockList(); }
GatewayNetworks *Session::gatewayNetworks() const { return m_core->gatewayNetworks(); }
QString Session::accountJid() const { return m_core->accounts()->primaryJid(); }
QStringList Session::accounts() const { return m_core->accounts()->jids(); }
QString Session::errorText() const { return m_core->accounts()->errorText(); }
QString Session::savedJid() const { return m_core->accounts()->savedJid(); }
QString Session::keychainNotice() const { return m_core->accounts()->keychainNotice(); }
QString Session::certificateAccount() const { return m_core->accounts()->certificateAccount(); }
QString Session::certificateFingerprint() const { return m_core->accounts()->certificateFingerprint(); }
void Session::restoreAccounts() { m_core->accounts()->restore(); }

QObject *Session::controller(const QString &capability) const
{
    const Capability *installed = m_core->capability(capability);
    return installed ? installed->controller() : nullptr;
}
void Session::logout(const QString &jid) { m_core->accounts()->logout(jid); }
void Session::setAccountEnabled(const QString &jid, bool enabled) { m_core->accounts()->setEnabled(jid, enabled); }
void Session::removeAccount(const QString &jid) { m_core->accounts()->remove(jid); }
void Session::setActive(bool active) { m_core->accounts()->setActive(active); }
void Session::correctMessage(qint64 rowId, const QString &text) { m_core->correctMessage(rowId, text); }
void Session::retractMessage(qint64 rowId) { m_core->messageActions()->retract(rowId); }
void Session::retryMessage(qint64 rowId) { m_core->messageActions()->retry(rowId); }
void Session::toggleReaction(qint64 rowId, const QString &emoji) { m_core->messageActions()->toggleReaction(rowId, emoji); }
void Session::markChatRead(qint64 chatId) { m_core->messageActions()->markChatRead(chatId); }
QString Session::asPlainText(const QString &text) const { return plainTextMarkup(text); }
void Session::requestChat(const QString &chatJid, const QString &account) { Q_EMIT chatRequested(chatJid, account); }
// clang-format on

Session::ConnectionState Session::connectionState() const
{
    // The same states in the same order (QML compares against Session's enum).
    return ConnectionState(int(m_core->accounts()->connectionState()));
}

void Session::login(const QString &jid, const QString &password, const QString &host, int port)
{
    m_core->accounts()->login(jid, password, host, port);
}

void Session::trustCertificate(const QString &jid, const QString &fingerprint)
{
    m_core->accounts()->trustCertificate(jid, fingerprint);
}

MessageListModel *Session::openChat(const QString &chatJid, const QString &account)
{
    AccountContext *owner = context(account);
    auto *model = new MessageListModel(m_core->messageStore(), m_core->amendments(),
        account.isEmpty() ? accountJid() : account, chatJid, owner ? owner->chatArchive() : nullptr);
    m_openChats.removeAll(nullptr);
    m_openChats.append(model);
    QQmlEngine::setObjectOwnership(model, QQmlEngine::JavaScriptOwnership);
    return model;
}

void Session::sendMessage(
    const QString &chatJid, const QString &text, const QString &account, qint64 replyToRowId)
{
    m_core->sendMessage(chatJid, text, account, replyToRowId);
}

void Session::sendChatState(const QString &chatJid, ChatState state, const QString &account)
{
    m_core->setChatState(chatJid, state, account);
}

QVariantMap Session::contactPresence(const QString &jid, const QString &account) const
{
    const QString owner = account.isEmpty() ? accountJid() : account;
    const ContactPresence known = m_core->presenceCache()->presence(owner, jid);
    QVariantMap result { { QStringLiteral("presence"), int(known.availability) },
        { QStringLiteral("statusText"), known.statusText } };
    if (known.lastSeen > 0)
        result.insert(QStringLiteral("lastSeen"), QDateTime::fromMSecsSinceEpoch(known.lastSeen));
    return result;
}

void Session::setViewedChat(const QString &chatJid, const QString &account)
{
    m_viewedChatJid = chatJid;
    m_viewedChatAccount = account;
}

bool Session::isChatViewed(const QString &account, const QString &chatJid) const
{
    return !m_viewedChatJid.isEmpty() && m_viewedChatJid == chatJid
        && (m_viewedChatAccount.isEmpty() ? account == accountJid() : account == m_viewedChatAccount);
}

QString Session::addContact(
    const QString &jid, const QString &name, const QString &group, const QString &account)
{
    return m_core->contactActions()->addContact(jid, name, group, account);
}

// clang-format off
void Session::removeContact(const QString &jid, const QString &account) { m_core->contactActions()->removeContact(jid, account); }
void Session::renameContact(const QString &jid, const QString &name, const QString &account) { m_core->contactActions()->renameContact(jid, name, account); }
void Session::setContactGroups(const QString &jid, const QStringList &groups, const QString &account) { m_core->contactActions()->setContactGroups(jid, groups, account); }
void Session::blockContact(const QString &jid, const QString &account) { m_core->contactActions()->blockContact(jid, account); }
void Session::unblockContact(const QString &jid, const QString &account) { m_core->contactActions()->unblockContact(jid, account); }
void Session::cancelSubscription(const QString &jid, const QString &account) { m_core->contactActions()->cancelSubscription(jid, account); }
void Session::unsubscribe(const QString &jid, const QString &account) { m_core->contactActions()->unsubscribe(jid, account); }
// clang-format on
