// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountCreation.h"

#include <QXmppUtils.h>

#include "DataFormModel.h"
#include "account/AccountRegistration.h"

namespace {
bool isValidDomain(const QString &domain)
{
    return !domain.isEmpty() && !domain.contains(QLatin1Char('@')) && !domain.contains(QLatin1Char('/'))
        && !domain.contains(QLatin1Char(' ')) && !domain.startsWith(QLatin1Char('.'))
        && !domain.endsWith(QLatin1Char('.'));
}
} // namespace

AccountCreation::AccountCreation(Login login, QObject *parent)
    : QObject(parent), m_login(std::move(login)), m_form(std::make_unique<DataFormModel>())
{ }

AccountCreation::~AccountCreation() = default;

AccountRegistration *AccountCreation::registration()
{
    if (m_registration) {
        return m_registration.get();
    }
    m_registration = std::make_unique<AccountRegistration>();
    connect(
        m_registration.get(), &AccountRegistration::formReceived, this, [this](const QXmppDataForm &form) {
            m_form->setForm(form);
            setStep(FormReady);
        });
    connect(m_registration.get(), &AccountRegistration::failed, this, [this](const QString &text) {
        // A refused form can be corrected and sent again; a server that never sent one cannot.
        setStep(Failed, text);
    });
    connect(m_registration.get(), &AccountRegistration::succeeded, this,
        [this](const QString &jid, const QString &password) {
            setStep(Created);
            m_login(jid, password, m_registration->host(), m_registration->port());
        });
    return m_registration.get();
}

QString AccountCreation::domain() const
{
    return m_registration ? m_registration->domain() : QString();
}

void AccountCreation::requestForm(const QString &domain, const QString &host, int port)
{
    QString name = domain.trimmed().toLower();
    // People type their wished-for address; the server is the part after the @.
    if (name.contains(QLatin1Char('@'))) {
        name = QXmppUtils::jidToDomain(name);
    }
    if (!isValidDomain(name)) {
        setStep(Failed, tr("\"%1\" is not a server name. It looks like example.org.").arg(domain.trimmed()));
        return;
    }
    m_form->setForm({});
    setStep(FetchingForm);
    registration()->requestForm(name, host, port);
}

void AccountCreation::submit()
{
    if (m_form->count() == 0) {
        setStep(Failed, tr("Choose a server first."));
        return;
    }
    if (const QStringList missing = m_form->missingFields(); !missing.isEmpty()) {
        setStep(Failed, tr("Fill in: %1.").arg(missing.join(QStringLiteral(", "))));
        return;
    }
    setStep(Submitting);
    registration()->submit(m_form->form());
}

void AccountCreation::cancel()
{
    if (m_registration) {
        m_registration->cancel();
    }
    m_form->setForm({});
    setStep(Idle);
}

void AccountCreation::setStep(Step step, const QString &errorText)
{
    m_step = step;
    m_errorText = errorText;
    Q_EMIT stepChanged();
}
