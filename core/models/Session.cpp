// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QXmppBlockingManager.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include "AccountCreation.h"
#include "AccountListModel.h"
#include "ChatListModel.h"
#include "Logging.h"
#include "MessageListModel.h"
#include "NotificationSettings.h"
#include "PlainTextMarkup.h"
#include "RosterTreeModel.h"
#include "SearchResultsModel.h"
#include "SubscriptionRequestModel.h"
#include "account/Account.h"
#include "account/AccountContext.h"
#include "account/CertificatePin.h"
#include "account/CredentialStore.h"
#include "account/KeychainError.h"
#include "account/OversizedIdGuard.h"
#include "messaging/ArchiveCatchUp.h"
#include "messaging/ChatArchivePager.h"
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
#include "roster/ContactFacts.h"
#include "roster/GatewayNetworks.h"
#include "roster/PresenceCache.h"
#include "roster/Rfc6121RosterManager.h"
#include "storage/AccountStore.h"
#include "storage/ChatStore.h"
#include "storage/Database.h"
#include "storage/GatewayNetworkStore.h"
#include "storage/MessageAmendments.h"
#include "storage/MessageStore.h"
#include "storage/PresenceStore.h"
#include "storage/RosterStore.h"

namespace {
bool isValidBareJid(const QString &jid)
{
    const QString local = QXmppUtils::jidToUser(jid);
    const QString domain = QXmppUtils::jidToDomain(jid);
    return !local.isEmpty() && !domain.isEmpty() && QXmppUtils::jidToBareJid(jid) == jid
        && !jid.contains(QLatin1Char(' ')) && !domain.startsWith(QLatin1Char('.'))
        && !domain.endsWith(QLatin1Char('.'));
}
} // namespace

