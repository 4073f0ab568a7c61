// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in to another network through its gateway (XEP-0077 addressed to the gateway): its
// form (a data form, or the legacy fields as one, with media such as a QR code kept), the
// filled form back, and leaving the network again. A gateway that needs several steps (Slidge's
// two-factor and QR logins) says so by offering no form; then the ad-hoc command
// jabber:iq:register (XEP-0050) runs the login.
#pragma once

#include <chrono>
#include <variant>

#include <QObject>
#include <QXmppDataForm.h>
#include <QXmppError.h>
#include <QXmppTask.h>

#include "xmpp/Xep0050AdHocCommands.h"

class GatewayRegistration : public QObject
{
    Q_OBJECT
public:
    struct Form
    {
        QXmppDataForm form;
        bool legacy = false; // answer with the legacy fields, not a data form
        bool registered = false; // the account is signed in already (the form changes it)
    };
    using FormResult = std::variant<Form, QXmppError>;
    using Done = std::variant<std::monostate, QXmppError>;
    // The ad-hoc command a gateway offers for a login of several steps.
    static constexpr QStringView registerCommand = u"jabber:iq:register";

    explicit GatewayRegistration(Xep0050AdHocCommands::IqSender sender, QObject *parent = nullptr);
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    QXmppTask<FormResult> requestForm(const QString &gateway);
    QXmppTask<Done> submit(const QString &gateway, const Form &filled);
    // <remove/>: the gateway forgets the account (and removes its contacts from our roster).
    QXmppTask<Done> unregister(const QString &gateway);

private:
    QXmppTask<Done> send(QXmppIq &&iq, const QString &gateway);

    Xep0050AdHocCommands::IqSender m_sender;
    std::chrono::milliseconds m_timeout { std::chrono::seconds(60) };
};
