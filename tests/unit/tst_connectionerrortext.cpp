// SPDX-License-Identifier: GPL-3.0-or-later
// Connection errors become sentences a person understands.
#include <QAbstractSocket>
#include <QTest>
#include <QXmppAuthenticationError.h>
#include <QXmppError.h>

#include "account/ConnectionErrorText.h"

class ConnectionErrorTextTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wrongPassword()
    {
        const QXmppError error { QStringLiteral("not-authorized"),
            QXmpp::AuthenticationError { QXmpp::AuthenticationError::NotAuthorized, {}, {} } };
        const QString text
            = ConnectionErrorText::describe(error, QStringLiteral("a@b.test"), QStringLiteral("b.test"), {});
        QVERIFY2(text.contains(QStringLiteral("rejected the password")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("a@b.test")));
    }

    void refused()
    {
        const QXmppError error { QStringLiteral("Connection refused"),
            QAbstractSocket::ConnectionRefusedError };
        const QString text
            = ConnectionErrorText::describe(error, QStringLiteral("a@b.test"), QStringLiteral("b.test"), {});
        QVERIFY2(text.contains(QStringLiteral("Could not reach b.test")), qPrintable(text));
    }

    void certificateProblemsWin()
    {
        const QXmppError error { QStringLiteral("handshake"), QAbstractSocket::SslHandshakeFailedError };
        const QList<QSslError> ssl { QSslError(QSslError::SelfSignedCertificate) };
        const QString text
            = ConnectionErrorText::describe(error, QStringLiteral("a@b.test"), QStringLiteral("b.test"), ssl);
        QVERIFY2(text.contains(QStringLiteral("certificate cannot be trusted")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(ConnectionErrorTextTest)
#include "tst_connectionerrortext.moc"
