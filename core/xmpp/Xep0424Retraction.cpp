// SPDX-License-Identifier: GPL-3.0-or-later
#include "Xep0424Retraction.h"

#include <QDomDocument>
#include <QXmppElement.h>
#include <QXmppMessage.h>

namespace {
const QString retractV1 = QStringLiteral("urn:xmpp:message-retract:1");
const QString retractV0 = QStringLiteral("urn:xmpp:message-retract:0");
const QString fasten = QStringLiteral("urn:xmpp:fasten:0");
const QString fallbackNs = QStringLiteral("urn:xmpp:fallback:0");
} // namespace

QString Xep0424Retraction::retractedId(const QXmppMessage &stanza)
{
    const auto extensions = stanza.extensions();
    for (const QXmppElement &extension : extensions) {
        const QDomElement element = extension.sourceDomElement();
        if (element.tagName() == QLatin1String("retract") && element.namespaceURI() == retractV1) {
            return element.attribute(QStringLiteral("id"));
        }
        if (element.tagName() == QLatin1String("apply-to") && element.namespaceURI() == fasten) {
            const QDomElement retract = element.firstChildElement(QStringLiteral("retract"));
            if (!retract.isNull() && retract.namespaceURI() == retractV0) {
                return element.attribute(QStringLiteral("id"));
            }
        }
    }
    return {};
}

void Xep0424Retraction::setRetraction(QXmppMessage &stanza, const QString &id)
{
    QDomDocument document;
    QDomElement retract = document.createElementNS(retractV1, QStringLiteral("retract"));
    retract.setAttribute(QStringLiteral("id"), id);
    QDomElement fallback = document.createElementNS(fallbackNs, QStringLiteral("fallback"));
    fallback.setAttribute(QStringLiteral("for"), retractV1);
    auto extensions = stanza.extensions();
    extensions.append(QXmppElement(retract));
    extensions.append(QXmppElement(fallback));
    stanza.setExtensions(extensions);
    stanza.setBody(QStringLiteral("/me retracted a previous message, but it's unsupported by your client."));
    stanza.addHint(QXmppMessage::Store);
}
