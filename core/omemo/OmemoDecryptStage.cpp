// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoDecryptStage.h"

#include <QPointer>

#include "capability/ReceivedMessage.h"
#include "omemo/OmemoAccount.h"
#include "omemo/OmemoChatPolicy.h"
#include "omemo/OmemoLog.h"
#include "omemo/OmemoVersion.h"
#include "storage/Database.h"

namespace {

void markUndecryptable(Message &message, const QString &reason)
{
    // The sender's fallback text ("your client does not support OMEMO") is not what they wrote.
    message.body.clear();
    message.kind = MessageKind::Undecryptable;
    message.errorText = reason;
}

// Applies what decryption found; yields whether the message goes on.
bool apply(ReceivedMessage &received, const OmemoAccount::Incoming &incoming)
{
    Message &m = received.message;
    m.encryption = incoming.version == OmemoVersion::Omemo2 ? MessageEncryption::Omemo2
                                                            : MessageEncryption::OmemoLegacy;
    if (!incoming.error.isEmpty()) {
        markUndecryptable(m, incoming.error);
        return true;
    }
    // A trust message (XEP-0450) is for OmemoAtm, not for the chat.
    if (incoming.empty || (incoming.body.isEmpty() && !incoming.trustMessage.isEmpty())) {
        return false;
    }
    m.body = incoming.body;
    return true;
}

} // namespace

OmemoDecryptStage::OmemoDecryptStage(Lookup lookup) : m_lookup(std::move(lookup)) { }

bool OmemoDecryptStage::hasOmemoElement(const QXmppMessage &stanza)
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

bool OmemoDecryptStage::process(ReceivedMessage &received)
{
    OmemoAccount *omemo = m_lookup(received.message.account);
    if (omemo) {
        const OmemoAccount::Incoming incoming = omemo->decryptNow(received.stanza);
        if (incoming.encrypted) {
            return apply(received, incoming);
        }
    }
    // The rest waits only for the database thread (which never waits for this one).
    auto shared = std::make_shared<ReceivedMessage>(received);
    QFuture<bool> done = omemo ? plaintext(omemo, shared) : processAsync(shared);
    done.waitForFinished();
    received = *shared;
    return done.result();
}

QFuture<bool> OmemoDecryptStage::plaintext(OmemoAccount *omemo, std::shared_ptr<ReceivedMessage> received)
{
    if (received->message.body.trimmed().isEmpty()) {
        return QtFuture::makeReadyValueFuture(true);
    }
    // Plaintext where the chat is encrypted: kept, and marked so nobody takes it for private.
    return omemo->database()->run([received, accountId = omemo->accountId()](QSqlDatabase &db) {
        if (OmemoChatPolicy::isEncrypted(db, accountId, received->message.chatJid)) {
            received->message.encryption = MessageEncryption::PlainInEncryptedChat;
        }
        return true;
    });
}

QFuture<bool> OmemoDecryptStage::processAsync(std::shared_ptr<ReceivedMessage> received)
{
    OmemoAccount *omemo = m_lookup(received->message.account);
    if (!omemo) {
        if (hasOmemoElement(received->stanza)) {
            markUndecryptable(received->message, QStringLiteral("encryption is not set up on this device"));
        }
        return QtFuture::makeReadyValueFuture(true);
    }
    // Serializing the stanza (in decrypt) is what finds an OMEMO 2 element QXmpp 1.10 keeps to
    // itself: the EME hint is optional, so every message is looked at.
    QPointer<OmemoAccount> guard(omemo);
    return omemo->decrypt(received->stanza)
        .then(omemo,
            [this, guard, received](QFuture<OmemoAccount::Incoming> done) {
                OmemoAccount::Incoming incoming;
                try {
                    incoming = done.result();
                } catch (const std::exception &error) {
                    qCWarning(lcOmemo) << "decrypting failed:" << error.what();
                    incoming.encrypted = true;
                    incoming.error = QStringLiteral("this device could not decrypt it (%1)")
                                         .arg(QString::fromUtf8(error.what()));
                }
                if (incoming.encrypted) {
                    return QtFuture::makeReadyValueFuture(apply(*received, incoming));
                }
                return guard ? plaintext(guard, received) : QtFuture::makeReadyValueFuture(true);
            })
        .unwrap();
}
