// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile XMPP server (or whoever sits on the network path in its place), written from the
// RFCs without any XMPP library, for attack tests: it can leave STARTTLS out, offer only PLAIN,
// present any certificate chain, and write arbitrary bytes into an established stream, in any
// pieces. It follows a client as far as a bound resource (STARTTLS, SCRAM-SHA-1 with the
// password it is given, resource binding) and answers every other request with an error.
// Loopback only.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

class RawXmppServer : public QTcpServer
{
    Q_OBJECT
public:
    struct Options
    {
        QString domain = QStringLiteral("example.test");
        bool offerStartTls = true;
        QStringList mechanisms = { QStringLiteral("SCRAM-SHA-1") };
        QString password; // for SCRAM's proof of the server
        // The certificate chain (leaf first) and the leaf's key; PEM files.
        QStringList certificateFiles = { QStringLiteral("/etc/isthmus-test/servers.crt") };
        QString keyFile = QStringLiteral("/etc/isthmus-test/servers.key");
        // false: after binding, no request gets an answer at all (a stalled or broken server).
        bool answerRequests = true;
    };

    explicit RawXmppServer(Options options);

    // On a free port of `address`, which must be a loopback address.
    bool start(const QString &address = QStringLiteral("127.0.0.2"));

    int connections() const { return m_connections; }
    int closedConnections() const { return m_closed; } // by the client, or lost

    bool bound() const { return m_bound; } // the current client has a resource
    bool clientConnected() const;
    QByteArray received() const { return m_received; } // all clients sent (after decryption)
    QString mechanismUsed() const { return m_mechanism; }
    // Writes to the current client now; false if none.
    bool write(const QByteArray &bytes);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void readClient();
    void handle(const QString &element, const QString &name);
    QByteArray scramChallenge(const QByteArray &clientFirst);
    QByteArray scramSuccess(const QByteArray &clientFinal);

    Options m_options;
    QPointer<QSslSocket> m_client;
    QByteArray m_buffer; // of the current client, not yet handled
    QByteArray m_received;
    int m_connections = 0;
    int m_closed = 0;
    bool m_authenticated = false;
    bool m_bound = false;
    QString m_mechanism;
    // SCRAM state of the current attempt.
    QByteArray m_clientFirstBare;
    QByteArray m_serverFirst;
    QByteArray m_salt;
};
