// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoMessageCipher.h"

#include "omemo/OmemoEngine.h"
#include "omemo/OmemoError.h"
#include "omemo/OmemoLog.h"
#include "omemo/OmemoPayload.h"
#include "omemo/SceEnvelope.h"

namespace OmemoMessageCipher {

Encrypted encrypt(OmemoEngine &engine, OmemoVersion version, const QList<Device> &devices,
    const QString &body, const QString &from, const QString &to, const QByteArray &trustMessage)
{
    OmemoPayload::Sealed sealed;
    if (version == OmemoVersion::Legacy) {
        sealed = OmemoPayload::sealLegacy(body.toUtf8());
    } else {
        sealed = OmemoPayload::sealOmemo2(SceEnvelope { body, from, to, {}, trustMessage }.toXml());
    }
    Encrypted result;
    result.element.version = version;
    result.element.senderDeviceId = engine.deviceId();
    result.element.iv = sealed.iv;
    result.element.payload = sealed.payload;
    for (const Device &device : devices) {
        try {
            const auto key = engine.encryptKey(version, device.jid, device.deviceId, sealed.keyMaterial);
            result.element.keys.append({ device.jid, device.deviceId, key.keyExchange, key.data });
        } catch (const OmemoError &error) {
            qCWarning(lcOmemo) << "not encrypting for" << device.jid << device.deviceId << ":"
                               << error.message();
            result.failed.append(device);
        }
    }
    return result;
}

Decrypted decrypt(
    OmemoEngine &engine, const OmemoElement &element, const QString &ownBareJid, const QString &senderBareJid)
{
    const OmemoElement::Key *key = element.keyFor(ownBareJid, engine.deviceId());
    if (!key) {
        throw OmemoError(
            omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the message was not encrypted for this device")));
    }
    const auto decryptedKey = engine.decryptKey(
        element.version, senderBareJid, element.senderDeviceId, key->data, key->keyExchange);
    Decrypted result;
    result.senderDeviceId = element.senderDeviceId;
    result.senderIdentity = decryptedKey.senderIdentity;
    result.trust = engine.store().trust(senderBareJid, decryptedKey.senderIdentity);
    result.preKeyUsed = decryptedKey.preKeyUsed;
    if (element.payload.isEmpty()) {
        result.empty = true;
        return result;
    }
    if (element.version == OmemoVersion::Legacy) {
        const auto plain = OmemoPayload::openLegacy(decryptedKey.keyMaterial, element.iv, element.payload);
        if (!plain) {
            throw OmemoError(omemoReason(QT_TRANSLATE_NOOP("OmemoReason",
                "the encrypted payload is corrupted (its authentication tag does not match)")));
        }
        result.body = QString::fromUtf8(*plain);
        return result;
    }
    const auto plain = OmemoPayload::openOmemo2(decryptedKey.keyMaterial, element.payload);
    if (!plain) {
        throw OmemoError(omemoReason(QT_TRANSLATE_NOOP(
            "OmemoReason", "the encrypted payload is corrupted (its authentication code does not match)")));
    }
    const SceEnvelope envelope = SceEnvelope::fromXml(*plain);
    if (envelope.from != senderBareJid) {
        qCInfo(lcOmemo) << "the envelope names" << envelope.from << "in a message from" << senderBareJid;
        throw OmemoError(omemoReason(
            QT_TRANSLATE_NOOP("OmemoReason", "the encrypted content names another sender than the message")));
    }
    result.body = envelope.body;
    result.trustMessage = envelope.trustMessage;
    return result;
}

} // namespace OmemoMessageCipher
