// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoEncryptStage.h"

#include <QPointer>
#include <QPromise>

#include "capability/OutgoingMessage.h"
#include "omemo/OmemoAccount.h"
#include "omemo/OmemoChatPolicy.h"
#include "omemo/OmemoError.h"
#include "omemo/OmemoLog.h"
#include "omemo/OmemoVersion.h"
#include "storage/Database.h"
#include "storage/MessageEffect.h"
#include "storage/MessageStore.h"

namespace {

bool carriesText(const OutgoingMessage &message)
{
    return message.kind == OutgoingMessage::Kind::Message
        || message.kind == OutgoingMessage::Kind::Correction;
}

QString reasonOf(const QFuture<QList<QXmppMessage>> &future)
{
    try {
        future.result();
    } catch (const OmemoError &error) {
        return error.message();
    } catch (const std::exception &error) {
        return QString::fromUtf8(error.what());
    }
    return {};
}

} // namespace

OmemoEncryptStage::OmemoEncryptStage(Lookup lookup, MessageStore *store)
    : m_lookup(std::move(lookup)), m_store(store)
{ }

void OmemoEncryptStage::mark(const OutgoingMessage &message, MessageEncryption encryption)
{
    if (message.kind != OutgoingMessage::Kind::Message || !m_store) {
        return;
    }
    m_store->applyEffects({ MessageEffect::encryptionOf(message.account, message.stanza.id(), encryption) });
}

QFuture<OutgoingVerdict> OmemoEncryptStage::prepareAsync(std::shared_ptr<OutgoingMessage> message)
{
    // Chat states, markers, reactions and retractions carry no text: they stay as they are.
    if (!carriesText(*message)) {
        return QtFuture::makeReadyValueFuture(OutgoingVerdict::Send);
    }
    OmemoAccount *omemo = m_lookup(message->account);
    if (omemo && !omemo->isConnected()) {
        // Nothing goes out now anyway, and whether the chat is encrypted cannot be asked: decided,
        // at once, at the next attempt, which every connection makes (a reason shown stays).
        message->holdReason = message->message.holdReason;
        return QtFuture::makeReadyValueFuture(OutgoingVerdict::Hold);
    }
    auto promise = std::make_shared<QPromise<OutgoingVerdict>>();
    promise->start();
    // Plaintext by choice or because the contact publishes no devices (the outbox clears the
    // reason an earlier attempt held it for).
    auto sendPlain = [promise] {
        promise->addResult(OutgoingVerdict::Send);
        promise->finish();
    };
    // The outbox keeps the reason with the row (messages.hold_reason) for the chat and the CLI.
    auto hold = [promise, message](const QString &reason) {
        message->holdReason = reason;
        promise->addResult(OutgoingVerdict::Hold);
        promise->finish();
    };
    if (!omemo) {
        hold(omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "encryption is not set up for this account")));
        return promise->future();
    }
    QPointer<OmemoAccount> guard(omemo);
    auto encrypt = [this, guard, promise, message, hold] {
        if (!guard) {
            hold(omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "encryption is not set up for this account")));
            return;
        }
        guard->encrypt(message->stanza)
            .then(guard.data(), [this, promise, message, hold](QFuture<QList<QXmppMessage>> f) {
                const QString reason = reasonOf(f);
                if (!reason.isEmpty()) {
                    hold(reason);
                    return;
                }
                QList<QXmppMessage> stanzas = f.result();
                // OMEMO 2 comes first (OmemoAccount::encrypt): a device of both versions keeps that copy.
                const bool omemo2 = stanzas.first().encryptionMethodNs() == OmemoNs::omemo2;
                message->stanza = stanzas.takeLast();
                message->before = stanzas;
                mark(*message, omemo2 ? MessageEncryption::Omemo2 : MessageEncryption::OmemoLegacy);
                promise->addResult(OutgoingVerdict::Send);
                promise->finish();
            });
    };
    // Our keys, from the database (local and fast): the decision never waits for the server's
    // answer to our own publish.
    omemo->load()
        .then(omemo,
            [guard, message, hold, encrypt, sendPlain] {
                if (!guard || !guard->isLoaded()) {
                    hold(omemoReason(QT_TRANSLATE_NOOP(
                        "OmemoReason", "the encryption keys of this device could not be loaded")));
                    return;
                }
                guard->database()
                    ->run([accountId = guard->accountId(), chat = message->chatJid](
                              QSqlDatabase &db) { return OmemoChatPolicy::choice(db, accountId, chat); })
                    .then(
                        guard.data(), [guard, message, hold, encrypt, sendPlain](std::optional<bool> choice) {
                            if (choice) {
                                if (*choice) {
                                    encrypt();
                                } else {
                                    sendPlain();
                                }
                                return;
                            }
                            // Automatic: encrypted when the contact publishes devices (asked once per
                            // session, within a time limit; not fetched and never seen with devices:
                            // plaintext, as before OMEMO).
                            guard->publishesDevices(message->chatJid)
                                .then(guard.data(),
                                    [encrypt, sendPlain](bool publishes) {
                                        if (publishes) {
                                            encrypt();
                                        } else {
                                            sendPlain();
                                        }
                                    })
                                .onFailed(
                                    guard.data(), [hold](const OmemoError &error) { hold(error.message()); })
                                .onFailed(guard.data(), [hold] {
                                    hold(omemoReason(QT_TRANSLATE_NOOP(
                                        "OmemoReason", "the contact's devices could not be fetched")));
                                });
                        });
            })
        .onFailed(omemo, [hold] {
            hold(omemoReason(
                QT_TRANSLATE_NOOP("OmemoReason", "the encryption keys of this device could not be loaded")));
        });
    return promise->future();
}
