// SPDX-License-Identifier: GPL-3.0-or-later
// A contact on another network named in that network's terms (a phone number, a username, an
// IRC nick) turned into their JID behind a gateway: by asking the gateway (jabber:iq:gateway,
// XEP-0100 §6.3) when it offers that, otherwise by writing the id as a local part, escaped
// (XEP-0106) when the gateway says it reads escapes, else in the "%" form (user%host@gateway).
// Phone numbers for sms and pstn gateways are normalised to E.164 first (libphonenumber).
#pragma once

#include <chrono>
#include <variant>

#include <QObject>
#include <QXmppError.h>
#include <QXmppTask.h>

#include "xmpp/Xep0050AdHocCommands.h"

class GatewayContactAddress : public QObject
{
    Q_OBJECT
public:
    using Result = std::variant<QString, QXmppError>; // the JID, or why not
    struct Target
    {
        QString gateway; // the gateway's JID
        QString network; // "sms", "pstn", "irc"… (GatewayNetworks::network())
        bool prompt = false; // it offers jabber:iq:gateway
        bool escaping = false; // it advertises jid\20escaping
        QString region; // two-letter country for numbers typed without one ("DE"); empty: the locale's
    };

    explicit GatewayContactAddress(Xep0050AdHocCommands::IqSender sender, QObject *parent = nullptr);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // The gateway's own words for what to type ("Phone number"); empty when it has none.
    QXmppTask<Result> prompt(const Target &target);
    QXmppTask<Result> jidFor(const Target &target, const QString &legacyId);

    // Without asking the gateway; an error when the id cannot be written as a local part.
    static Result fallbackJid(const Target &target, const QString &legacyId);
    // E.164 ("+4930123456"), or empty when `input` is not a possible phone number.
    static QString normalisedPhone(const QString &input, const QString &region);
    static bool isPhoneNetwork(const QString &network);

private:
    Xep0050AdHocCommands::IqSender m_sender;
    std::chrono::milliseconds m_timeout { std::chrono::seconds(30) };
};
