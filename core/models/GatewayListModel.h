// SPDX-License-Identifier: GPL-3.0-or-later
// The networks an account's server reaches through its gateways (GatewayNetworks::gateways),
// one row per gateway, for the network list and the add-contact dialog's chips.
#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

#include "roster/GatewayNetworks.h"

Q_MOC_INCLUDE("Session.h")

class Session;

class GatewayListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sourceChanged)
    // Empty: the primary account.
    Q_PROPERTY(QString account READ account WRITE setAccount NOTIFY sourceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        NameRole, // the gateway's own name: plain text
        NetworkRole, // "irc", "telegram", … ("gateway" if unnamed)
        CanRegisterRole,
        HasCommandsRole,
        HasPromptRole,
        // Signed in: the gateway is on the account's roster (it subscribes when registered).
        RegisteredRole,
        // As GatewayState::state: "unknown", "online", "connecting", "offline", "loginFailed".
        StateRole,
        StatusTextRole, // the gateway's own words about its state (plain text)
    };
    Q_ENUM(Role)

    explicit GatewayListModel(QObject *parent = nullptr);

    Session *session() const;
    void setSession(Session *session);
    QString account() const { return m_account; }
    void setAccount(const QString &account);
    int count() const { return int(m_gateways.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void sourceChanged();
    void countChanged();

private:
    void reload();
    QString accountJid() const;

    QPointer<Session> m_session;
    QString m_account;
    QList<Gateway> m_gateways;
    QList<QMetaObject::Connection> m_connections;
};
