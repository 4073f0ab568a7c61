// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificatePin.h"

#include <QCryptographicHash>

namespace CertificatePin {

QString pinOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString fingerprintOf(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString pinFromFingerprint(const QString &fingerprint)
{
    QString pin = fingerprint.trimmed().toLower();
    pin.remove(QLatin1Char(':'));
    return pin;
}

bool canBeTrusted(const QList<QSslError> &errors)
{
    if (errors.isEmpty()) {
        return false;
    }
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::HostNameMismatch:
            break;
        default:
            return false;
        }
    }
    return true;
}

bool accepts(const QString &pin, const QSslCertificate &peer, const QList<QSslError> &errors)
{
    if (pin.isEmpty() || peer.isNull() || pinOf(peer) != pin || !canBeTrusted(errors)) {
        return false;
    }
    // An error about another certificate of the chain (e.g. a self-signed CA) is part of the same
    // question; the leaf is what was pinned, so the chain behind it does not widen the trust.
    for (const QSslError &error : errors) {
        if (error.error() == QSslError::HostNameMismatch && error.certificate() != peer) {
            return false;
        }
    }
    return true;
}

} // namespace CertificatePin
