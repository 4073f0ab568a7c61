// SPDX-License-Identifier: GPL-3.0-or-later
#include "Xep0313ArchiveResultFilter.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppUtils.h>

#include "Logging.h"

namespace {
const QString mamNamespace = QStringLiteral("urn:xmpp:mam:2");
const QString forwardNamespace = QStringLiteral("urn:xmpp:forward:0");
const QString stanzaIdNamespace = QStringLiteral("urn:xmpp:sid:0");
} // namespace

void Xep0313ArchiveResultFilter::allowArchive(const QString &bareJid)
{
    m_allowed.insert(bareJid);
}

bool Xep0313ArchiveResultFilter::handleStanza(const QDomElement &element)
{
    if (element.tagName() != QLatin1String("message")) {
        return false;
    }
    const QDomElement result = element.firstChildElement(QStringLiteral("result"));
    if (result.isNull() || result.namespaceURI() != mamNamespace) {
        return false;
    }
    const QString own = client()->configuration().jidBare();
    const QString from = element.attribute(QStringLiteral("from"));
    // No 'from' means our own server on behalf of the account.
    const QString archive = from.isEmpty() ? own : from;
    if (archive != own && !m_allowed.contains(archive)) {
        ++m_dropped;
        qCWarning(lcMessaging) << "dropped an archive result from" << from << "which is not our archive";
        return true;
    }

    // The result id is the message's id in that archive: give it to the message as a stanza-id
    // (the DOM is shared, so QXmppMamManager parses the annotated element).
    const QString resultId = result.attribute(QStringLiteral("id"));
    QDomElement message
        = result.firstChildElement(QStringLiteral("forwarded")).firstChildElement(QStringLiteral("message"));
    if (resultId.isEmpty() || message.isNull()
        || result.firstChildElement(QStringLiteral("forwarded")).namespaceURI() != forwardNamespace) {
        return false;
    }
    for (QDomElement id = message.firstChildElement(QStringLiteral("stanza-id")); !id.isNull();
        id = id.nextSiblingElement(QStringLiteral("stanza-id"))) {
        if (id.namespaceURI() == stanzaIdNamespace && id.attribute(QStringLiteral("by")) == archive) {
            message.removeChild(id); // the archive's own word (the result id) wins
            break;
        }
    }
    QDomElement stanzaId
        = message.ownerDocument().createElementNS(stanzaIdNamespace, QStringLiteral("stanza-id"));
    stanzaId.setAttribute(QStringLiteral("id"), resultId);
    stanzaId.setAttribute(QStringLiteral("by"), archive);
    message.appendChild(stanzaId);
    return false;
}
