// SPDX-License-Identifier: GPL-3.0-or-later
// Whether each account's gateways are up, as their presence says (XEP-0100 §4.1: a registered
// gateway shares its presence with us): available means logged in to the network; unavailable,
// or a bounce from the gateway's domain, means it is down; Slidge's "Could not login" status, or
// an error presence saying we may not log in (not-authorized, registration-required), means its
// login to the network failed. Other error presences answer a presence of ours and say nothing
// of its state. Messages to its contacts wait meanwhile (GatewayHoldStage), and go out when it
// is back (back()).
#pragma once

#include <functional>

#include <QHash>
#include <QObject>
#include <QPair>

class Account;
class QXmppPresence;
class QXmppMessage;

class GatewayAvailability : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, Online, Connecting, Offline, LoginFailed };
    Q_ENUM(State)

    // Whether a domain was found to be a gateway (disco#info, kept across restarts): a gateway
    // that has been down since we started never sent us a presence, yet its bounce is one.
    using KnownGateway = std::function<bool(const QString &domain)>;
    explicit GatewayAvailability(KnownGateway knownGateway = {}, QObject *parent = nullptr);

    void watch(Account *account);
    void forget(const QString &account);
    // Applies one presence or message of the account's stream (public for in-process tests).
    void presenceReceived(const QString &account, const QXmppPresence &presence);
    void messageReceived(const QString &account, const QXmppMessage &message);

    State state(const QString &account, const QString &domain) const;
    // The gateway's own words about its state (plain text); empty when it said nothing.
    QString statusText(const QString &account, const QString &domain) const;
    // Whether messages to jid (an address on a gateway, or the gateway) should wait.
    bool isDown(const QString &account, const QString &jid) const;
    // Whether an error message says its sender's gateway is down or still logging in (the server
    // answering for it, or Slidge's session not ready yet): what bounced may go again once it is
    // back. A domain neither seen nor discovered as a gateway is not one.
    bool isGatewayBounce(const QString &account, const QXmppMessage &message) const;

Q_SIGNALS:
    void changed(const QString &account, const QString &domain);
    // The gateway is up again after being down: what waited may go now.
    void back(const QString &account, const QString &domain);

private:
    static bool isGatewayBounce(State known, const QXmppMessage &message);
    void set(const QString &account, const QString &domain, State state, const QString &text);

    struct Entry
    {
        State state = State::Unknown;
        QString text;
    };
    KnownGateway m_knownGateway;
    QHash<QPair<QString, QString>, Entry> m_entries; // (account, gateway domain)
};
