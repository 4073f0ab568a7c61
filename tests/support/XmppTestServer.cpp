// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmppTestServer.h"

XmppTestServer::XmppTestServer(QString domain, QString address)
    : m_domain(std::move(domain)), m_address(std::move(address))
{ }

QString XmppTestServer::createUniqueAccount(const QString &prefix, const QString &password)
{
    const QString user = QStringLiteral("%1%2").arg(prefix).arg(++m_accountCounter);
    return createAccount(user, password) ? user + QLatin1Char('@') + m_domain : QString();
}
