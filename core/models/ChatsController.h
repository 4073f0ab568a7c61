// SPDX-License-Identifier: GPL-3.0-or-later
// The chats, for QML: the recent chats and the search over every message, a chat's messages
// (open), what the person does to its messages (send, correct, retract, retry, react, mark read),
// our chat states, and which chat is on screen (no notification for it while it is). Sending and
// typing go to the messaging capability (core/messaging); a page's composer is a ChatComposer
// bound to this controller.
#pragma once

#include <memory>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

Q_MOC_INCLUDE("models/ChatListModel.h")
Q_MOC_INCLUDE("models/MessageListModel.h")
Q_MOC_INCLUDE("models/SearchResultsModel.h")

class ChatListModel;
class MessageListModel;
class SearchResultsModel;
class SessionCore;

class ChatsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through RootController.chats")
    // The recent chats, pinned first.
    Q_PROPERTY(ChatListModel *list READ list CONSTANT)
    Q_PROPERTY(SearchResultsModel *search READ search CONSTANT)
    // An account exists to send from.
    Q_PROPERTY(bool hasAccount READ hasAccount NOTIFY hasAccountChanged)
public:
    // XEP-0085 states, as QXmppMessage::State numbers them.
    enum ChatState { Active = 1, Inactive = 2, Gone = 3, Composing = 4, Paused = 5 };
    Q_ENUM(ChatState)

    explicit ChatsController(SessionCore *core, QObject *parent = nullptr);
    ~ChatsController() override;

    ChatListModel *list() const { return m_list.get(); }
    SearchResultsModel *search() const { return m_search.get(); }
    bool hasAccount() const;

    // A new model of one chat's messages (empty account: the primary one); QML owns it.
    Q_INVOKABLE MessageListModel *open(const QString &chatJid, const QString &account = {});
    // replyToRowId: the stored message this one answers (0: none). Ends our "typing" there.
    Q_INVOKABLE void send(
        const QString &chatJid, const QString &text, const QString &account = {}, qint64 replyToRowId = 0);
    Q_INVOKABLE void correct(qint64 rowId, const QString &text);
    Q_INVOKABLE void retract(qint64 rowId);
    // A message the server bounced goes out again, with the same id.
    Q_INVOKABLE void retry(qint64 rowId);
    Q_INVOKABLE void toggleReaction(qint64 rowId, const QString &emoji);
    // Marks it read here and tells the peer (a "displayed" marker for its newest message).
    Q_INVOKABLE void markRead(qint64 chatId);
    // Tell the peer we are typing (Composing: "paused" follows by itself after a few quiet
    // seconds, unless a message goes out first) or left (Inactive, Gone); sent when it changes.
    Q_INVOKABLE void setChatState(const QString &chatJid, ChatState state, const QString &account = {});
    // Which chat the window shows (empty jid: none): its messages raise no notification.
    Q_INVOKABLE void setViewed(const QString &chatJid, const QString &account = {});
    bool isViewed(const QString &account, const QString &chatJid) const;
    // Asks the UI to show a chat (from an xmpp: URI on the command line, or a notification).
    void request(const QString &chatJid, const QString &account = {});

Q_SIGNALS:
    void hasAccountChanged();
    void chatRequested(const QString &chatJid, const QString &account); // account "": the primary
    // The peer's chat state changed (ChatState values).
    void chatStateReceived(const QString &account, const QString &chatJid, int state);

private:
    SessionCore *m_core;
    std::unique_ptr<ChatListModel> m_list;
    std::unique_ptr<SearchResultsModel> m_search;
    QList<QPointer<MessageListModel>> m_open; // for a new connection's archive pager
    QString m_viewedJid;
    QString m_viewedAccount; // empty: the primary account
};
