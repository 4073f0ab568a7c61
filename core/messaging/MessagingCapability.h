// SPDX-License-Identifier: GPL-3.0-or-later
// One-to-one messaging: the receive stages (chat-message filter; markers, chat states,
// corrections, retractions, reactions; replies; the empty-body filter), the outgoing stages that
// prepare each stanza of ours, and what the person does in a chat: send, correct, retract, react,
// mark read (MessageActions) and tell the peer we are typing (TypingNotifier).
#pragma once

#include <memory>

#include <QObject>

#include "capability/Capability.h"
#include "messaging/MessageActions.h"

class TypingNotifier;

class MessagingCapability : public QObject, public Capability
{
    Q_OBJECT
public:
    // outboxes: each account's outbox (the accounts' contexts own them), by JID ("" the primary).
    explicit MessagingCapability(MessageActions::OutboxLookup outboxes, QObject *parent = nullptr);
    ~MessagingCapability() override;

    QString name() const override { return QStringLiteral("messaging"); }
    void install(CapabilityHost &host) override;

    // Null before install().
    MessageActions *messageActions() const { return m_actions.get(); }
    TypingNotifier *typingNotifier() const { return m_typing.get(); }

    // accountJid empty: the primary account. A message ends our "typing" in that chat.
    void sendMessage(
        const QString &chatJid, const QString &text, const QString &accountJid = {}, qint64 replyToRowId = 0);
    void correctMessage(qint64 rowId, const QString &text);
    // XEP-0085 state (TypingNotifier::State) of ours in a chat: sent when it changes.
    void setChatState(const QString &chatJid, int state, const QString &accountJid = {});

Q_SIGNALS:
    // The peer's chat state changed (QXmppMessage::State values).
    void chatStateReceived(const QString &account, const QString &chatJid, int state);
    // Something the person asked for could not be done; a passing message, not a state.
    void notice(const QString &text);
    // A message to send could not be written to the outbox (the database failed).
    void saveFailed(const QString &reason);

private:
    MessageActions::OutboxLookup m_outboxes;
    CapabilityHost *m_host = nullptr;
    MessageStore *m_messages = nullptr;
    std::unique_ptr<MessageActions> m_actions;
    std::unique_ptr<TypingNotifier> m_typing; // our chat states (XEP-0085)
};
