// SPDX-License-Identifier: GPL-3.0-or-later
#include "Account.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QXmppAuthenticationError.h>
#include <QXmppBlockingManager.h>
#include <QXmppCarbonManagerV2.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppLogger.h>
#include <QXmppMamManager.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppStreamError.h>
#include <QXmppUtils.h>

#include "CertificatePin.h"
#include "ConnectionErrorText.h"
#include "Logging.h"
#include "NestingDepthGuard.h"
#include "OversizedIdGuard.h"
#include "Reconnector.h"
#include "xmpp/Rfc6121RosterManager.h"
#include "xmpp/StreamReaderGuard.h"
#include "xmpp/Xep0198ResumeProbe.h"
#include "xmpp/Xep0313ArchiveResultFilter.h"

Account::Account(AccountConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    // Two devices with the same resource would replace each other's stream: each run gets its own.
    , m_resource(
          m_config.resource + QLatin1Char('.') + QString::number(QRandomGenerator::global()->generate(), 36))
    , m_client(QXmppClient::NoExtensions)
{
    m_discovery = m_client.addNewExtension<QXmppDiscoveryManager>();
    m_roster = m_client.addNewExtension<Rfc6121RosterManager>();
    m_carbons = m_client.addNewExtension<QXmppCarbonManagerV2>();
    m_receipts = m_client.addNewExtension<QXmppMessageReceiptManager>();
    m_archive = m_client.addNewExtension<QXmppMamManager>();
    m_blocking = m_client.addNewExtension<QXmppBlockingManager>();
    // Before every other extension, so forged archive results never reach the MAM manager.
    m_archiveFilter = new Xep0313ArchiveResultFilter;
    m_client.insertExtension(0, m_archiveFilter);
    // First of all: answers QXmpp would send by itself must not repeat an absurd id.
    m_idGuard = new OversizedIdGuard;
    m_client.insertExtension(0, m_idGuard);
    // And before that, nothing nested deeper than QXmpp can parse in reasonable time.
    m_depthGuard = new NestingDepthGuard;
    m_client.insertExtension(0, m_depthGuard);
    m_reconnector = new Reconnector(&m_client, this);
    m_resumeProbe = new Xep0198ResumeProbe(&m_client, this);
    // In front of QXmpp's stream reader: whole stanzas only, and none without bound.
    m_streamGuard = new StreamReaderGuard(&m_client);
    connect(m_streamGuard, &StreamReaderGuard::streamRefused, this, [this](const QString &reason) {
        qCWarning(lcAccount).noquote() << m_config.jid << "stream closed:" << reason;
        m_tcpConnected = false; // closed by us, for this reason, not for a missing STARTTLS
        if (reason != m_errorText) {
            m_errorText = reason;
            Q_EMIT errorTextChanged(reason);
        }
    });

    auto *logger = new QXmppLogger(this);
    logger->setLoggingType(QXmppLogger::SignalLogging);
    connect(logger, &QXmppLogger::message, this, [](QXmppLogger::MessageType type, const QString &text) {
        if (type == QXmppLogger::WarningMessage) {
            qCWarning(lcXmpp).noquote() << text;
        } else {
            qCDebug(lcXmpp).noquote() << text;
        }
    });
    m_client.setLogger(logger);

    connect(&m_client, &QXmppClient::connected, this, [this] {
        m_sslErrors.clear();
        m_rejectedCertificate.clear();
        if (!m_errorText.isEmpty()) {
            m_errorText.clear();
            Q_EMIT errorTextChanged(m_errorText);
        }
        qCInfo(lcAccount) << m_config.jid << "connected";
        setState(State::Connected);
    });
    // QXmpp ends a stream whose server offers no STARTTLS (we require TLS) without reporting any
    // error, so the account would retry for ever in silence. Somebody between us and the server
    // can remove the offer (STARTTLS stripping): say so, and stop.
    // QXmpp keeps the socket to itself; it is the stream's only TLS socket.
    auto *socket = m_client.findChild<QSslSocket *>();
    connect(socket, &QSslSocket::connected, this, [this] {
        m_tcpConnected = true;
        m_encrypted = false;
    });
    connect(socket, &QSslSocket::encrypted, this, [this] { m_encrypted = true; });
    connect(&m_client, &QXmppClient::disconnected, this, [this] {
        // (An error reported on the way, say the server closing the socket, is already Failed.)
        const bool clearText = m_state != State::Failed && m_tcpConnected && !m_encrypted;
        m_tcpConnected = false;
        if (clearText) {
            m_reconnector->disable();
            m_errorText = ConnectionErrorText::describeMissingEncryption(hostForMessages());
            qCWarning(lcAccount).noquote() << m_config.jid << "connection error:" << m_errorText;
            Q_EMIT errorTextChanged(m_errorText);
            setState(State::Failed);
        } else if (m_state != State::Failed) {
            setState(State::Disconnected);
        }
    });
    // Direct connection: QXmpp relays the socket's signal synchronously, so the socket can still
    // be told to ignore these exact errors for this handshake.
    connect(&m_client, &QXmppClient::sslErrors, this, &Account::handleSslErrors);
    connect(&m_client, &QXmppClient::errorOccurred, this, &Account::handleError);
    connect(&m_client, &QXmppClient::messageReceived, this, &Account::messageReceived);
}

Account::~Account() = default;

void Account::connectToServer()
{
    QXmppConfiguration configuration;
    configuration.setJid(m_config.jid);
    configuration.setPassword(m_config.password);
    configuration.setResource(m_resource);
    if (!m_config.host.isEmpty()) {
        configuration.setHost(m_config.host);
    }
    if (m_config.port > 0) {
        configuration.setPort(m_config.port);
    }
    // QXmpp's default is opportunistic TLS; we never send credentials in clear text.
    configuration.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    configuration.setIgnoreSslErrors(false);
    // Our Reconnector retries instead of QXmpp: at once first, then with backoff.
    configuration.setAutoReconnectionEnabled(false);
    m_reconnector->enable();

    m_sslErrors.clear();
    m_rejectedCertificate.clear();
    setState(State::Connecting);
    qCInfo(lcAccount) << m_config.jid << "connecting to" << hostForMessages();
    m_client.connectToServer(configuration);
}

void Account::disconnectFromServer()
{
    m_reconnector->disable();
    m_tcpConnected = false; // ours, not the server's
    m_client.disconnectFromServer();
    setState(State::Disconnected);
}

void Account::setState(State state)
{
    if (m_state != state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

QString Account::hostForMessages() const
{
    return m_config.host.isEmpty() ? QXmppUtils::jidToDomain(m_config.jid) : m_config.host;
}

void Account::handleError(const QXmppError &error)
{
    const QString text = ConnectionErrorText::describe(error, m_config.jid, hostForMessages(), m_sslErrors);
    // A wrong password or an untrusted certificate does not fix itself: stop retrying and let
    // the person decide. Network trouble is retried by QXmpp's reconnection.
    // Replaced by another login with our resource (<conflict/>): retrying would kick that one off
    // in turn, for ever.
    const bool conflict = error.holdsType<QXmpp::StreamError>()
        && error.value<QXmpp::StreamError>() == QXmpp::StreamError::Conflict;
    const bool permanent
        = error.holdsType<QXmpp::AuthenticationError>() || !m_sslErrors.isEmpty() || conflict;
    qCWarning(lcAccount).noquote() << m_config.jid << "connection error:" << text;
    if (text != m_errorText) {
        m_errorText = text;
        Q_EMIT errorTextChanged(text);
    }
    if (permanent) {
        // Not from inside QXmpp's error signal: disconnecting there re-enters the socket code.
        m_reconnector->disable();
        QMetaObject::invokeMethod(&m_client, &QXmppClient::disconnectFromServer, Qt::QueuedConnection);
    }
    setState(State::Failed);
}

void Account::handleSslErrors(const QList<QSslError> &errors)
{
    // QXmpp keeps the socket to itself; it is the stream's only TLS socket.
    auto *socket = m_client.findChild<QSslSocket *>();
    const QSslCertificate peer = socket ? socket->peerCertificate() : QSslCertificate();
    if (socket && CertificatePin::accepts(m_config.certificatePin, peer, errors)) {
        // Exactly these errors, for exactly this handshake: never a blanket "ignore errors".
        socket->ignoreSslErrors(errors);
        qCInfo(lcAccount) << m_config.jid << "accepted the certificate the person trusted"
                          << CertificatePin::fingerprintOf(peer);
        return;
    }
    m_sslErrors = errors;
    m_rejectedCertificate = CertificatePin::canBeTrusted(errors) ? peer : QSslCertificate();
}
