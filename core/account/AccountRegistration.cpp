// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRegistration.h"

#include <QCoreApplication>
#include <QXmppRegisterIq.h>
#include <QXmppRegistrationManager.h>

#include "ConnectionErrorText.h"
#include "Logging.h"
#include "xmpp/Xep0077RegistrationForm.h"

AccountRegistration::AccountRegistration(QObject *parent)
    : QObject(parent), m_client(QXmppClient::NoExtensions)
{
    m_manager = m_client.addNewExtension<QXmppRegistrationManager>();
    m_manager->setRegisterOnConnectEnabled(true);
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(30000);

    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_client.disconnectFromServer();
        fail(ConnectionErrorText::describeRegistrationTimeout(m_domain));
    });
    connect(m_manager, &QXmppRegistrationManager::registrationFormReceived, this,
        &AccountRegistration::handleForm);
    connect(m_manager, &QXmppRegistrationManager::registrationFailed, this,
        [this](const QXmppStanza::Error &error) {
            if (m_timeout.isActive()) {
                fail(ConnectionErrorText::describeRegistration(error, m_username, m_domain));
            }
        });
    connect(m_manager, &QXmppRegistrationManager::registrationSucceeded, this, [this] {
        m_timeout.stop();
        qCInfo(lcAccount) << "created" << m_username << "on" << m_domain;
        m_client.disconnectFromServer();
        Q_EMIT succeeded(m_username + QLatin1Char('@') + m_domain, m_password);
    });
    connect(&m_client, &QXmppClient::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(&m_client, &QXmppClient::errorOccurred, this, &AccountRegistration::handleConnectionError);
    connect(&m_client, &QXmppClient::stateChanged, this, [this](QXmppClient::State state) {
        if (state != QXmppClient::DisconnectedState) {
            return;
        }
        m_formStreamOpen = false;
        // Queued: when the manager itself closes the stream, its reason follows right after.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_timeout.isActive()) {
                    fail(QCoreApplication::translate("AccountRegistration", "%1 closed the connection.")
                            .arg(m_domain));
                }
            },
            Qt::QueuedConnection);
    });
}

AccountRegistration::~AccountRegistration()
{
    m_timeout.stop();
    m_client.disconnectFromServer();
}

void AccountRegistration::requestForm(const QString &domain, const QString &host, int port)
{
    cancel();
    m_domain = domain.trimmed().toLower();
    m_host = host.trimmed();
    m_port = port;
    m_username.clear();
    m_password.clear();
    m_manager->setRegistrationFormToSend(QXmppRegisterIq());
    connectToServer();
}

void AccountRegistration::submit(const QXmppDataForm &filled)
{
    m_username = Xep0077RegistrationForm::value(filled, QStringLiteral("username")).trimmed();
    m_password = Xep0077RegistrationForm::value(filled, QStringLiteral("password"));
    if (m_legacy) {
        m_manager->setRegistrationFormToSend(Xep0077RegistrationForm::toLegacyRequest(filled));
    } else {
        m_manager->setRegistrationFormToSend(filled);
    }
    if (m_formStreamOpen) {
        m_manager->sendCachedRegistrationForm();
        waitForAnswer();
    } else {
        // The server closed the stream meanwhile; the manager sends the form on the next one.
        connectToServer();
    }
}

void AccountRegistration::cancel()
{
    m_timeout.stop();
    m_formStreamOpen = false;
    if (m_client.state() != QXmppClient::DisconnectedState) {
        m_client.disconnectFromServer();
    }
}

void AccountRegistration::connectToServer()
{
    QXmppConfiguration configuration;
    configuration.setDomain(m_domain);
    if (!m_host.isEmpty()) {
        configuration.setHost(m_host);
    }
    if (m_port > 0) {
        configuration.setPort(m_port);
    }
    // The new password travels in this stream: never without TLS, never to an unchecked server.
    configuration.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    configuration.setIgnoreSslErrors(false);
    configuration.setAutoReconnectionEnabled(false);
    m_sslErrors.clear();
    qCInfo(lcAccount) << "asking" << m_domain << "to create an account";
    m_client.connectToServer(configuration);
    waitForAnswer();
}

void AccountRegistration::waitForAnswer()
{
    m_timeout.start();
}

void AccountRegistration::handleForm(const QXmppRegisterIq &iq)
{
    if (!m_timeout.isActive()) {
        return;
    }
    if (iq.type() == QXmppIq::Error) {
        fail(ConnectionErrorText::describeRegistration(iq.error(), m_username, m_domain));
        return;
    }
    if (iq.type() != QXmppIq::Result) {
        return;
    }
    m_timeout.stop();
    m_legacy = Xep0077RegistrationForm::isLegacy(iq);
    m_formStreamOpen = true;
    Q_EMIT formReceived(Xep0077RegistrationForm::fromServer(iq));
}

void AccountRegistration::handleConnectionError(const QXmppError &error)
{
    if (!m_timeout.isActive()) {
        return; // nobody is waiting: a form left open for a while may simply time out
    }
    fail(ConnectionErrorText::describe(error, m_domain, m_host.isEmpty() ? m_domain : m_host, m_sslErrors));
}

void AccountRegistration::fail(const QString &text)
{
    m_timeout.stop();
    qCWarning(lcAccount).noquote() << "creating an account on" << m_domain << "failed:" << text;
    if (m_client.state() != QXmppClient::DisconnectedState) {
        QMetaObject::invokeMethod(&m_client, &QXmppClient::disconnectFromServer, Qt::QueuedConnection);
    }
    Q_EMIT failed(text);
}
