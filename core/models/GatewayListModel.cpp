// SPDX-License-Identifier: GPL-3.0-or-later
#include "GatewayListModel.h"

#include "Session.h"
#include "session/SessionCore.h"

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
    QObject::disconnect(m_connection);
    m_session = session;
    if (session) {
        m_connection = connect(session->gatewayNetworks(), &GatewayNetworks::gatewaysChanged, this,
            [this](const QString &account) {
                if (account == accountJid()) {
                    reload();
                }
            });
    }
    reload();
    Q_EMIT sourceChanged();
}

void GatewayListModel::setAccount(const QString &account)
{
    if (m_account != account) {
        m_account = account;
        reload();
        Q_EMIT sourceChanged();
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
    default:
        return {};
    }
}

QHash<int, QByteArray> GatewayListModel::roleNames() const
{
    return { { JidRole, "jid" }, { NameRole, "name" }, { NetworkRole, "network" },
        { CanRegisterRole, "canRegister" }, { HasCommandsRole, "hasCommands" },
        { HasPromptRole, "hasPrompt" } };
}
