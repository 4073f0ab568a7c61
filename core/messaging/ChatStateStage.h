// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0085 chat states: tells whoever listens that a peer is typing, paused or gone. Chat
// states are not history: the stanza goes on (a message may carry text and a state).
#pragma once

#include <functional>

#include "capability/PipelineStage.h"

class ChatStateStage : public PipelineStage
{
public:
    // account, peer, state (QXmppMessage::State)
    using Listener = std::function<void(const QString &, const QString &, int)>;

    explicit ChatStateStage(Listener listener) : m_listener(std::move(listener)) { }
    QString name() const override { return QStringLiteral("chat-states"); }
    StageGroup group() const override { return StageGroup::Amend; }
    bool process(ReceivedMessage &received) override;

private:
    Listener m_listener;
};