Session::Session(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_database(std::make_unique<Database>(databasePath))
    , m_messages(std::make_unique<MessageStore>(m_database.get()))
    , m_roster(std::make_unique<RosterStore>(m_database.get()))
    , m_pipeline(std::make_unique<MessagePipeline>(m_messages.get()))
    , m_amendments(std::make_unique<MessageAmendments>(m_database.get(), m_messages.get()))
    , m_accountStore(std::make_unique<AccountStore>(m_database.get()))
    , m_credentials(std::make_unique<CredentialStore>())
    , m_notificationSettings(std::make_unique<NotificationSettings>(
          QFileInfo(databasePath).dir().filePath(QStringLiteral("settings.ini"))))
{
    // Queued first on the database thread: every later statement sees the migrated schema.
    m_database->open().onFailed(this, [this](const std::exception &e) {
        qCCritical(lcStorage) << "cannot open the database:" << e.what();
        setLocalError(tr("The message database cannot be opened: %1").arg(QString::fromUtf8(e.what())));
        return 0;
    });
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
    m_typing = std::make_unique<TypingNotifier>(
        [this](const QString &account, const QString &chat, TypingNotifier::State state) {
            return transmitChatState(account, chat, state);
        });
    m_chatStore = std::make_unique<ChatStore>(m_database.get(), m_messages.get());
    m_chats = std::make_unique<ChatListModel>(m_chatStore.get(), m_messages.get());
    m_rosterTree = std::make_unique<RosterTreeModel>(m_roster.get(), [this] { return accounts(); });
    connect(this, &Session::accountChanged, m_rosterTree.get(), &RosterTreeModel::reload);
    m_requests
        = std::make_unique<SubscriptionRequestModel>([this](const QString &jid) { return account(jid); });
    m_search = std::make_unique<SearchResultsModel>(m_messages.get());
    m_actions = std::make_unique<MessageActions>(
        m_messages.get(), [this](const QString &jid) { return outbox(jid); });
    connect(m_actions.get(), &MessageActions::failed, this, &Session::notice);
    connect(m_roster.get(), &RosterStore::rosterChanged, m_chats.get(), &ChatListModel::reload);
    m_accountCreation = std::make_unique<AccountCreation>(
        [this](const QString &jid, const QString &password, const QString &host, int port) {
            login(jid, password, host, port);
        });
    m_accountList = std::make_unique<AccountListModel>(
        m_accountStore.get(), [this](const QString &jid) { return account(jid); },
        [this] { return accounts(); });
    connect(this, &Session::accountChanged, m_accountList.get(), &AccountListModel::reload);
    connect(this, &Session::connectionStateChanged, m_accountList.get(), &AccountListModel::refreshStates);
    connect(this, &Session::errorTextChanged, m_accountList.get(), &AccountListModel::refreshStates);
    m_accountList->reload();
    setUpContacts();
}

void Session::setUpContacts()
{
    m_presenceStore = std::make_unique<PresenceStore>(m_database.get());
    m_presence = std::make_unique<PresenceCache>(m_presenceStore.get());
    connect(m_presence.get(), &PresenceCache::presenceChanged, this, &Session::contactPresenceChanged);
    m_blockList = std::make_unique<BlockList>();
    m_networkStore = std::make_unique<GatewayNetworkStore>(m_database.get());
    m_networks = std::make_unique<GatewayNetworks>(m_networkStore.get());
    m_facts = std::make_unique<ContactFacts>();
    m_facts->setPresenceCache(m_presence.get());
    m_facts->setBlockList(m_blockList.get());
    m_facts->setGatewayNetworks(m_networks.get());
    m_rosterTree->setContactFacts(m_facts.get());
    m_chats->setContactFacts(m_facts.get());
}

Session::~Session()
{
    // Contacts online until now were seen until now; the cache goes before the connections do.
    for (const auto &c : m_accounts) {
        m_presence->accountOffline(c->jid());
    }
}

AccountContext *Session::context(const QString &jid) const
{
    if (m_accounts.empty()) {
        return nullptr;
    }
    if (jid.isEmpty()) {
        return m_accounts.front().get();
    }
    for (const auto &context : m_accounts) {
        if (context->jid() == jid) {
            return context.get();
        }
    }
    return nullptr;
}

Account *Session::account(const QString &jid) const
{
    auto *c = context(jid);
    return c ? c->account() : nullptr;
}

Outbox *Session::outbox(const QString &jid) const
{
    auto *c = context(jid);
    return c ? c->outbox() : nullptr;
}

ArchiveCatchUp *Session::archiveCatchUp(const QString &jid) const
{
    auto *c = context(jid);
    return c ? c->archiveCatchUp() : nullptr;
}

QString Session::accountJid() const
{
    auto *c = context();
    return c ? c->jid() : QString();
}

QStringList Session::accounts() const
{
    QStringList jids;
    for (const auto &c : m_accounts) {
        jids.append(c->jid());
    }
    return jids;
}

Session::ConnectionState Session::connectionState() const
{
    if (m_accounts.empty()) {
        return m_localError.isEmpty() ? NoAccount : Failed;
    }
    if (!m_localError.isEmpty()) {
        return Failed;
    }
    bool allConnected = true;
    bool anyConnecting = false;
    for (const auto &c : m_accounts) {
        switch (c->account()->state()) {
        case Account::State::Failed:
            return Failed;
        case Account::State::Connecting:
            anyConnecting = true;
            allConnected = false;
            break;
        case Account::State::Disconnected:
            allConnected = false;
            break;
        case Account::State::Connected:
            break;
        }
    }
    return allConnected ? Connected : (anyConnecting ? Connecting : Disconnected);
}

QString Session::errorText() const
{
    if (!m_localError.isEmpty()) {
        return m_localError;
    }
    for (const auto &c : m_accounts) {
        if (c->account()->state() == Account::State::Failed) {
            return c->account()->errorText();
        }
    }
    return {};
}

void Session::setLocalError(const QString &text)
{
    m_localError = text;
    Q_EMIT errorTextChanged();
    Q_EMIT connectionStateChanged();
}

void Session::login(const QString &jid, const QString &password, const QString &host, int port)
{
    const QString bare = jid.trimmed().toLower();
    if (!isValidBareJid(bare)) {
        qCWarning(lcAccount) << "rejected login with a malformed address" << jid;
        setLocalError(tr("\"%1\" is not a valid chat address. It looks like name@example.org.").arg(jid));
        return;
    }
    if (password.isEmpty()) {
        setLocalError(tr("Enter the password of %1.").arg(bare));
        return;
    }
    logout(bare);
    m_localError.clear();

    AccountConfig config;
    config.jid = bare;
    config.password = password;
    config.host = host;
    config.port = port;
    auto context = std::make_unique<AccountContext>(
        config, m_pipeline.get(), m_messages.get(), m_roster.get(), m_amendments.get());
    Account *account = context->account();
    connect(account, &Account::stateChanged, this, &Session::connectionStateChanged);
    connect(account, &Account::errorTextChanged, this, &Session::errorTextChanged);
    // Saved once the server accepted the password, never before.
    auto remembered = std::make_shared<bool>(false);
    connect(account, &Account::stateChanged, this, [this, config, remembered](Account::State state) {
        if (state == Account::State::Connected && !*remembered) {
            *remembered = true;
            remember(config);
        }
    });
    account->client()->setActive(m_active);
    m_requests->watch(account);
    m_presence->watch(account);
    m_blockList->watch(account);
    m_networks->watch(account);
    // Chats open from before (the account logged in again, or enabled again) page through the
    // new connection's archive.
    m_openChats.removeAll(nullptr);
    for (const QPointer<MessageListModel> &chat : std::as_const(m_openChats)) {
        if (chat->account() == config.jid)
            chat->setArchivePager(context->chatArchive());
    }
    m_accounts.push_back(std::move(context));
    Q_EMIT accountChanged();
    Q_EMIT errorTextChanged();
    Q_EMIT connectionStateChanged();
    // A certificate trusted in an earlier run applies before the first handshake.
    m_accountStore->certificatePin(bare)
        .then(this,
            [this, bare, pointer = QPointer<Account>(account)](const QString &pin) {
                if (pointer && this->account(bare) == pointer) {
                    pointer->setCertificatePin(pin);
                    pointer->connectToServer();
                }
            })
        .onFailed(this, [this, bare, pointer = QPointer<Account>(account)](const std::exception &e) {
            qCWarning(lcStorage) << "reading the certificate choice failed:" << e.what();
            if (pointer && this->account(bare) == pointer) {
                pointer->connectToServer();
            }
        });
}

QString Session::certificateAccount() const
{
    for (const auto &c : m_accounts) {
        if (c->account()->state() == Account::State::Failed
            && !c->account()->rejectedCertificate().isNull()) {
            return c->jid();
        }
    }
    return {};
}

QString Session::certificateFingerprint() const
{
    const Account *owner = account(certificateAccount());
    return owner && !certificateAccount().isEmpty()
        ? CertificatePin::fingerprintOf(owner->rejectedCertificate())
        : QString();
}

void Session::trustCertificate(const QString &jid, const QString &fingerprint)
{
    Account *owner = jid.isEmpty() ? nullptr : account(jid);
    if (!owner || owner->rejectedCertificate().isNull()) {
        Q_EMIT notice(tr("There is no certificate waiting for a decision for %1.").arg(jid));
        return;
    }
    const QString pin = CertificatePin::pinOf(owner->rejectedCertificate());
    // The person decided on what they saw; a different certificate since then is a new question.
    if (CertificatePin::pinFromFingerprint(fingerprint) != pin) {
        Q_EMIT notice(
            tr("The server's certificate changed; compare the new fingerprint before trusting it."));
        return;
    }
    qCInfo(lcAccount) << jid << "trusts the certificate" << fingerprint;
    owner->setCertificatePin(pin);
    m_accountStore->setCertificatePin(jid, pin).onFailed(this, [this](const std::exception &e) {
        Q_EMIT notice(tr("The certificate choice could not be saved: %1").arg(QString::fromUtf8(e.what())));
    });
    owner->connectToServer();
}

void Session::remember(const AccountConfig &config)
{
    m_savedJid = config.jid;
    m_accountStore->save(config).then(this, [this] { m_accountList->reload(); });
    m_credentials->writePassword(config.jid, config.password)
        .then(this,
            [this] {
                m_keychainNotice.clear();
                Q_EMIT keychainNoticeChanged();
            })
        .onFailed(this, [this](const KeychainError &error) {
            m_keychainNotice = error.message();
            Q_EMIT keychainNoticeChanged();
        });
}

QString Session::savedJid() const
{
    return m_accounts.empty() ? m_savedJid : accountJid();
}

void Session::restoreAccounts()
{
    m_accountStore->configuredAccounts().then(this, [this](const QList<AccountConfig> &configured) {
        for (const AccountConfig &config : configured) {
            if (context(config.jid)) {
                continue;
            }
            if (m_savedJid.isEmpty()) {
                m_savedJid = config.jid;
                Q_EMIT accountChanged();
            }
            connectWithStoredPassword(config);
        }
    });
}

void Session::connectWithStoredPassword(const AccountConfig &config)
{
    m_credentials->readPassword(config.jid)
        .then(this,
            [this, config](const std::optional<QString> &password) {
                if (password && !password->isEmpty()) {
                    login(config.jid, *password, config.host, config.port);
                } else {
                    m_savedJid = config.jid;
                    setLocalError(tr("Enter the password of %1 to connect.").arg(config.jid));
                }
            })
        .onFailed(this, [this, config](const KeychainError &error) {
            m_savedJid = config.jid;
            setLocalError(tr("%1 Enter the password of %2 to connect.").arg(error.message(), config.jid));
        });
}

void Session::setAccountEnabled(const QString &jid, bool enabled)
{
    if (!enabled) {
        logout(jid);
        m_accountStore->setEnabled(jid, false).then(this, [this] { m_accountList->reload(); });
        return;
    }
    m_accountStore->setEnabled(jid, true)
        .then(this, [this] { return m_accountStore->configuredAccounts(false); })
        .unwrap()
        .then(this,
            [this, jid](const QList<AccountConfig> &configured) {
                m_accountList->reload();
                for (const AccountConfig &config : configured) {
                    if (config.jid == jid && !context(jid)) {
                        connectWithStoredPassword(config);
                    }
                }
            })
        .onFailed(this, [this](const std::exception &e) {
            Q_EMIT notice(tr("The account could not be enabled: %1").arg(QString::fromUtf8(e.what())));
        });
}

void Session::removeAccount(const QString &jid)
{
    logout(jid);
    if (m_savedJid == jid) {
        m_savedJid.clear();
    }
    m_accountStore->forget(jid).then(this, [this] { m_accountList->reload(); });
    m_credentials->removePassword(jid).onFailed(this, [this, jid](const KeychainError &error) {
        Q_EMIT notice(
            tr("The password of %1 could not be removed from the keychain: %2").arg(jid, error.message()));
    });
}

void Session::logout(const QString &jid)
{
    const auto before = m_accounts.size();
    for (const auto &c : m_accounts) {
        if (jid.isEmpty() || c->jid() == jid) {
            m_requests->forget(c->jid());
            m_blockList->forget(c->jid());
        }
    }
    // Taken out of the list first and destroyed afterwards: a disconnecting account signals
    // its state, and whoever asks Session then must find a consistent list (no empty slots).
    std::vector<std::unique_ptr<AccountContext>> leaving;
    for (auto &c : m_accounts) {
        if (jid.isEmpty() || c->jid() == jid)
            leaving.push_back(std::move(c));
    }
    std::erase(m_accounts, nullptr);
    leaving.clear();
    if (m_accounts.size() != before) {
        Q_EMIT accountChanged();
        Q_EMIT connectionStateChanged();
        Q_EMIT errorTextChanged();
    }
}

MessageListModel *Session::openChat(const QString &chatJid, const QString &account)
{
    AccountContext *owner = context(account);
    auto *model = new MessageListModel(m_messages.get(), m_amendments.get(),
        account.isEmpty() ? accountJid() : account, chatJid, owner ? owner->chatArchive() : nullptr);
    m_openChats.removeAll(nullptr);
    m_openChats.append(model);
    QQmlEngine::setObjectOwnership(model, QQmlEngine::JavaScriptOwnership);
    return model;
}

void Session::sendMessage(
    const QString &chatJid, const QString &text, const QString &account, qint64 replyToRowId)
{
    const QString body = text.trimmed();
    Outbox *box = outbox(account);
    if (!box || body.isEmpty()) {
        return;
    }
    if (Account *owner = this->account(account)) {
        m_typing->messageSent(owner->jid(), chatJid); // the message says <active/>
    }
    const auto send = [this, box, chatJid, body](const QString &replyToId, const QString &replyToJid) {
        box->sendText(chatJid, body, {}, replyToId, replyToJid)
            .onFailed(this, [this](const std::exception &e) {
                setLocalError(tr("The message could not be saved: %1").arg(QString::fromUtf8(e.what())));
                return std::optional<Message>();
            });
    };
    if (replyToRowId <= 0) {
        send({}, {});
        return;
    }
    m_messages->messageByRowId(replyToRowId).then(this, [send](const std::optional<Message> &original) {
        if (!original) {
            send({}, {});
            return;
        }
        send(original->messageId.isEmpty() ? original->originId : original->messageId, original->sender);
    });
}

void Session::sendChatState(const QString &chatJid, ChatState state, const QString &accountJid)
{
    Account *owner = account(accountJid);
    if (!owner) {
        return;
    }
    m_typing->setState(owner->jid(), chatJid, TypingNotifier::State(state));
}

bool Session::transmitChatState(const QString &accountJid, const QString &chatJid, int state)
{
    Account *owner = account(accountJid);
    if (!owner || owner->state() != Account::State::Connected) {
        return false;
    }
    QXmppMessage message(owner->client()->configuration().jid(), chatJid);
    message.setType(QXmppMessage::Chat);
    message.setState(QXmppMessage::State(state));
    message.addHint(QXmppMessage::NoStore); // a passing state, not history
    owner->client()->send(std::move(message));
    return true;
}

void Session::correctMessage(qint64 rowId, const QString &text)
{
    // The correction carries <active/> (Outbox): typing it is over.
    m_messages->messageByRowId(rowId).then(this, [this](const std::optional<Message> &original) {
        if (original)
            m_typing->messageSent(original->account, original->chatJid);
    });
    m_actions->correct(rowId, text);
}

void Session::retryMessage(qint64 rowId)
{
    m_messages->messageByRowId(rowId).then(this, [this](const std::optional<Message> &message) {
        if (!message || !message->outgoing || message->state != MessageState::Failed)
            return;
        const QString account = message->account;
        const QString originId = message->originId;
        m_messages->setState(account, originId, MessageState::Pending).then(this, [this, account, originId] {
            if (Outbox *box = outbox(account))
                box->retry(originId);
        });
    });
}

void Session::retractMessage(qint64 rowId)
{
    m_actions->retract(rowId);
}

void Session::toggleReaction(qint64 rowId, const QString &emoji)
{
    m_actions->toggleReaction(rowId, emoji);
}

void Session::markChatRead(qint64 chatId)
{
    m_messages->markChatRead(chatId);
    // Tell the peer (and our other devices, through carbons and the archive) what we have read.
    m_messages->readMarkerTarget(chatId).then(
        this, [this, chatId](const MessageStore::ReadMarkerTarget &target) {
            Account *owner = account(target.account);
            // Never an absurd id (rows stored before ids were capped): the marker repeats it.
            if (target.messageId.isEmpty() || !OversizedIdGuard::isEchoable(target.messageId)
                || m_lastReadMarker.value(chatId) == target.messageId || !owner
                || owner->state() != Account::State::Connected) {
                return;
            }
            m_lastReadMarker.insert(chatId, target.messageId);
            QXmppMessage marker(owner->client()->configuration().jid(), target.chatJid);
            marker.setType(QXmppMessage::Chat);
            marker.setMarker(QXmppMessage::Displayed);
            marker.setMarkerId(target.messageId);
            marker.addHint(QXmppMessage::Store);
            owner->client()->send(std::move(marker));
        });
}

void Session::setActive(bool active)
{
    m_active = active;
    for (const auto &c : m_accounts) {
        c->account()->client()->setActive(active);
    }
}

QVariantMap Session::contactPresence(const QString &jid, const QString &account) const
{
    const QString owner = account.isEmpty() ? accountJid() : account;
    const ContactPresence known = m_presence->presence(owner, jid);
    QVariantMap result { { QStringLiteral("presence"), int(known.availability) },
        { QStringLiteral("statusText"), known.statusText } };
    if (known.lastSeen > 0)
        result.insert(QStringLiteral("lastSeen"), QDateTime::fromMSecsSinceEpoch(known.lastSeen));
    return result;
}

QString Session::asPlainText(const QString &text) const
{
    return plainTextMarkup(text);
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

void Session::requestChat(const QString &chatJid, const QString &account)
{
    Q_EMIT chatRequested(chatJid, account);
}

namespace {
// Why the roster of owner (asked for as account) cannot change now; empty when it can.
QString whyRosterCannotChange(const Account *owner, const QString &account)
{
    if (!owner) {
        return account.isEmpty() ? Session::tr("Set up an account first.")
                                 : Session::tr("%1 is not one of your accounts.").arg(account);
    }
    if (owner->state() != Account::State::Connected) {
        return Session::tr("%1 is not connected; try again when it is.").arg(owner->jid());
    }
    return {};
}

// Tells the person when the server refused a roster change; failure has %1 (the contact) and %2.
void reportRosterResult(Session *session, QXmppTask<Rfc6121RosterManager::Result> task,
    const QString &failure, const QString &jid, std::function<void()> onSuccess = {})
{
    task.then(session, [session, failure, jid, onSuccess](Rfc6121RosterManager::Result &&result) {
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            qCWarning(lcAccount) << "roster change for" << jid << "failed:" << error->description;
            Q_EMIT session->notice(failure.arg(jid, error->description));
        } else if (onSuccess) {
            onSuccess();
        }
    });
}
} // namespace

QString Session::addContact(
    const QString &jid, const QString &name, const QString &group, const QString &account)
{
    const QString bare = jid.trimmed().toLower();
    if (!isValidBareJid(bare)) {
        return invalidAddressText(jid);
    }
    Account *owner = this->account(account);
    if (const QString why = whyRosterCannotChange(owner, account); !why.isEmpty()) {
        return why;
    }
    if (bare == owner->jid()) {
        return tr("That is your own address.");
    }
    QSet<QString> groups;
    if (!group.trimmed().isEmpty()) {
        groups.insert(group.trimmed());
    }
    // Asked once the item is on the roster (and only if the account is still there).
    reportRosterResult(this, owner->roster()->addRosterItem(bare, name.trimmed(), groups),
        tr("%1 could not be added: %2"), bare, [this, bare, ownerJid = owner->jid()] {
            if (Account *stillThere = this->account(ownerJid)) {
                stillThere->roster()->subscribeTo(bare);
            }
        });
    return {};
}

Account *Session::rosterAccount(const QString &account)
{
    Account *owner = this->account(account);
    if (const QString why = whyRosterCannotChange(owner, account); !why.isEmpty()) {
        Q_EMIT notice(why);
        return nullptr;
    }
    return owner;
}

Account *Session::contactAccount(const QString &bare, const QString &account)
{
    Account *owner = rosterAccount(account);
    if (owner && !isValidBareJid(bare)) {
        Q_EMIT notice(invalidAddressText(bare));
        return nullptr;
    }
    return owner;
}

QString Session::invalidAddressText(const QString &typed)
{
    return tr("\"%1\" is not a valid chat address. It looks like name@example.org.").arg(typed.trimmed());
}

void Session::removeContact(const QString &jid, const QString &account)
{
    Account *owner = rosterAccount(account);
    if (!owner) {
        return;
    }
    // The server also cancels the presence subscriptions both ways (RFC 6121 2.5.2).
    reportRosterResult(this, owner->roster()->removeRosterItem(jid), tr("%1 could not be removed: %2"), jid);
}

void Session::renameContact(const QString &jid, const QString &name, const QString &account)
{
    Account *owner = rosterAccount(account);
    if (!owner) {
        return;
    }
    reportRosterResult(
        this, owner->roster()->renameRosterItem(jid, name.trimmed()), tr("%1 could not be renamed: %2"), jid);
}

void Session::setContactGroups(const QString &jid, const QStringList &groups, const QString &account)
{
    Account *owner = rosterAccount(account);
    if (!owner) {
        return;
    }
    QSet<QString> names;
    for (const QString &group : groups) {
        if (!group.trimmed().isEmpty()) {
            names.insert(group.trimmed());
        }
    }
    // A roster set with the item's name kept and the new groups replaces its groups.
    const QString name = owner->roster()->getRosterEntry(jid).name();
    reportRosterResult(
        this, owner->roster()->addRosterItem(jid, name, names), tr("%1 could not be moved: %2"), jid);
}

namespace {
// Reports a refused blocklist change; failure has %1 (the address) and %2 (the server's words).
void reportBlockingResult(Session *session, QXmppTask<QXmppBlockingManager::Result> task,
    const QString &failure, const QString &jid)
{
    task.then(session, [session, failure, jid](QXmppBlockingManager::Result &&result) {
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            qCWarning(lcAccount) << "blocklist change for" << jid << "failed:" << error->description;
            Q_EMIT session->notice(failure.arg(jid, error->description));
        }
    });
}
} // namespace

