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
} // namespace

GatewayAvailability::GatewayAvailability(QObject *parent) : QObject(parent) { }

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
    case QXmppPresence::Error:
        set(account, domain, State::LoginFailed,
            presence.error().text().isEmpty() ? text : presence.error().text().left(500));
        return;
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

void GatewayAvailability::messageReceived(const QString &account, const QXmppMessage &message)
{
    if (message.type() != QXmppMessage::Error) {
        return;
    }
    // The server answers for a component that is not connected (service-unavailable, or
    // remote-server-not-found/timeout for one on another server), from the address we wrote to.
    const auto condition = message.error().condition();
    if (condition != QXmppStanza::Error::ServiceUnavailable
        && condition != QXmppStanza::Error::RemoteServerNotFound
        && condition != QXmppStanza::Error::RemoteServerTimeout) {
        return;
    }
    const QString domain = domainOf(message.from());
    if (domain.isEmpty() || domain == domainOf(account)) {
        return;
    }
    // Only for domains we know to be gateways: a plain XMPP server that is away is not one.
    if (state(account, domain) == State::Unknown) {
        return;
    }
    set(account, domain, State::Offline, message.error().text().left(500));
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
