// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <QXmppMessage.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include "ChatListModel.h"
#include "Logging.h"
#include "MessageListModel.h"
#include "account/Account.h"
#include "account/CredentialStore.h"
#include "account/KeychainError.h"
#include "messaging/ArchiveCatchUp.h"
#include "messaging/ChatMarkerStage.h"
#include "messaging/ChatMessageFilter.h"
#include "messaging/MessagePipeline.h"
#include "messaging/Outbox.h"
#include "roster/RosterSync.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
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
    , m_accountStore(std::make_unique<AccountStore>(m_database.get()))
    , m_credentials(std::make_unique<CredentialStore>())
{
    // Queued first on the database thread: every later statement sees the migrated schema.
    m_database->open().onFailed(this, [this](const std::exception &e) {
        qCCritical(lcStorage) << "cannot open the database:" << e.what();
        setLocalError(tr("The message database cannot be opened: %1").arg(QString::fromUtf8(e.what())));
        return 0;
    });
    m_pipeline->addStage(std::make_unique<ChatMarkerStage>(m_messages.get()));
    m_pipeline->addStage(std::make_unique<ChatMessageFilter>());
    m_chats = std::make_unique<ChatListModel>(m_messages.get());
    connect(m_roster.get(), &RosterStore::rosterChanged, m_chats.get(), &ChatListModel::reload);
}

Session::~Session() = default;

QString Session::accountJid() const
{
    return m_account ? m_account->jid() : QString();
}

Session::ConnectionState Session::connectionState() const
{
    if (!m_account) {
        return m_localError.isEmpty() ? NoAccount : Failed;
    }
    switch (m_account->state()) {
    case Account::State::Disconnected:
        return Disconnected;
    case Account::State::Connecting:
        return Connecting;
    case Account::State::Connected:
        return Connected;
    case Account::State::Failed:
        return Failed;
    }
    return Failed;
}

QString Session::errorText() const
{
    if (!m_localError.isEmpty()) {
        return m_localError;
    }
    return m_account ? m_account->errorText() : QString();
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
    logout();
    m_localError.clear();

    AccountConfig config;
    config.jid = bare;
    config.password = password;
    config.host = host;
    config.port = port;
    m_account = std::make_unique<Account>(config);
    m_rosterSync = std::make_unique<RosterSync>(m_account.get(), m_roster.get());
    m_outbox = std::make_unique<Outbox>(m_account.get(), m_messages.get());
    m_catchUp = std::make_unique<ArchiveCatchUp>(m_account.get(), m_pipeline.get(), m_messages.get());
    connect(m_account.get(), &Account::stateChanged, this, &Session::connectionStateChanged);
    connect(m_account.get(), &Account::errorTextChanged, this, &Session::errorTextChanged);
    connect(m_account.get(), &Account::messageReceived, this, [this](const QXmppMessage &message) {
        m_pipeline->receive(m_account->jid(), message).onFailed(this, [](const std::exception &e) {
            qCWarning(lcMessaging) << "storing a received message failed:" << e.what();
            return std::optional<Message>();
        });
    });
    // Saved once the server accepted the password, never before.
    auto remembered = std::make_shared<bool>(false);
    connect(m_account.get(), &Account::stateChanged, this, [this, config, remembered](Account::State state) {
        if (state == Account::State::Connected && !*remembered) {
            *remembered = true;
            remember(config);
        }
    });
    m_account->client()->setActive(m_active);
    Q_EMIT accountChanged();
    Q_EMIT errorTextChanged();
    m_account->connectToServer();
}

void Session::remember(const AccountConfig &config)
{
    m_savedJid = config.jid;
    m_accountStore->save(config);
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
    return m_account ? m_account->jid() : m_savedJid;
}

void Session::restoreAccounts()
{
    m_accountStore->configuredAccounts().then(this, [this](const QList<AccountConfig> &accounts) {
        if (accounts.isEmpty() || m_account) {
            return;
        }
        const AccountConfig config = accounts.constFirst();
        m_savedJid = config.jid;
        Q_EMIT accountChanged();
        m_credentials->readPassword(config.jid)
            .then(this,
                [this, config](const std::optional<QString> &password) {
                    if (password && !password->isEmpty()) {
                        login(config.jid, *password, config.host, config.port);
                    } else {
                        setLocalError(tr("Enter the password of %1 to connect.").arg(config.jid));
                    }
                })
            .onFailed(this, [this, config](const KeychainError &error) {
                setLocalError(tr("%1 Enter the password of %2 to connect.").arg(error.message(), config.jid));
            });
    });
}

void Session::logout()
{
    if (!m_account) {
        return;
    }
    m_account->disconnectFromServer();
    m_catchUp.reset();
    m_outbox.reset();
    m_rosterSync.reset();
    m_account.reset();
    Q_EMIT accountChanged();
    Q_EMIT connectionStateChanged();
}

MessageListModel *Session::openChat(const QString &chatJid)
{
    auto *model = new MessageListModel(m_messages.get(), accountJid(), chatJid);
    QQmlEngine::setObjectOwnership(model, QQmlEngine::JavaScriptOwnership);
    return model;
}

void Session::sendMessage(const QString &chatJid, const QString &text)
{
    const QString body = text.trimmed();
    if (!m_outbox || body.isEmpty()) {
        return;
    }
    m_outbox->sendText(chatJid, body).onFailed(this, [this](const std::exception &e) {
        setLocalError(tr("The message could not be saved: %1").arg(QString::fromUtf8(e.what())));
        return std::optional<Message>();
    });
}

void Session::markChatRead(qint64 chatId)
{
    m_messages->markChatRead(chatId);
    // Tell the peer (and our other devices, through carbons and the archive) what we have read.
    m_messages->readMarkerTarget(chatId).then(
        this, [this, chatId](const std::pair<QString, QString> &target) {
            const auto &[chatJid, messageId] = target;
            if (messageId.isEmpty() || m_lastReadMarker.value(chatId) == messageId || !m_account
                || m_account->state() != Account::State::Connected) {
                return;
            }
            m_lastReadMarker.insert(chatId, messageId);
            QXmppMessage marker(m_account->client()->configuration().jid(), chatJid);
            marker.setType(QXmppMessage::Chat);
            marker.setMarker(QXmppMessage::Displayed);
            marker.setMarkerId(messageId);
            marker.addHint(QXmppMessage::Store);
            m_account->client()->send(std::move(marker));
        });
}

void Session::setActive(bool active)
{
    m_active = active;
    if (m_account) {
        m_account->client()->setActive(active);
    }
}

void Session::requestChat(const QString &chatJid)
{
    Q_EMIT chatRequested(chatJid);
}
