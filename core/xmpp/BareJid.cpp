// SPDX-License-Identifier: GPL-3.0-or-later
#include "BareJid.h"

#include <QXmppUtils.h>

bool BareJid::isValid(const QString &jid)
{
    const QString local = QXmppUtils::jidToUser(jid);
    const QString domain = QXmppUtils::jidToDomain(jid);
    return !local.isEmpty() && !domain.isEmpty() && QXmppUtils::jidToBareJid(jid) == jid
        && !jid.contains(QLatin1Char(' ')) && !domain.startsWith(QLatin1Char('.'))
        && !domain.endsWith(QLatin1Char('.'));
}

bool BareJid::isBlockable(const QString &address)
{
    return QXmppUtils::jidToBareJid(address) == address && !QXmppUtils::jidToDomain(address).isEmpty()
        && !address.contains(QLatin1Char(' '));
}
