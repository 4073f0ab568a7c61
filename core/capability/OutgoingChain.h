// SPDX-License-Identifier: GPL-3.0-or-later
// The stages every stanza of ours passes before the outbox sends it (its one route: Outbox).
// Capabilities add stages with one addStage line (an OMEMO encrypt stage: asynchronous, may hold
// the message); the outbox never learns what they do.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QObject>

#include "OutgoingStage.h"
#include "StreamOrder.h"

struct OutgoingMessage;

class OutgoingChain : public QObject
{
    Q_OBJECT
public:
    explicit OutgoingChain(QObject *parent = nullptr);
    ~OutgoingChain() override;

    void addStage(std::unique_ptr<OutgoingStage> stage);
    QStringList stageNames() const;

    using Done = std::function<void(OutgoingVerdict)>;
    // Runs the stages over *message and calls `done` with the verdict: for the stanzas of one
    // account in the order they were given, at once when every stage is synchronous.
    void prepare(std::shared_ptr<OutgoingMessage> message, Done done);
    // The first stage's reason to hold a bounced message again (OutgoingStage::bounceHoldReason).
    QString bounceHoldReason(const QString &account, const QXmppMessage &bounce) const;

Q_SIGNALS:
    // A stage held a message of ours (OutgoingMessage::holdReason says why).
    void held(const QString &account, const QString &originId, const QString &reason);

private:
    QFuture<OutgoingVerdict> run(std::shared_ptr<OutgoingMessage> message, std::size_t first);

    std::vector<std::unique_ptr<OutgoingStage>> m_stages;
    StreamOrder m_order;
};
