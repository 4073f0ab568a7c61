// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutgoingErrorText.h"

#include <QXmppUtils.h>

QString OutgoingErrorText::describe(const QXmppStanza::Error &error, const QString &recipient)
{
    QString reason;
    switch (error.condition()) {
    case QXmppStanza::Error::ServiceUnavailable:
    case QXmppStanza::Error::ItemNotFound:
    case QXmppStanza::Error::RecipientUnavailable:
    case QXmppStanza::Error::Gone:
        reason = tr("%1 does not exist or does not accept messages.").arg(recipient);
        break;
    case QXmppStanza::Error::RemoteServerNotFound:
    case QXmppStanza::Error::RemoteServerTimeout:
        reason = tr("The server of %1 (%2) cannot be reached.")
                     .arg(recipient, QXmppUtils::jidToDomain(recipient));
        break;
    case QXmppStanza::Error::JidMalformed:
        reason = tr("%1 is not a valid chat address.").arg(recipient);
        break;
    case QXmppStanza::Error::Forbidden:
    case QXmppStanza::Error::NotAllowed:
    case QXmppStanza::Error::NotAuthorized:
    case QXmppStanza::Error::PolicyViolation:
    case QXmppStanza::Error::SubscriptionRequired:
    case QXmppStanza::Error::NotAcceptable:
        reason = tr("The server refused the message to %1.").arg(recipient);
        break;
    case QXmppStanza::Error::ResourceConstraint:
        reason = tr("The server of %1 is overloaded; try again later.").arg(recipient);
        break;
    default:
        reason = tr("The message to %1 could not be delivered.").arg(recipient);
        break;
    }
    const QString said = error.text().trimmed().left(300);
    return said.isEmpty() ? reason : tr("%1 The server said: “%2”").arg(reason, said);
}
