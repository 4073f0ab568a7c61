// SPDX-License-Identifier: GPL-3.0-or-later
// The add-contact dialog's gateway chip: the chosen gateway's prompt ("Phone number"), and the
// id typed in the network's terms turned into the contact's JID (GatewayContactAddress:
// jabber:iq:gateway, else XEP-0106 or the % form; phone numbers in E.164).
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

#include "roster/GatewayNetworks.h"
#include "xmpp/Xep0050AdHocCommands.h"

Q_MOC_INCLUDE("Session.h")

class Session;
#include "gateways/GatewayContactAddress.h"

class GatewayContactResolver : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY gatewayChanged)
    Q_PROPERTY(QString account READ account WRITE setAccount NOTIFY gatewayChanged) // empty: primary
    // Empty: plain XMPP (nothing to resolve).
    Q_PROPERTY(QString gateway READ gateway WRITE setGateway NOTIFY gatewayChanged)
    Q_PROPERTY(QString network READ network NOTIFY gatewayChanged)
    // The gateway's own words for what to type (plain text); empty until it answered, or if none.
    Q_PROPERTY(QString prompt READ prompt NOTIFY promptChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    explicit GatewayContactResolver(QObject *parent = nullptr);

    Session *session() const;
    void setSession(Session *session);
    QString account() const { return m_account; }
    void setAccount(const QString &account);
    QString gateway() const { return m_target.gateway; }
    void setGateway(const QString &gateway);
    QString network() const { return m_target.network; }
    QString prompt() const { return m_prompt; }
    bool busy() const { return m_busy; }
    // Asks the gateway through this instead of the account's connection (tests).
    void setSender(Xep0050AdHocCommands::IqSender sender);
    // Describes the gateway directly instead of looking it up among the server's (tests).
    void setGatewayInfo(const Gateway &gateway);

    // Answers with resolved(jid) or failed(text).
    Q_INVOKABLE void resolve(const QString &legacyId);

Q_SIGNALS:
    void gatewayChanged();
    void promptChanged();
    void busyChanged();
    void resolved(const QString &legacyId, const QString &jid);
    void failed(const QString &text);

private:
    GatewayContactAddress *address();
    void refresh();
    void setBusy(bool busy);

    QPointer<Session> m_session;
    QString m_account;
    QString m_gatewayJid;
    GatewayContactAddress::Target m_target;
    Xep0050AdHocCommands::IqSender m_injected;
    GatewayContactAddress *m_address = nullptr;
    QString m_prompt;
    bool m_busy = false;
    quint64 m_generation = 0; // answers for an earlier gateway are dropped
};
