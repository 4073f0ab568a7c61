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

QString describeMissingEncryption(const QString &host)
{
    return tr("%1 did not offer an encrypted connection (STARTTLS). Someone on the network may have "
              "removed the offer; Isthmus does not log in or send your password without encryption.")
        .arg(host);
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

QString describeRegistration(const QXmppStanza::Error &error, const QString &username, const QString &domain)
{
    // The server's own words, when it gave any, say what exactly it wants.
    const QString detail
        = error.text().isEmpty() ? QString() : QLatin1Char(' ') + tr("The server says: %1").arg(error.text());
    switch (error.condition()) {
    case QXmppStanza::Error::Conflict:
        return tr("The name \"%1\" is already taken on %2. Choose another one.").arg(username, domain);
    case QXmppStanza::Error::FeatureNotImplemented:
    case QXmppStanza::Error::ServiceUnavailable:
    case QXmppStanza::Error::RegistrationRequired:
        return tr("%1 does not let apps create accounts (registration is closed). Create the account on the "
                  "provider's website, or choose another server.")
            .arg(domain);
    case QXmppStanza::Error::NotAllowed:
    case QXmppStanza::Error::Forbidden:
        return tr("%1 does not allow you to create an account.").arg(domain) + detail;
    case QXmppStanza::Error::PolicyViolation:
    case QXmppStanza::Error::ResourceConstraint:
        return tr("%1 refused to create the account now; try again later.").arg(domain) + detail;
    case QXmppStanza::Error::NotAcceptable:
    case QXmppStanza::Error::BadRequest:
        return tr("%1 did not accept what was entered. Check the fields.").arg(domain) + detail;
    default:
        return tr("%1 could not create the account.").arg(domain) + detail;
    }
}

QString describeRegistrationTimeout(const QString &domain)
{
    return tr("%1 did not answer in time. Check the address and your network, then try again.").arg(domain);
}

} // namespace ConnectionErrorText
