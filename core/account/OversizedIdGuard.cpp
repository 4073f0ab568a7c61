// SPDX-License-Identifier: GPL-3.0-or-later
#include "OversizedIdGuard.h"

#include <QDomElement>

#include "Logging.h"

namespace {
const QString receiptsNamespace = QStringLiteral("urn:xmpp:receipts");
}

bool OversizedIdGuard::isEchoable(const QString &id)
{
    // UTF-8 is at most 3 bytes per UTF-16 unit: most ids need no conversion to be measured.
    return id.size() * 3 <= maxEchoedIdBytes || id.toUtf8().size() <= maxEchoedIdBytes;
}

bool OversizedIdGuard::handleStanza(const QDomElement &element)
{
    const QString id = element.attribute(QStringLiteral("id"));
    if (isEchoable(id)) {
        return false;
    }
    const QString tag = element.tagName();
    const QString type = element.attribute(QStringLiteral("type"));
    if (tag == QLatin1String("iq") && (type == QLatin1String("get") || type == QLatin1String("set"))) {
        // Taken here, so QXmpp does not answer it (with the id) as a request nobody handles.
        ++m_refused;
        qCWarning(lcAccount) << "dropped an IQ from" << element.attribute(QStringLiteral("from"))
                             << "with an id of" << id.size() << "characters";
        return true;
    }
    if (tag == QLatin1String("message")) {
        // The message itself goes on (it may well be worth reading); only the request for a
        // receipt goes. The DOM is shared: QXmppMessageReceiptManager parses this element.
        QDomElement child = element.firstChildElement();
        while (!child.isNull()) {
            const QDomElement next = child.nextSiblingElement();
            if (child.namespaceURI() == receiptsNamespace
                && (child.localName() == QLatin1String("request")
                    || child.tagName() == QLatin1String("request"))) {
                QDomElement(element).removeChild(child);
                ++m_refused;
                qCWarning(lcAccount) << "no receipt for a message from"
                                     << element.attribute(QStringLiteral("from")) << "with an id of"
                                     << id.size() << "characters";
            }
            child = next;
        }
    }
    return false;
}
