// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageNotifier.h"

#include <KNotification>
#include <KNotificationReplyAction>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QWindow>

#include "Logging.h"
#include "NotificationPolicy.h"
#include "account/Account.h"
#include "capability/MessagePipeline.h"
#include "models/ChatListModel.h"
#include "models/ChatsController.h"
#include "models/NotificationSettings.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "xmpp/Rfc6121RosterManager.h"

namespace {
const QString eventId = QStringLiteral("message");
const QString eventConfig = QStringLiteral("knotifications6/isthmus.notifyrc");

QString keyOf(const Message &message)
{
    return message.account + QLatin1Char('/') + message.chatJid;
}
} // namespace

MessageNotifier::MessageNotifier(RootController *controllers, QObject *parent)
    : QObject(parent), m_controllers(controllers)
{
    connect(controllers->core()->pipeline(), &MessagePipeline::liveMessageStored, this,
        &MessageNotifier::onMessage);
    // Read here or on another device: its notification has nothing left to say.
    connect(controllers->chats()->list(), &QAbstractItemModel::modelReset, this,
        &MessageNotifier::closeReadChats);
    // The list changes one row at a time: a read shows as a new unread count.
    connect(controllers->chats()->list(), &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (roles.isEmpty() || roles.contains(ChatListModel::UnreadRole)) {
                closeReadChats();
            }
        });
    connect(controllers->notificationSettings(), &NotificationSettings::enabledChanged, this, [this] {
        if (!m_controllers->notificationSettings()->enabled()) {
            for (const auto &chat : std::as_const(m_chats)) {
                if (chat.notification) {
                    chat.notification->close();
                }
            }
        }
    });
}

MessageNotifier::~MessageNotifier()
{
    for (const auto &chat : std::as_const(m_chats)) {
        if (chat.notification) {
            chat.notification->disconnect(this);
        }
    }
}

void MessageNotifier::setWindow(QWindow *window)
{
    m_window = window;
}

void MessageNotifier::useBuildTreeEventConfig()
{
    if (!QStandardPaths::locate(QStandardPaths::GenericDataLocation, eventConfig).isEmpty()) {
        return;
    }
    // <build>/bin/isthmus finds <build>/share/knotifications6/isthmus.notifyrc.
    const QString share
        = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share"));
    if (!QFileInfo::exists(QDir(share).filePath(eventConfig))) {
        qCWarning(lcDesktop) << "no" << eventConfig << "installed: message notifications will not show";
        return;
    }
    QString dirs = qEnvironmentVariable("XDG_DATA_DIRS", QStringLiteral("/usr/local/share:/usr/share"));
    qputenv("XDG_DATA_DIRS", (dirs + QLatin1Char(':') + QDir::cleanPath(share)).toLocal8Bit());
}

