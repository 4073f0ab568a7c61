// SPDX-License-Identifier: GPL-3.0-or-later
// Turns what went wrong on a connection into a sentence a person understands.
#pragma once

#include <QList>
#include <QSslError>
#include <QString>
#include <QXmppStanza.h>

struct QXmppError;

namespace ConnectionErrorText {
// `sslErrors` are the certificate problems seen during this connection attempt, if any.
QString describe(
    const QXmppError &error, const QString &jid, const QString &host, const QList<QSslError> &sslErrors);
QString describeCertificate(const QList<QSslError> &sslErrors);
// The server's offer of STARTTLS was missing (a plain-text stream).
QString describeMissingEncryption(const QString &host);
// Why the server refused to create the account `username` on `domain` (XEP-0077).
QString describeRegistration(const QXmppStanza::Error &error, const QString &username, const QString &domain);
// The server never answered while an account was being created.
QString describeRegistrationTimeout(const QString &domain);
} // namespace ConnectionErrorText
