// SPDX-License-Identifier: GPL-3.0-or-later
// The receive pipeline's OMEMO step (StageGroup::Decrypt), for live messages, carbons and archive
// pages alike: an OMEMO message becomes its decrypted body; one that cannot be decrypted is kept
// as a line saying why (with the stanza's ids, as every stored row), never dropped and never
// shown with the sender's plaintext fallback body. A key-transport message (no payload) has
// nothing to show and goes no further.
#pragma once

#include <functional>

#include "capability/PipelineStage.h"

class OmemoAccount;

class OmemoDecryptStage : public PipelineStage
{
public:
    // The account's OMEMO by its bare JID; nullptr when it has none (yet).
    using Lookup = std::function<OmemoAccount *(const QString &accountJid)>;
    explicit OmemoDecryptStage(Lookup lookup);

    QString name() const override { return QStringLiteral("omemo-decrypt"); }
    StageGroup group() const override { return StageGroup::Decrypt; }
    bool process(ReceivedMessage &received) override;

    // What a stored placeholder says; the reason is in words from the engine.
    static QString placeholder(const QString &reason);

private:
    Lookup m_lookup;
};
