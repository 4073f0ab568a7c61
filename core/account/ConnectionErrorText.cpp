// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionErrorText.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QSslCertificate>
#include <QXmppAuthenticationError.h>
#include <QXmppError.h>
#include <QXmppStreamError.h>

#include "CertificatePin.h"

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionErrorText", text);
}
} // namespace

namespace ConnectionErrorText {

QString describeCertificate(const QList<QSslError> &sslErrors)
{
    QStringList reasons;
    QSslCertificate certificate;
    for (const QSslError &error : sslErrors) {
        reasons.append(error.errorString());
        if (certificate.isNull() && !error.certificate().isNull()) {
            certificate = error.certificate();
        }
    }
    reasons.removeDuplicates();
    QString text
        = tr("The server's certificate cannot be trusted: %1.").arg(reasons.join(QStringLiteral("; ")));
    if (!certificate.isNull()) {
        text += QLatin1Char(' ')
            + tr("It was issued to \"%1\" by \"%2\"; SHA-256 fingerprint %3.")
                  .arg(certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                      certificate.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                      CertificatePin::fingerprintOf(certificate));
    }
    return text;
}

QString describe(
    const QXmppError &error, const QString &jid, const QString &host, const QList<QSslError> &sslErrors)
{
    if (!sslErrors.isEmpty()) {
        return describeCertificate(sslErrors);
    }
    if (const auto auth = error.value<QXmpp::AuthenticationError>()) {
        switch (auth->type) {
        case QXmpp::AuthenticationError::NotAuthorized:
            return tr("The server rejected the password for %1. Check the address and the password.")
                .arg(jid);
        case QXmpp::AuthenticationError::AccountDisabled:
            return tr("The server says the account %1 is disabled.").arg(jid);
        case QXmpp::AuthenticationError::CredentialsExpired:
            return tr("The password of %1 has expired; set a new one with your provider.").arg(jid);
        case QXmpp::AuthenticationError::EncryptionRequired:
        case QXmpp::AuthenticationError::MechanismMismatch:
            return tr("The server offers no secure way to log in.");
        default:
            return tr("Logging in failed: %1").arg(auth->text.isEmpty() ? error.description : auth->text);
        }
    }
    if (const auto socket = error.value<QAbstractSocket::SocketError>()) {
        switch (*socket) {
        case QAbstractSocket::ConnectionRefusedError:
            return tr("Could not reach %1: the connection was refused. The server may be down, or the "
                      "address or port may be wrong.")
                .arg(host);
        case QAbstractSocket::HostNotFoundError:
            return tr("The server %1 was not found. Check the address and your network.").arg(host);
        case QAbstractSocket::SocketTimeoutError:
        case QAbstractSocket::NetworkError:
            return tr("Could not reach %1: the network did not answer.").arg(host);
        case QAbstractSocket::SslHandshakeFailedError:
            return tr("A secure connection to %1 could not be set up: %2").arg(host, error.description);
        case QAbstractSocket::RemoteHostClosedError:
            return tr("%1 closed the connection.").arg(host);
        default:
            return tr("Connection to %1 failed: %2").arg(host, error.description);
        }
    }
    if (error.holdsType<QXmpp::StreamError>()) {
        return tr("The server ended the session: %1").arg(error.description);
    }
    return error.description.isEmpty() ? tr("The connection failed.") : error.description;
}

} // namespace ConnectionErrorText
