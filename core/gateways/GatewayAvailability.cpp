// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayAvailability.h"

#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>

#include "account/Account.h"

namespace {
// A gateway speaks from its bare domain; contacts behind it have a local part.
bool isDomainOnly(const QString &jid)
{
    return !jid.isEmpty() && !QXmppUtils::jidToBareJid(jid).contains(u'@');
}

QString domainOf(const QString &jid)
{
    return QXmppUtils::jidToDomain(jid).toLower();
}

// What the server answers for a component that is not connected (service-unavailable, or
// remote-server-not-found/timeout for one on another server).
bool isAbsence(QXmppStanza::Error::Condition condition)
{
    return condition == QXmppStanza::Error::ServiceUnavailable
        || condition == QXmppStanza::Error::RemoteServerNotFound
        || condition == QXmppStanza::Error::RemoteServerTimeout;
}
} // namespace

GatewayAvailability::GatewayAvailability(KnownGateway knownGateway, QObject *parent)
    : QObject(parent), m_knownGateway(std::move(knownGateway))
{ }

void GatewayAvailability::watch(Account *account)
{
    const QString jid = account->jid();
    connect(account->client(), &QXmppClient::presenceReceived, this,
        [this, jid](const QXmppPresence &presence) { presenceReceived(jid, presence); });
    connect(account, &Account::messageReceived, this,
        [this, jid](const QXmppMessage &message) { messageReceived(jid, message); });
    // What we knew outlasts a reconnect of our own stream: a gateway seen down stays down (its
    // contacts' messages keep waiting) until it tells us it is up, rather than bouncing them.
}

void GatewayAvailability::forget(const QString &account)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it.key().first == account) {
            const QString domain = it.key().second;
            it = m_entries.erase(it);
            Q_EMIT changed(account, domain);
        } else {
            ++it;
        }
    }
}

void GatewayAvailability::presenceReceived(const QString &account, const QXmppPresence &presence)
{
    if (!isDomainOnly(presence.from()) || domainOf(presence.from()) == domainOf(account)) {
        return;
    }
    const QString domain = domainOf(presence.from());
    const QString text = presence.statusText().left(500);
    switch (presence.type()) {
    case QXmppPresence::Error: {
        // An error presence answers a presence of ours; only some conditions speak of the gateway.
        // Slidge answers ours with feature-not-implemented when its network has no presence to
        // sync, also right after its "Logged in" (after a restart always after it): taken as a
        // failed login, that left the gateway "login failed" for good (issue 12).
        const auto condition = presence.error().condition();
        const QString words = presence.error().text().isEmpty() ? text : presence.error().text().left(500);
        if (isAbsence(condition)) {
            set(account, domain, State::Offline, words);
        } else if (condition == QXmppStanza::Error::NotAuthorized
            || condition == QXmppStanza::Error::RegistrationRequired
            || condition == QXmppStanza::Error::Forbidden) {
            set(account, domain, State::LoginFailed, words);
        }
        return;
    }
    case QXmppPresence::Unavailable:
        set(account, domain, State::Offline, text);
        return;
    case QXmppPresence::Available:
        // Slidge's words while its login fails, and while it logs in (XEP-0100 leaves them open).
        if (text.startsWith(QLatin1String("Could not login"), Qt::CaseInsensitive)) {
            set(account, domain, State::LoginFailed, text);
        } else if (presence.availableStatusType() == QXmppPresence::DND
            && text.startsWith(QLatin1String("Logging in"), Qt::CaseInsensitive)) {
            set(account, domain, State::Connecting, text);
        } else {
            set(account, domain, State::Online, text);
        }
        return;
    default:
        return;
    }
}

bool GatewayAvailability::isGatewayBounce(const QString &account, const QXmppMessage &message) const
{
    const QString domain = domainOf(message.from());
    State known = state(account, domain);
    if (known == State::Unknown && m_knownGateway && m_knownGateway(domain)) {
        known = State::Offline;
    }
    return isGatewayBounce(known, message);
}

bool GatewayAvailability::isGatewayBounce(State known, const QXmppMessage &message)
{
    const auto condition = message.error().condition();
    return message.type() == QXmppMessage::Error && known != State::Unknown
        && (isAbsence(condition) || condition == QXmppStanza::Error::RecipientUnavailable);
}

void GatewayAvailability::messageReceived(const QString &account, const QXmppMessage &message)
{
    const QString domain = domainOf(message.from());
    if (domain.isEmpty() || domain == domainOf(account)) {
        return;
    }
    // Only for domains we know to be gateways: a plain XMPP server that is away is not one.
    if (!isGatewayBounce(account, message)) {
        return;
    }
    const State known = state(account, domain);
    const QString text = message.error().text().left(500);
    // The server answers for a component that is not connected, from the address we wrote to.
    if (isAbsence(message.error().condition())) {
        set(account, domain, State::Offline, text);
    } else if (known == State::Online || known == State::Unknown) {
        // Slidge's "Legacy session is not fully initialized, retry later": it is logging us in,
        // and says "Logged in" when done. (Unknown: discovered as a gateway, no presence yet.)
        set(account, domain, State::Connecting, text);
    }
}

GatewayAvailability::State GatewayAvailability::state(const QString &account, const QString &domain) const
{
    return m_entries.value({ account, domain.toLower() }).state;
}

QString GatewayAvailability::statusText(const QString &account, const QString &domain) const
{
    return m_entries.value({ account, domain.toLower() }).text;
}

bool GatewayAvailability::isDown(const QString &account, const QString &jid) const
{
    const State s = state(account, domainOf(jid));
    return s == State::Offline || s == State::LoginFailed || s == State::Connecting;
}

void GatewayAvailability::set(const QString &account, const QString &domain, State state, const QString &text)
{
    Entry &entry = m_entries[{ account, domain }];
    if (entry.state == state && entry.text == text) {
        return;
    }
    const bool wasDown = entry.state == State::Offline || entry.state == State::LoginFailed
        || entry.state == State::Connecting;
    entry.state = state;
    entry.text = text;
    Q_EMIT changed(account, domain);
    if (wasDown && state == State::Online) {
        Q_EMIT back(account, domain);
    }
}
