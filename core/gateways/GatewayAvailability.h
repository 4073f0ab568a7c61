// SPDX-License-Identifier: GPL-3.0-or-later
// Whether each account's gateways are up, as their presence says (XEP-0100 §4.1: a registered
// gateway shares its presence with us): available means logged in to the network; unavailable,
// or a bounce from the gateway's domain, means it is down; an error presence, or Slidge's
// "Could not login" status, means its login to the network failed. Messages to its contacts
// wait meanwhile (GatewayHoldStage), and go out when it is back (back()).
#pragma once

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

    explicit GatewayAvailability(QObject *parent = nullptr);

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

Q_SIGNALS:
    void changed(const QString &account, const QString &domain);
    // The gateway is up again after being down: what waited may go now.
    void back(const QString &account, const QString &domain);

private:
    void set(const QString &account, const QString &domain, State state, const QString &text);

    struct Entry
    {
        State state = State::Unknown;
        QString text;
    };
    QHash<QPair<QString, QString>, Entry> m_entries; // (account, gateway domain)
};
