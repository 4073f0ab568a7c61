// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewaySignIn.h"

#include <QXmppUtils.h>

#include "Logging.h"
#include "Session.h"
#include "SubscriptionRequestModel.h"
#include "account/Account.h"
#include "gateways/GatewayRegistration.h"
#include "session/SessionCore.h"
#include "xmpp/Rfc6121RosterManager.h"

GatewaySignIn::GatewaySignIn(QObject *parent) : QObject(parent), m_form(new DataFormModel(this)) { }

GatewaySignIn::~GatewaySignIn() = default;

Session *GatewaySignIn::session() const
{
    return m_session;
}

void GatewaySignIn::setSession(Session *session)
{
    if (m_session != session) {
        m_session = session;
        delete m_registration;
        m_registration = nullptr;
        Q_EMIT targetChanged();
    }
}

void GatewaySignIn::setAccount(const QString &account)
{
    if (m_account != account) {
        m_account = account;
        delete m_registration;
        m_registration = nullptr;
        Q_EMIT targetChanged();
    }
}

void GatewaySignIn::setGateway(const QString &gateway)
{
    if (m_gateway != gateway) {
        m_gateway = gateway;
        setState(QStringLiteral("idle"));
        Q_EMIT targetChanged();
    }
}

void GatewaySignIn::setSender(Xep0050AdHocCommands::IqSender sender)
{
    m_injected = std::move(sender);
    delete m_registration;
    m_registration = nullptr;
}

GatewayRegistration *GatewaySignIn::registration()
{
    if (m_registration) {
        return m_registration;
    }
    if (m_injected) {
        m_registration = new GatewayRegistration(m_injected, this);
    } else if (Account *account = m_session ? m_session->core()->account(m_account) : nullptr) {
        m_registration = new GatewayRegistration(Xep0050AdHocCommands::senderFor(account->client()), this);
    }
    return m_registration;
}

void GatewaySignIn::setState(const QString &state, const QString &error)
{
    m_state = state;
    m_errorText = error;
    Q_EMIT changed();
}

void GatewaySignIn::load()
{
    GatewayRegistration *r = registration();
    if (!r || m_gateway.isEmpty()) {
        setState(QStringLiteral("failed"), tr("The account is not connected."));
        return;
    }
    setState(QStringLiteral("loading"));
    r->requestForm(m_gateway).then(this, [this](GatewayRegistration::FormResult &&result) {
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            // Slidge's logins of several steps answer XEP-0077 with an error and run as a command.
            setState(QStringLiteral("command"), error->description);
            return;
        }
        const auto &form = std::get<GatewayRegistration::Form>(result);
        m_legacy = form.legacy;
        m_registered = form.registered;
        m_form->setForm(form.form);
        setState(form.form.fields().isEmpty() ? QStringLiteral("command") : QStringLiteral("form"));
    });
}

void GatewaySignIn::submit()
{
    GatewayRegistration *r = registration();
    if (!r || m_state != QLatin1String("form")) {
        return;
    }
    if (const QStringList missing = m_form->missingFields(); !missing.isEmpty()) {
        m_errorText = tr("Please fill in: %1").arg(missing.join(QStringLiteral(", ")));
        Q_EMIT changed();
        return;
    }
    setState(QStringLiteral("sending"));
    r->submit(m_gateway, { m_form->form(), m_legacy, m_registered })
        .then(this, [this](GatewayRegistration::Done &&done) {
            if (const auto *error = std::get_if<QXmppError>(&done)) {
                setState(QStringLiteral("form"), error->description);
                return;
            }
            m_registered = true;
            befriendGateway();
            setState(QStringLiteral("signedIn"));
        });
}

void GatewaySignIn::commandCompleted()
{
    m_registered = true;
    befriendGateway();
    setState(QStringLiteral("signedIn"));
}

void GatewaySignIn::befriendGateway()
{
    // XEP-0100 §4.1.1: the gateway asks for our presence and shares its own; approving ahead
    // (RFC 6121 §3.4) spares a dialog, and its presence tells whether it is up.
    Account *account = m_session ? m_session->core()->account(m_account) : nullptr;
    if (!account) {
        return;
    }
    account->roster()->acceptSubscription(m_gateway);
    account->roster()->subscribeTo(m_gateway);
    m_session->subscriptionRequests()->approveAllFrom(account->jid(), m_gateway);
}

void GatewaySignIn::unregister(bool dropContacts)
{
    GatewayRegistration *r = registration();
    if (!r) {
        return;
    }
    setState(QStringLiteral("sending"));
    r->unregister(m_gateway).then(this, [this, dropContacts](GatewayRegistration::Done &&done) {
        if (const auto *error = std::get_if<QXmppError>(&done)) {
            setState(QStringLiteral("failed"), error->description);
            return;
        }
        m_registered = false;
        Account *account = m_session ? m_session->core()->account(m_account) : nullptr;
        if (account && dropContacts) {
            int dropped = 0;
            const QStringList jids = account->roster()->getRosterBareJids();
            for (const QString &jid : jids) {
                if (QXmppUtils::jidToDomain(jid).compare(m_gateway, Qt::CaseInsensitive) == 0) {
                    account->roster()->removeRosterItem(jid);
                    ++dropped;
                }
            }
            qCInfo(lcAccount) << "left" << m_gateway << "and dropped" << dropped << "contacts";
        }
        setState(QStringLiteral("removed"));
    });
}
