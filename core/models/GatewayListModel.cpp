// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayListModel.h"

#include "GatewayState.h"
#include "SessionConnections.h"
#include "account/Account.h"
#include "gateways/GatewaysController.h"
#include "models/AccountsController.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "xmpp/Rfc6121RosterManager.h"

GatewayListModel::GatewayListModel(QObject *parent) : QAbstractListModel(parent) { }

RootController *GatewayListModel::controllers() const
{
    return m_controllers;
}

void GatewayListModel::setControllers(RootController *controllers)
{
    if (m_controllers == controllers) {
        return;
    }
    disconnectAll(m_connections);
    m_controllers = controllers;
    if (controllers) {
        auto mine = [this](const QString &account) {
            if (account == accountJid()) {
                reload();
            }
        };
        m_connections.append(
            connect(controllers->core()->gatewayNetworks(), &GatewayNetworks::gatewaysChanged, this, mine));
        if (GatewaysController *gateways = GatewayState::gatewaysOf(controllers)) {
            m_connections.append(connect(gateways, &GatewaysController::changed, this,
                [this](const QString &account, const QString &) {
                    if (account == accountJid() && !m_gateways.isEmpty()) {
                        Q_EMIT dataChanged(
                            index(0), index(int(m_gateways.size()) - 1), { StateRole, StatusTextRole });
                    }
                }));
        }
        // The gateway joins our roster when we sign in, and leaves it when we sign out.
        if (Account *account = controllers->core()->account(m_account)) {
            m_connections.append(
                connect(account->roster(), &Rfc6121RosterManager::itemAdded, this, [this] { reload(); }));
            m_connections.append(
                connect(account->roster(), &Rfc6121RosterManager::itemRemoved, this, [this] { reload(); }));
            m_connections.append(connect(
                account->roster(), &Rfc6121RosterManager::rosterReceived, this, [this] { reload(); }));
        }
    }
    reload();
    Q_EMIT sourceChanged();
}

void GatewayListModel::setAccount(const QString &account)
{
    if (m_account != account) {
        m_account = account;
        RootController *controllers = m_controllers;
        m_controllers = nullptr;
        setControllers(controllers); // follows that account's roster
    }
}

QString GatewayListModel::accountJid() const
{
    if (!m_account.isEmpty() || !m_controllers) {
        return m_account;
    }
    return m_controllers->accounts()->primaryJid();
}

void GatewayListModel::reload()
{
    beginResetModel();
    m_gateways
        = m_controllers ? m_controllers->core()->gatewayNetworks()->gateways(accountJid()) : QList<Gateway>();
    endResetModel();
    Q_EMIT countChanged();
}

int GatewayListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_gateways.size());
}

QVariant GatewayListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_gateways.size()) {
        return {};
    }
    const Gateway &gateway = m_gateways.at(index.row());
    switch (role) {
    case JidRole:
        return gateway.jid;
    case Qt::DisplayRole:
    case NameRole:
        return gateway.name;
    case NetworkRole:
        return gateway.network;
    case CanRegisterRole:
        return gateway.registration;
    case HasCommandsRole:
        return gateway.commands;
    case HasPromptRole:
        return gateway.prompt;
    case RegisteredRole: {
        Account *account = m_controllers ? m_controllers->core()->account(m_account) : nullptr;
        return account && account->roster()->contains(gateway.jid);
    }
    case StateRole: {
        GatewaysController *gateways = GatewayState::gatewaysOf(m_controllers);
        return gateways ? gateways->state(accountJid(), gateway.jid) : QStringLiteral("unknown");
    }
    case StatusTextRole: {
        GatewaysController *gateways = GatewayState::gatewaysOf(m_controllers);
        return gateways ? gateways->statusText(accountJid(), gateway.jid) : QString();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> GatewayListModel::roleNames() const
{
    return { { JidRole, "jid" }, { NameRole, "name" }, { NetworkRole, "network" },
        { CanRegisterRole, "canRegister" }, { HasCommandsRole, "hasCommands" },
        { HasPromptRole, "hasPrompt" }, { RegisteredRole, "registered" }, { StateRole, "gatewayState" },
        { StatusTextRole, "statusText" } };
}