QString MessageNotifier::senderName(const Message &message) const
{
    // The roster is current; the chat list may not have loaded a chat this new yet.
    if (Account *account = m_controllers->core()->account(message.account)) {
        const QString name = account->roster()->getRosterEntry(message.sender).name();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return m_controllers->chats()->list()->nameOf(message.sender);
}

bool MessageNotifier::isMuted(qint64 chatId) const
{
    const ChatListModel *chats = m_controllers->chats()->list();
    for (int row = 0; row < chats->rowCount(); ++row) {
        const QModelIndex index = chats->index(row);
        if (index.data(ChatListModel::ChatIdRole).toLongLong() == chatId) {
            return index.data(ChatListModel::MutedRole).toBool();
        }
    }
    return false; // a new chat: not muted yet
}

bool MessageNotifier::isOnScreen(const Message &message) const
{
    return m_window && m_window->isVisible() && m_window->isActive()
        && m_controllers->chats()->isViewed(message.account, message.chatJid);
}

void MessageNotifier::onMessage(const Message &message)
{
    NotificationPolicy::Context context;
    context.notificationsEnabled = m_controllers->notificationSettings()->enabled();
    context.chatMuted = isMuted(message.chatId);
    context.chatOnScreen = isOnScreen(message);
    if (!NotificationPolicy::shouldNotify(message, context)) {
        return;
    }
    const QString key = keyOf(message);
    ChatNotification &chat = m_chats[key];
    // Content we cannot show has no body: say what came instead of an empty line.
    chat.previews.append(message.kind == MessageKind::Text ? NotificationPolicy::preview(message.body)
            : message.kind == MessageKind::Undecryptable ? tr("An encrypted message this device cannot read")
            : message.kind == MessageKind::NewDeviceTrusted || message.kind == MessageKind::NewDeviceUntrusted
            ? tr("Added a new device")
            : tr("Sent something Isthmus cannot show yet"));
    // KNotification takes markup; what the peer wrote is text, never markup.
    // Only what the notification shows is kept: a chat left unread all day would grow without end.
    if (chat.previews.size() > NotificationPolicy::summaryLines) {
        chat.previews.removeFirst();
        ++chat.earlier;
    }
    const QString text
        = NotificationPolicy::summary(chat.previews, NotificationPolicy::summaryLines, chat.earlier)
              .toHtmlEscaped()
              .replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    if (chat.notification) {
        chat.notification->setText(text); // updates the one on screen
        return;
    }
    chat.notification = create(message, key);
    chat.notification->setText(text);
    chat.notification->sendEvent();
}

KNotification *MessageNotifier::create(const Message &message, const QString &key)
{
    auto *notification = new KNotification(eventId, KNotification::CloseOnTimeout);
    notification->setTitle(senderName(message).toHtmlEscaped());
    notification->setIconName(QStringLiteral("im.isthmus.Isthmus"));
    notification->setHint(QStringLiteral("category"), QStringLiteral("im.received"));
    if (m_window) {
        notification->setWindow(m_window);
    }
    const QString account = message.account;
    const QString chatJid = message.chatJid;
    const qint64 chatId = message.chatId;

    KNotificationAction *open = notification->addDefaultAction(tr("Open chat"));
    connect(open, &KNotificationAction::activated, this,
        [this, account, chatJid, chatId, sent = QPointer<KNotification>(notification)] {
            // On Wayland a window may take the focus only with the token the click gave the
            // notification; Qt's requestActivate() uses it from this variable.
            if (sent && !sent->xdgActivationToken().isEmpty()) {
                qputenv("XDG_ACTIVATION_TOKEN", sent->xdgActivationToken().toUtf8());
            }
            Q_EMIT chatActivated(account, chatJid);
            // The person came to read exactly these messages. (The chat page marks it read as well,
            // but misses it when the model knows its chat before the page listens: a race.)
            m_controllers->chats()->markRead(chatId);
        });

    auto reply = std::make_unique<KNotificationReplyAction>(tr("Reply"));
    reply->setPlaceholderText(tr("Reply to %1…").arg(senderName(message)));
    reply->setSubmitButtonText(tr("Send"));
    reply->setSubmitButtonIconName(QStringLiteral("document-send"));
    // A server without inline replies shows a button that opens the chat instead.
    reply->setFallbackBehavior(KNotificationReplyAction::FallbackBehavior::UseRegularAction);
    connect(reply.get(), &KNotificationReplyAction::replied, this,
        [this, account, chatJid, chatId, key](const QString &text) {
            qCInfo(lcDesktop) << "reply from a notification to" << chatJid;
            m_controllers->chats()->send(chatJid, text, account);
            m_controllers->chats()->markRead(chatId); // answering means it was read
            if (auto chat = m_chats.take(key); chat.notification) {
                chat.notification->close();
            }
        });
    connect(reply.get(), &KNotificationReplyAction::activated, this,
        [this, account, chatJid] { Q_EMIT chatActivated(account, chatJid); });
    notification->setReplyAction(std::move(reply));

    connect(notification, &KNotification::closed, this, [this, key, notification] {
        // Only forget the chat's list if it still belongs to this notification.
        if (auto it = m_chats.find(key); it != m_chats.end() && it->notification == notification) {
            m_chats.erase(it);
        }
    });
    return notification;
}

void MessageNotifier::closeReadChats()
{
    const ChatListModel *chats = m_controllers->chats()->list();
    for (int row = 0; row < chats->rowCount(); ++row) {
        const QModelIndex index = chats->index(row);
        if (index.data(ChatListModel::UnreadRole).toInt() > 0) {
            continue;
        }
        const QString key = index.data(ChatListModel::AccountRole).toString() + QLatin1Char('/')
            + index.data(ChatListModel::JidRole).toString();
        if (auto it = m_chats.find(key); it != m_chats.end()) {
            QPointer<KNotification> notification = it->notification;
            m_chats.erase(it);
            if (notification) {
                notification->close();
            }
        }
    }
}
