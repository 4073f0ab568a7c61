// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <QDir>
#include <QFileInfo>

#include "models/AccountsController.h"
#include "models/ChatsController.h"
#include "models/ContactsController.h"
#include "models/PlainTextMarkup.h"
#include "models/RootController.h"
#include "session/SessionCore.h"

Session::Session(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_root(std::make_unique<RootController>(
          databasePath, QFileInfo(databasePath).dir().filePath(QStringLiteral("settings.ini"))))
{
    AccountsController *accounts = m_root->accounts();
    ChatsController *chats = m_root->chats();
    connect(m_root.get(), &RootController::notice, this, &Session::notice);
    connect(accounts, &AccountsController::accountsChanged, this, &Session::accountChanged);
    connect(accounts, &AccountsController::connectionStateChanged, this, &Session::connectionStateChanged);
    connect(accounts, &AccountsController::errorTextChanged, this, &Session::errorTextChanged);
    connect(accounts, &AccountsController::keychainNoticeChanged, this, &Session::keychainNoticeChanged);
    connect(chats, &ChatsController::chatRequested, this, &Session::chatRequested);
    connect(chats, &ChatsController::chatStateReceived, this, &Session::chatStateReceived);
    connect(m_root->contacts(), &ContactsController::presenceChanged, this, &Session::contactPresenceChanged);
}

Session::~Session()
{
    disconnect(m_root.get(), nullptr, this, nullptr);
    disconnect(m_root->accounts(), nullptr, this, nullptr);
    disconnect(m_root->chats(), nullptr, this, nullptr);
    disconnect(m_root->contacts(), nullptr, this, nullptr);
}

// Each of these forwards to the core or to a controller.
// clang-format off
SessionCore *Session::core() const { return m_root->core(); }
ChatListModel *Session::chats() const { return m_root->chats()->list(); }
RosterTreeModel *Session::roster() const { return m_root->contacts()->roster(); }
SubscriptionRequestModel *Session::subscriptionRequests() const { return m_root->contacts()->requests(); }
SearchResultsModel *Session::search() const { return m_root->chats()->search(); }
AccountCreation *Session::accountCreation() const { return m_root->accounts()->creation(); }
AccountListModel *Session::accountList() const { return m_root->accounts()->list(); }
NotificationSettings *Session::notificationSettings() const { return m_root->notificationSettings(); }
AccountContext *Session::context(const QString &jid) const { return core()->context(jid); }
ArchiveCatchUp *Session::archiveCatchUp(const QString &jid) const { return core()->archiveCatchUp(jid); }
Account *Session::account(const QString &jid) const { return core()->account(jid); }
Outbox *Session::outbox(const QString &jid) const { return core()->outbox(jid); }
MessageStore *Session::messageStore() const { return core()->messageStore(); }
RosterStore *Session::rosterStore() const { return core()->rosterStore(); }
MessagePipeline *Session::pipeline() const { return core()->pipeline(); }
MessageAmendments *Session::amendments() const { return core()->amendments(); }
TypingNotifier *Session::typingNotifier() const { return core()->typingNotifier(); }
PresenceCache *Session::presenceCache() const { return core()->presenceCache(); }
BlockList *Session::blockList() const { return core()->blockList(); }
GatewayNetworks *Session::gatewayNetworks() const { return core()->gatewayNetworks(); }
QString Session::accountJid() const { return m_root->accounts()->primaryJid(); }
QStringList Session::accounts() const { return m_root->accounts()->jids(); }
QString Session::errorText() const { return m_root->accounts()->errorText(); }
QString Session::savedJid() const { return m_root->accounts()->savedJid(); }
QString Session::keychainNotice() const { return m_root->accounts()->keychainNotice(); }
QString Session::certificateAccount() const { return m_root->accounts()->certificateAccount(); }
QString Session::certificateFingerprint() const { return m_root->accounts()->certificateFingerprint(); }
Session::ConnectionState Session::connectionState() const { return ConnectionState(int(m_root->accounts()->connectionState())); }
QObject *Session::controller(const QString &capability) const { return m_root->controller(capability); }
void Session::restoreAccounts() { m_root->accounts()->restore(); }
void Session::login(const QString &jid, const QString &password, const QString &host, int port) { m_root->accounts()->login(jid, password, host, port); }
void Session::logout(const QString &jid) { m_root->accounts()->logout(jid); }
void Session::setAccountEnabled(const QString &jid, bool enabled) { m_root->accounts()->setEnabled(jid, enabled); }
void Session::removeAccount(const QString &jid) { m_root->accounts()->remove(jid); }
void Session::trustCertificate(const QString &jid, const QString &fingerprint) { m_root->accounts()->trustCertificate(jid, fingerprint); }
void Session::setActive(bool active) { m_root->accounts()->setActive(active); }
MessageListModel *Session::openChat(const QString &chatJid, const QString &account) { return m_root->chats()->open(chatJid, account); }
void Session::sendMessage(const QString &chatJid, const QString &text, const QString &account, qint64 replyToRowId) { m_root->chats()->send(chatJid, text, account, replyToRowId); }
void Session::correctMessage(qint64 rowId, const QString &text) { m_root->chats()->correct(rowId, text); }
void Session::retractMessage(qint64 rowId) { m_root->chats()->retract(rowId); }
void Session::retryMessage(qint64 rowId) { m_root->chats()->retry(rowId); }
void Session::toggleReaction(qint64 rowId, const QString &emoji) { m_root->chats()->toggleReaction(rowId, emoji); }
void Session::markChatRead(qint64 chatId) { m_root->chats()->markRead(chatId); }
void Session::sendChatState(const QString &chatJid, ChatState state, const QString &account) { m_root->chats()->setChatState(chatJid, ChatsController::ChatState(int(state)), account); }
void Session::setViewedChat(const QString &chatJid, const QString &account) { m_root->chats()->setViewed(chatJid, account); }
bool Session::isChatViewed(const QString &account, const QString &chatJid) const { return m_root->chats()->isViewed(account, chatJid); }
void Session::requestChat(const QString &chatJid, const QString &account) { m_root->chats()->request(chatJid, account); }
QString Session::asPlainText(const QString &text) const { return plainTextMarkup(text); }
QVariantMap Session::contactPresence(const QString &jid, const QString &account) const { return m_root->contacts()->presence(jid, account); }
QString Session::addContact(const QString &jid, const QString &name, const QString &group, const QString &account) { return m_root->contacts()->add(jid, name, group, account); }
void Session::removeContact(const QString &jid, const QString &account) { m_root->contacts()->remove(jid, account); }
void Session::renameContact(const QString &jid, const QString &name, const QString &account) { m_root->contacts()->rename(jid, name, account); }
void Session::setContactGroups(const QString &jid, const QStringList &groups, const QString &account) { m_root->contacts()->setGroups(jid, groups, account); }
void Session::blockContact(const QString &jid, const QString &account) { m_root->contacts()->block(jid, account); }
void Session::unblockContact(const QString &jid, const QString &account) { m_root->contacts()->unblock(jid, account); }
void Session::cancelSubscription(const QString &jid, const QString &account) { m_root->contacts()->cancelSubscription(jid, account); }
void Session::unsubscribe(const QString &jid, const QString &account) { m_root->contacts()->unsubscribe(jid, account); }
// clang-format on
