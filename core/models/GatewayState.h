// SPDX-License-Identifier: GPL-3.0-or-later
// For a chat's header and a contact's row: whether the contact is behind a gateway, and whether
// that gateway is up, logging in, down or failed its login (GatewayAvailability), with its words.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

Q_MOC_INCLUDE("models/RootController.h")

class RootController;
class GatewaysController;

class GatewayState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(RootController *controllers READ controllers WRITE setControllers NOTIFY changed)
    Q_PROPERTY(QString account READ account WRITE setAccount NOTIFY changed) // empty: primary
    // A contact (or the gateway itself).
    Q_PROPERTY(QString jid READ jid WRITE setJid NOTIFY changed)
    Q_PROPERTY(QString gateway READ gateway NOTIFY changed) // its domain; "" for plain XMPP
    Q_PROPERTY(QString network READ network NOTIFY changed) // "telegram", …; "" for plain XMPP
    // "unknown", "online", "connecting", "offline", "loginFailed"
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(bool down READ down NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed) // the gateway's words, plain text
public:
    explicit GatewayState(QObject *parent = nullptr);

    RootController *controllers() const;
    void setControllers(RootController *controllers);
    QString account() const { return m_account; }
    void setAccount(const QString &account);
    QString jid() const { return m_jid; }
    void setJid(const QString &jid);

    QString gateway() const;
    QString network() const;
    QString state() const;
    bool down() const;
    QString statusText() const;

    // The gateways capability's controller; null without controllers or that capability.
    static GatewaysController *gatewaysOf(RootController *controllers);

Q_SIGNALS:
    void changed();

private:
    QString accountJid() const;

    QPointer<RootController> m_controllers;
    QString m_account;
    QString m_jid;
    QList<QMetaObject::Connection> m_connections;
};
