// SPDX-License-Identifier: GPL-3.0-or-later
// Our side of XEP-0085 chat states, per account and chat: "composing" while the person types,
// "paused" after a few quiet seconds, and nothing after a message or a correction went out (those
// carry <active/> themselves). The pause timer lives here, beside the sending, so that sending
// stops it: a <paused/> after a message's <active/> makes other clients show "paused" for ever.
#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include <QHash>
#include <QObject>

class QTimer;

class TypingNotifier : public QObject
{
    Q_OBJECT
public:
    // XEP-0085 states, as QXmppMessage::State numbers them.
    enum State { None = 0, Active = 1, Inactive = 2, Gone = 3, Composing = 4, Paused = 5 };
    // Puts the state on the wire; false when it could not go out (no connection), in which
    // case nothing is remembered as told.
    using Send = std::function<bool(const QString &account, const QString &chatJid, State state)>;

    explicit TypingNotifier(Send send, QObject *parent = nullptr);
    ~TypingNotifier() override;

    static constexpr std::chrono::milliseconds defaultPauseAfter { 5000 };
    // How long typing may stop before "paused" goes out (tests shorten it).
    void setPauseAfter(std::chrono::milliseconds pause) { m_pauseAfter = pause; }

    // The person typed: "composing" (once) and the pause timer restarts.
    void typed(const QString &account, const QString &chatJid);
    // An explicit state (active, inactive, gone...): sent when it changes; ends typing.
    void setState(const QString &account, const QString &chatJid, State state);
    // A message or correction carrying <active/> is going out: typing is over, nothing more is
    // sent for it.
    void messageSent(const QString &account, const QString &chatJid);

private:
    struct Chat
    {
        State told = None;
        std::unique_ptr<QTimer> pause;
    };
    Chat &chat(const QString &account, const QString &chatJid);
    void tell(const QString &account, const QString &chatJid, State state);

    Send m_send;
    std::chrono::milliseconds m_pauseAfter = defaultPauseAfter;
    QHash<QString, std::shared_ptr<Chat>> m_chats; // "account/chat"
};
