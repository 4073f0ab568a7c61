// SPDX-License-Identifier: GPL-3.0-or-later
// One XMPP account: its QXmppClient with the managers it uses, its connection state and the
// last connection error in words a person understands.
#pragma once

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslError>
#include <QXmppClient.h>

#include "AccountConfig.h"

class QXmppBlockingManager;
class QXmppCarbonManagerV2;
class QXmppDiscoveryManager;
class QXmppMamManager;
class QXmppMessageReceiptManager;
class NestingDepthGuard;
class OversizedIdGuard;
class Rfc6121RosterManager;
class Reconnector;
class Xep0198ResumeProbe;
class StreamReaderGuard;
class Xep0313ArchiveResultFilter;
struct QXmppError;

class Account : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Failed };
    Q_ENUM(State)

    explicit Account(AccountConfig config, QObject *parent = nullptr);
    ~Account() override;

    const QString &jid() const { return m_config.jid; }
    const AccountConfig &config() const { return m_config; }
    State state() const { return m_state; }
    const QString &errorText() const { return m_errorText; }
    // The certificate the last attempt stopped at, when the person may choose to trust it
    // (see CertificatePin); null otherwise.
    const QSslCertificate &rejectedCertificate() const { return m_rejectedCertificate; }
    // From the next connection on, accept this one certificate despite its errors.
    void setCertificatePin(const QString &sha256Hex) { m_config.certificatePin = sha256Hex; }

    void connectToServer();
    void disconnectFromServer();

    QXmppClient *client() { return &m_client; }
    Rfc6121RosterManager *roster() const { return m_roster; }
    QXmppMamManager *archive() const { return m_archive; }
    QXmppMessageReceiptManager *receipts() const { return m_receipts; }
    Xep0313ArchiveResultFilter *archiveFilter() const { return m_archiveFilter; }
    Reconnector *reconnector() const { return m_reconnector; }
    Xep0198ResumeProbe *resumeProbe() const { return m_resumeProbe; }
    OversizedIdGuard *idGuard() const { return m_idGuard; }
    NestingDepthGuard *depthGuard() const { return m_depthGuard; }
    StreamReaderGuard *streamGuard() const { return m_streamGuard; }
    // Contacts (issue 3): blocking (XEP-0191) and service discovery (gateway identities).
    QXmppBlockingManager *blocking() const { return m_blocking; }
    QXmppDiscoveryManager *discovery() const { return m_discovery; }

Q_SIGNALS:
    void stateChanged(Account::State state);
    void errorTextChanged(const QString &text);
    void messageReceived(const QXmppMessage &message);

private:
    void setState(State state);
    void handleError(const QXmppError &error);
    void handleSslErrors(const QList<QSslError> &errors);
    QString hostForMessages() const;

    AccountConfig m_config;
    QString m_resource;
    QXmppClient m_client;
    Rfc6121RosterManager *m_roster;
    QXmppDiscoveryManager *m_discovery;
    QXmppCarbonManagerV2 *m_carbons;
    QXmppMessageReceiptManager *m_receipts;
    QXmppMamManager *m_archive;
    Xep0313ArchiveResultFilter *m_archiveFilter;
    OversizedIdGuard *m_idGuard;
    NestingDepthGuard *m_depthGuard;
    StreamReaderGuard *m_streamGuard;
    Reconnector *m_reconnector;
    Xep0198ResumeProbe *m_resumeProbe;
    QXmppBlockingManager *m_blocking;
    State m_state = State::Disconnected;
    bool m_tcpConnected = false; // this attempt's socket connected
    bool m_encrypted = false; // and TLS started on it
    QString m_errorText;
    QList<QSslError> m_sslErrors;
    QSslCertificate m_rejectedCertificate;
};
