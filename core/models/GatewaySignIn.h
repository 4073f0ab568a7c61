// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in to one gateway's network for a page (GatewayRegistration): its form (instructions,
// fields, a QR code), the filled form back, changing it later, and leaving the network (which
// may also drop that network's contacts). A gateway that logs in over several steps offers no
// form: then `usesCommand` says to run its jabber:iq:register ad-hoc command instead.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

#include "DataFormModel.h"
#include "xmpp/Xep0050AdHocCommands.h"

Q_MOC_INCLUDE("Session.h")

class Session;
class GatewayRegistration;

class GatewaySignIn : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY targetChanged)
    Q_PROPERTY(QString account READ account WRITE setAccount NOTIFY targetChanged) // empty: primary
    Q_PROPERTY(QString gateway READ gateway WRITE setGateway NOTIFY targetChanged)
    // "idle", "loading", "form", "command", "sending", "signedIn", "removed", "failed"
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(bool registered READ registered NOTIFY changed)
    Q_PROPERTY(bool usesCommand READ usesCommand NOTIFY changed)
    Q_PROPERTY(DataFormModel *form READ form CONSTANT)
public:
    explicit GatewaySignIn(QObject *parent = nullptr);
    ~GatewaySignIn() override;

    Session *session() const;
    void setSession(Session *session);
    QString account() const { return m_account; }
    void setAccount(const QString &account);
    QString gateway() const { return m_gateway; }
    void setGateway(const QString &gateway);
    // Talks to the gateway through this instead of the account's connection (tests).
    void setSender(Xep0050AdHocCommands::IqSender sender);

    QString state() const { return m_state; }
    QString errorText() const { return m_errorText; }
    bool registered() const { return m_registered; }
    bool usesCommand() const { return m_state == QLatin1String("command"); }
    DataFormModel *form() const { return m_form; }

    Q_INVOKABLE void load();
    Q_INVOKABLE void submit();
    // Leaves the network; dropContacts also removes its contacts from our roster.
    Q_INVOKABLE void unregister(bool dropContacts);
    // After a login through the ad-hoc command: the gateway's subscription approved and returned.
    Q_INVOKABLE void commandCompleted();

Q_SIGNALS:
    void targetChanged();
    void changed();

private:
    GatewayRegistration *registration();
    void setState(const QString &state, const QString &error = {});
    void befriendGateway();

    QPointer<Session> m_session;
    QString m_account;
    QString m_gateway;
    Xep0050AdHocCommands::IqSender m_injected;
    GatewayRegistration *m_registration = nullptr;
    DataFormModel *m_form;
    bool m_legacy = false;
    bool m_registered = false;
    QString m_state = QStringLiteral("idle");
    QString m_errorText;
};
