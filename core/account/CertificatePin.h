// SPDX-License-Identifier: GPL-3.0-or-later
// Trusting one exact server certificate despite its errors: which errors a person may overrule,
// and whether a connection's errors are exactly the pinned certificate's.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace CertificatePin {
// The pin of a certificate: SHA-256 of its DER encoding, lowercase hex.
QString pinOf(const QSslCertificate &certificate);
// The same digest as people compare it: uppercase hex pairs separated by colons.
QString fingerprintOf(const QSslCertificate &certificate);
// Normalises a fingerprint as shown (any case, with or without colons) to a pin.
QString pinFromFingerprint(const QString &fingerprint);
// True when every error is about who signed the certificate or which name it carries: the
// questions a person can answer by comparing the fingerprint. Expired, revoked or malformed
// certificates are never trusted this way.
bool canBeTrusted(const QList<QSslError> &errors);
// True when `peer` is the pinned certificate and every error concerns it and can be trusted.
bool accepts(const QString &pin, const QSslCertificate &peer, const QList<QSslError> &errors);
} // namespace CertificatePin
