// SPDX-License-Identifier: GPL-3.0-or-later
// One-to-one messaging: the receive stages (chat-message filter; markers, chat states,
// corrections, retractions, reactions; replies; the empty-body filter) and the outgoing stages
// that prepare each stanza of ours.
#pragma once

#include <QObject>

#include "capability/Capability.h"

class MessagingCapability : public QObject, public Capability
{
    Q_OBJECT
public:
    explicit MessagingCapability(QObject *parent = nullptr);

    QString name() const override { return QStringLiteral("messaging"); }
    void install(CapabilityHost &host) override;

Q_SIGNALS:
    // The peer's chat state changed (QXmppMessage::State values).
    void chatStateReceived(const QString &account, const QString &chatJid, int state);
};