void Session::blockContact(const QString &jid, const QString &account)
{
    const QString address = jid.trimmed().toLower();
    Account *owner = rosterAccount(account);
    if (!owner) {
        return;
    }
    // A bare address or a whole domain (a spamming server, a gateway).
    if (QXmppUtils::jidToBareJid(address) != address || QXmppUtils::jidToDomain(address).isEmpty()
        || address.contains(QLatin1Char(' '))) {
        Q_EMIT notice(tr("\"%1\" is not an address or a domain that can be blocked.").arg(jid.trimmed()));
        return;
    }
    if (address == owner->jid()) {
        Q_EMIT notice(tr("You cannot block your own address."));
        return;
    }
    reportBlockingResult(this, owner->blocking()->block(address), tr("%1 could not be blocked: %2"), address);
}

void Session::unblockContact(const QString &jid, const QString &account)
{
    const QString address = jid.trimmed().toLower();
    Account *owner = rosterAccount(account);
    if (!owner) {
        return;
    }
    reportBlockingResult(
        this, owner->blocking()->unblock(address), tr("%1 could not be unblocked: %2"), address);
}

void Session::cancelSubscription(const QString &jid, const QString &account)
{
    const QString bare = jid.trimmed().toLower();
    Account *owner = contactAccount(bare, account);
    if (!owner) {
        return;
    }
    // "unsubscribed" to the contact; the server also clears a request still waiting (3.2.1).
    if (!owner->roster()->refuseSubscription(bare)) {
        Q_EMIT notice(tr("%1 could not be stopped from seeing your presence.").arg(bare));
    }
}

void Session::unsubscribe(const QString &jid, const QString &account)
{
    const QString bare = jid.trimmed().toLower();
    Account *owner = contactAccount(bare, account);
    if (!owner) {
        return;
    }
    owner->roster()->unsubscribeFrom(bare).then(this, [this, bare](QXmpp::SendResult &&result) {
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            Q_EMIT notice(tr("%1 could not be unsubscribed from: %2").arg(bare, error->description));
        }
    });
}
