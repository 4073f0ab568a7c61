// SPDX-License-Identifier: GPL-3.0-or-later
// For a chat's header and a contact's row: whether the contact is behind a gateway, and whether
// that gateway is up, logging in, down or failed its login (GatewayAvailability), with its words.
#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

Q_MOC_INCLUDE("Session.h")

class Session;
class GatewayAvailability;

class GatewayState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY changed)
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

    Session *session() const;
    void setSession(Session *session);
    QString account() const { return m_account; }
    void setAccount(const QString &account);
    QString jid() const { return m_jid; }
    void setJid(const QString &jid);

    QString gateway() const;
    QString network() const;
    QString state() const;
    bool down() const;
    QString statusText() const;

    static GatewayAvailability *availabilityOf(Session *session);
    static QString stateName(int state); // a GatewayAvailability::State

Q_SIGNALS:
    void changed();

private:
    QString accountJid() const;

    QPointer<Session> m_session;
    QString m_account;
    QString m_jid;
    QList<QMetaObject::Connection> m_connections;
};
