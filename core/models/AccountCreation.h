// SPDX-License-Identifier: GPL-3.0-or-later
// What the account setup page drives to create an account (XEP-0077): ask a server for its
// form, show it (form), send it, and log in with the new account when the server agrees.
#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QQmlEngine>

Q_MOC_INCLUDE("models/DataFormModel.h")

class AccountRegistration;
class DataFormModel;

class AccountCreation : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by Session")
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stepChanged)
    Q_PROPERTY(QString domain READ domain NOTIFY stepChanged)
    Q_PROPERTY(DataFormModel *form READ form CONSTANT)
public:
    enum Step { Idle, FetchingForm, FormReady, Submitting, Created, Failed };
    Q_ENUM(Step)

    // Called with the new account's address and password (and the server given) once created.
    using Login
        = std::function<void(const QString &jid, const QString &password, const QString &host, int port)>;
    explicit AccountCreation(Login login, QObject *parent = nullptr);
    ~AccountCreation() override;

    Step step() const { return m_step; }
    const QString &errorText() const { return m_errorText; }
    QString domain() const;
    DataFormModel *form() const { return m_form.get(); }
    // Made at the first use: its QXmppClient's TLS socket reads every system CA certificate
    // (2.7 MB of heap, and OpenSSL's pages), which a start without account setup never needs.
    AccountRegistration *registration();

    // host/port may be empty/0: taken from the domain.
    Q_INVOKABLE void requestForm(const QString &domain, const QString &host = {}, int port = 0);
    Q_INVOKABLE void submit();
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void stepChanged();

private:
    void setStep(Step step, const QString &errorText = {});

    Login m_login;
    std::unique_ptr<AccountRegistration> m_registration;
    std::unique_ptr<DataFormModel> m_form;
    Step m_step = Idle;
    QString m_errorText;
};
