// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications for incoming messages (KNotifications): one per chat, updated as more
// arrive, with a reply field that sends through the outbox and a click that opens the chat.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class KNotification;
class QWindow;
class RootController;
struct Message;

class MessageNotifier : public QObject
{
    Q_OBJECT
public:
    // Watches the session's live messages; `window` (may be null) is the one whose front-ness
    // and open chat silence notifications, and which the notification server may raise.
    explicit MessageNotifier(RootController *controllers, QObject *parent = nullptr);
    ~MessageNotifier() override;

    void setWindow(QWindow *window);

    // Makes the event description (isthmus.notifyrc) findable when running from the build tree,
    // where nothing is installed yet. Call once after the QApplication exists.
    static void useBuildTreeEventConfig();

Q_SIGNALS:
    // The person clicked a notification: show this chat.
    void chatActivated(const QString &account, const QString &chatJid);

private:
    struct ChatNotification
    {
        QPointer<KNotification> notification;
        QStringList previews; // the newest unseen messages, oldest first
        qsizetype earlier = 0; // unseen messages before those: counted, not kept
    };

    void onMessage(const Message &message);
    bool isMuted(qint64 chatId) const;
    QString senderName(const Message &message) const;
    bool isOnScreen(const Message &message) const;
    KNotification *create(const Message &message, const QString &key);
    void closeReadChats();

    RootController *m_controllers;
    QPointer<QWindow> m_window;
    QHash<QString, ChatNotification> m_chats; // "account/chat" -> its notification
};
