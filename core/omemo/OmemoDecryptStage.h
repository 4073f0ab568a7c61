// SPDX-License-Identifier: GPL-3.0-or-later
// The receive pipeline's OMEMO step (StageGroup::Decrypt), for live messages, carbons and archive
// pages alike, asynchronous (the crypto runs on the database thread, where the keys are): an OMEMO
// message becomes its decrypted body, marked with its version; one that cannot be decrypted is
// kept as an Undecryptable message with the reason (and the stanza's ids, as every stored row),
// never dropped and never shown with the sender's plaintext fallback body; a plaintext message in
// an encrypted chat is marked as such. A key-transport message (no payload) goes no further.
#pragma once

#include <functional>

#include "capability/PipelineStage.h"

class OmemoAccount;
class QXmppMessage;

class OmemoDecryptStage : public PipelineStage
{
public:
    // The account's OMEMO by its bare JID; nullptr when it has none (yet).
    using Lookup = std::function<OmemoAccount *(const QString &accountJid)>;
    explicit OmemoDecryptStage(Lookup lookup);

    QString name() const override { return QStringLiteral("omemo-decrypt"); }
    StageGroup group() const override { return StageGroup::Decrypt; }
    // The synchronous form waits for the database thread (for tests and tools without an event
    // loop of their own); the pipeline uses processAsync.
    bool process(ReceivedMessage &received) override;
    bool isAsynchronous() const override { return true; }
    QFuture<bool> processAsync(std::shared_ptr<ReceivedMessage> received) override;

    static bool hasOmemoElement(const QXmppMessage &stanza);

private:
    // A message without OMEMO: marked when its chat is encrypted.
    static QFuture<bool> plaintext(OmemoAccount *omemo, std::shared_ptr<ReceivedMessage> received);

    Lookup m_lookup;
};
