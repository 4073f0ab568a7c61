// SPDX-License-Identifier: GPL-3.0-or-later
// The outgoing chain's OMEMO step (OutgoingGroup::Encrypt), asynchronous: a message (or a
// correction) to an encrypted chat leaves only as ciphertext, one stanza per OMEMO version in use,
// for every device of the contact and our own other devices. When the chat is encrypted and that
// is impossible (no devices, none trusted, a key fetch failed, encryption not started yet), the
// message is held with the reason in words, never sent in plaintext; it passes the chain again,
// with the same id, on the next attempt. Whether a chat is encrypted: OmemoChatPolicy.
#pragma once

#include <functional>

#include "capability/OutgoingStage.h"
#include "storage/Message.h"

class MessageStore;
class OmemoAccount;

class OmemoEncryptStage : public OutgoingStage
{
public:
    using Lookup = std::function<OmemoAccount *(const QString &accountJid)>;
    OmemoEncryptStage(Lookup lookup, MessageStore *store);

    QString name() const override { return QStringLiteral("omemo-encrypt"); }
    OutgoingGroup group() const override { return OutgoingGroup::Encrypt; }
    OutgoingVerdict prepare(OutgoingMessage &) override { return OutgoingVerdict::Hold; }
    bool isAsynchronous() const override { return true; }
    QFuture<OutgoingVerdict> prepareAsync(std::shared_ptr<OutgoingMessage> message) override;

private:
    // Records on the stored message how it goes, for its lock mark.
    void mark(const OutgoingMessage &message, MessageEncryption encryption);

    Lookup m_lookup;
    MessageStore *m_store;
};
