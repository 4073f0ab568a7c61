// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoDecryptStage.h"

#include "capability/ReceivedMessage.h"
#include "omemo/OmemoAccount.h"
#include "omemo/OmemoVersion.h"

namespace {

bool hasOmemoElement(const QXmppMessage &stanza)
{
    // QXmpp keeps a legacy element among the unknown extensions, and files an OMEMO 2 one away
    // privately but still announces it by its EME hint; either is enough to look closer.
    const QString eme = stanza.encryptionMethodNs();
    if (eme == OmemoNs::legacy || eme == OmemoNs::omemo2) {
        return true;
    }
    const auto extensions = stanza.extensions();
    for (const QXmppElement &element : extensions) {
        if (element.tagName() == u"encrypted") {
            return true;
        }
    }
    return false;
}

} // namespace

OmemoDecryptStage::OmemoDecryptStage(Lookup lookup) : m_lookup(std::move(lookup)) { }

QString OmemoDecryptStage::placeholder(const QString &reason)
{
    return QStringLiteral("🔒 This encrypted message could not be decrypted: %1.").arg(reason);
}

bool OmemoDecryptStage::process(ReceivedMessage &received)
{
    OmemoAccount *omemo = m_lookup(received.message.account);
    if (!omemo) {
        if (hasOmemoElement(received.stanza)) {
            received.message.body = placeholder(QStringLiteral("encryption is not set up on this device"));
        }
        return true;
    }
    // Serializing the stanza is what finds an OMEMO 2 element QXmpp 1.10 keeps to itself.
    const OmemoAccount::Incoming incoming = omemo->decryptNow(received.stanza);
    if (!incoming.encrypted) {
        return true;
    }
    if (!incoming.error.isEmpty()) {
        received.message.body = placeholder(incoming.error);
        return true;
    }
    if (incoming.empty) {
        return false;
    }
    received.message.body = incoming.body;
    return true;
}
