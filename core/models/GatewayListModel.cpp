// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayListModel.h"

#include "GatewayState.h"
#include "Session.h"
#include "account/Account.h"
#include "gateways/GatewayAvailability.h"
#include "session/SessionCore.h"
#include "xmpp/Rfc6121RosterManager.h"

GatewayListModel::GatewayListModel(QObject *parent) : QAbstractListModel(parent) { }

Session *GatewayListModel::session() const
{
    return m_session;
}

void GatewayListModel::setSession(Session *session)
{
    if (m_session == session) {
        return;
    }
    for (const auto &c : std::as_const(m_connections)) {
        QObject::disconnect(c);
    }
    m_connections.clear();
    m_session = session;
    if (session) {
        auto mine = [this](const QString &account) {
            if (account == accountJid()) {
                reload();
            }
        };
        m_connections.append(
            connect(session->gatewayNetworks(), &GatewayNetworks::gatewaysChanged, this, mine));
        if (GatewayAvailability *a = GatewayState::availabilityOf(session)) {
            m_connections.append(connect(
                a, &GatewayAvailability::changed, this, [this](const QString &account, const QString &) {
                    if (account == accountJid() && !m_gateways.isEmpty()) {
                        Q_EMIT dataChanged(
                            index(0), index(int(m_gateways.size()) - 1), { StateRole, StatusTextRole });
                    }
                }));
        }
        // The gateway joins our roster when we sign in, and leaves it when we sign out.
        if (Account *account = session->core()->account(m_account)) {
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
        Session *session = m_session;
        m_session = nullptr;
        setSession(session); // follows that account's roster
    }
}

QString GatewayListModel::accountJid() const
{
    if (!m_account.isEmpty() || !m_session) {
        return m_account;
    }
    return m_session->accountJid();
}

void GatewayListModel::reload()
{
    beginResetModel();
    m_gateways = m_session ? m_session->gatewayNetworks()->gateways(accountJid()) : QList<Gateway>();
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
        Account *account = m_session ? m_session->core()->account(m_account) : nullptr;
        return account && account->roster()->contains(gateway.jid);
    }
    case StateRole: {
        GatewayAvailability *a = GatewayState::availabilityOf(m_session);
        return GatewayState::stateName(
            int(a ? a->state(accountJid(), gateway.jid) : GatewayAvailability::State::Unknown));
    }
    case StatusTextRole: {
        GatewayAvailability *a = GatewayState::availabilityOf(m_session);
        return a ? a->statusText(accountJid(), gateway.jid) : QString();
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
