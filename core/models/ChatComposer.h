// SPDX-License-Identifier: GPL-3.0-or-later
// What is being written in one chat, for its page: the draft (saved a moment after typing stops,
// so it survives switching chats and restarts), the message it answers or the one of ours it
// corrects, and the typing notice that follows the person's keystrokes. send() hands the text to
// the chats controller and leaves the composer ready for the next message. A per-chat object, as
// Kaidan's MessageComposition is: the page only binds its text field to it.
#pragma once

#include <chrono>

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QString>
#include <QTimer>

#include "models/ChatsController.h"

Q_MOC_INCLUDE("models/Session.h")

class Session;

class ChatComposer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // What it sends through, and where drafts are kept.
    Q_PROPERTY(ChatsController *chats READ chats WRITE setChats NOTIFY chatsChanged)
    // The old facade: setting it sets chats to its chats controller (kept for QML not moved yet).
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString chatJid READ chatJid WRITE setChatJid NOTIFY chatChanged)
    // Empty: the primary account.
    Q_PROPERTY(QString account READ account WRITE setAccount NOTIFY chatChanged)
    // The stored chat, once known (0 before): its draft is read and written through it.
    Q_PROPERTY(qint64 chatId READ chatId WRITE setChatId NOTIFY chatChanged)
    // What the text field holds; writing it means the person typed.
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // The stored message the next one answers (0: none), and its text for the banner.
    Q_PROPERTY(qint64 replyToId READ replyToId NOTIFY targetChanged)
    Q_PROPERTY(QString replyToText READ replyToText NOTIFY targetChanged)
    // Our stored message that send() corrects (0: none; send() sends a new message).
    Q_PROPERTY(qint64 editingId READ editingId NOTIFY targetChanged)
    // Something to send, and an account to send it from.
    Q_PROPERTY(bool canSend READ canSend NOTIFY canSendChanged)
public:
    explicit ChatComposer(QObject *parent = nullptr);
    // Saves a draft still waiting for its delay.
    ~ChatComposer() override;

    static constexpr std::chrono::milliseconds draftDelay { 500 };

    ChatsController *chats() const { return m_chats; }
    void setChats(ChatsController *chats);
    Session *session() const { return m_session; }
    void setSession(Session *session);
    QString chatJid() const { return m_chatJid; }
    void setChatJid(const QString &jid);
    QString account() const { return m_account; }
    void setAccount(const QString &account);
    qint64 chatId() const { return m_chatId; }
    void setChatId(qint64 chatId);

    QString text() const { return m_text; }
    // The person typed: the draft is saved after draftDelay (not while editing a sent message),
    // and the peer hears we are composing (TypingNotifier sends "paused" after a quiet while).
    void setText(const QString &text);
    qint64 replyToId() const { return m_replyToId; }
    QString replyToText() const { return m_replyToText; }
    qint64 editingId() const { return m_editingId; }
    bool canSend() const;

    // The next message answers this one. Ends an edit in progress (its draft comes back).
    Q_INVOKABLE void startReply(qint64 rowId, const QString &quotedText);
    // The composer holds our sent message's text; send() corrects it. The draft is set aside and
    // comes back when the edit is sent or cancelled.
    Q_INVOKABLE void startEdit(qint64 rowId, const QString &body);
    // Drops the reply target, or the edit (and its text: the draft comes back).
    Q_INVOKABLE void cancel();
    // Sends the text (trimmed) as a new message, a reply or a correction; false when there is
    // nothing to send. The draft is cleared at once (an edit leaves it as it was).
    Q_INVOKABLE bool send();

Q_SIGNALS:
    void chatsChanged();
    void sessionChanged();
    void chatChanged();
    void textChanged();
    void targetChanged();
    void canSendChanged();
    // A message or correction went to the chats controller.
    void sent();

private:
    // Text that the person did not type (a restored draft, an edit's body, the cleared field):
    // no typing notice and no draft save.
    void replaceText(const QString &text);
    void restoreDraft();
    void saveDraft();
    void leaveEdit();

    QPointer<ChatsController> m_chats;
    QPointer<Session> m_session;
    QString m_chatJid;
    QString m_account;
    qint64 m_chatId = 0;
    qint64 m_restoredChatId = 0;
    QString m_text;
    qint64 m_replyToId = 0;
    QString m_replyToText;
    qint64 m_editingId = 0;
    QString m_draftBeforeEdit;
    QTimer m_draftTimer;
};
