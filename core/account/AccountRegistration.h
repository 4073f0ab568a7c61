// SPDX-License-Identifier: GPL-3.0-or-later
// Creating an account on a server with in-band registration (XEP-0077) through QXmpp's
// registration manager: connect without logging in, fetch the form, send it back filled in.
// Every failure ends in failed() with a sentence; success hands over the new credentials.
#pragma once

#include <QList>
#include <QObject>
#include <QSslError>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppDataForm.h>

class QXmppRegisterIq;
class QXmppRegistrationManager;
struct QXmppError;

class AccountRegistration : public QObject
{
    Q_OBJECT
public:
    explicit AccountRegistration(QObject *parent = nullptr);
    ~AccountRegistration() override;

    // Connects to the server of `domain` (or host:port) and asks for its registration form.
    void requestForm(const QString &domain, const QString &host = {}, int port = 0);
    // Sends the filled form; the new account's name and password are its username and password
    // fields. On the same connection when it is still open (a CAPTCHA belongs to it).
    void submit(const QXmppDataForm &filled);
    void cancel();
    // How long the server may take to answer one step; 30 s unless a test says otherwise.
    void setTimeout(int milliseconds) { m_timeout.setInterval(milliseconds); }

    const QString &domain() const { return m_domain; }
    const QString &host() const { return m_host; }
    int port() const { return m_port; }

Q_SIGNALS:
    void formReceived(const QXmppDataForm &form);
    void succeeded(const QString &jid, const QString &password);
    void failed(const QString &text);

private:
    void connectToServer();
    void waitForAnswer();
    void handleForm(const QXmppRegisterIq &iq);
    void handleConnectionError(const QXmppError &error);
    void fail(const QString &text);

    QXmppClient m_client;
    QXmppRegistrationManager *m_manager;
    QTimer m_timeout;
    QString m_domain;
    QString m_host;
    int m_port = 0;
    bool m_legacy = false;
    bool m_formStreamOpen = false;
    QString m_username;
    QString m_password;
    QList<QSslError> m_sslErrors;
};
