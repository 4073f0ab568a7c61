// SPDX-License-Identifier: GPL-3.0-or-later
// An identity key's two spellings. We store and trust keys in the 33-byte Curve25519 form that
// libomemo-c hands its identity store (type byte 05, then the Montgomery u); OMEMO 2 bundles,
// XEP-0450 trust URIs and XEP-0434 trust messages name the Ed25519 form instead (32 bytes).
#pragma once

#include <QByteArray>

namespace OmemoKeyForm {

// The 33-byte Curve25519 form of a 32-byte Ed25519 key; empty when it is not 32 bytes. Exact:
// every Ed25519 key has one Montgomery form, so keys are compared in this form.
QByteArray curveFromEd(const QByteArray &ed);
// The Ed25519 form of a Curve25519 key (33 bytes with its type byte, or 32): the one with the
// sign bit clear, which is what libomemo-c publishes for its own keys (Kaidan, Dino, Isthmus).
// Empty when the input is neither.
QByteArray edFromCurve(const QByteArray &curve);

} // namespace OmemoKeyForm
