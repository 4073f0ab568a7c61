// SPDX-License-Identifier: GPL-3.0-or-later
// A device's published keys, in the byte forms of its namespace: legacy keys are 33 bytes
// (0x05 + Curve25519), OMEMO 2 keys are 32 bytes (Curve25519; the identity key in Ed25519 form).
#pragma once

#include <QByteArray>
#include <QMap>

struct OmemoBundle
{
    QByteArray identityKey;
    quint32 signedPreKeyId = 0;
    QByteArray signedPreKey;
    QByteArray signedPreKeySignature;
    QMap<quint32, QByteArray> preKeys;

    bool isComplete() const
    {
        return !identityKey.isEmpty() && !signedPreKey.isEmpty() && !signedPreKeySignature.isEmpty()
            && !preKeys.isEmpty();
    }
};
