// SPDX-License-Identifier: GPL-3.0-or-later
#include "Xep0313ArchiveResultFilter.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppUtils.h>

#include "Logging.h"

namespace {
// The namespace QXmppMamManager 1.10 matches results in.
const QString mamNamespace = QStringLiteral("urn:xmpp:mam:2");
const QString forwardNamespace = QStringLiteral("urn:xmpp:forward:0");
const QString stanzaIdNamespace = QStringLiteral("urn:xmpp:sid:0");

// Any version of XEP-0313 (mam:0, :1, :2 and whatever comes next): a later QXmpp, or another
// extension, may accept an older or newer one, so none of them passes unchecked.
bool isArchiveResult(const QDomElement &child)
{
    // The local name, whether or not the element was written with a prefix.
    const QString name = child.localName().isEmpty() ? child.tagName() : child.localName();
    return name == QLatin1String("result") && child.namespaceURI().startsWith(QLatin1String("urn:xmpp:mam:"));
}
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
    // Every child, not only the first called "result": a decoy in another namespace before the
    // real one must not hide it (QXmpp looks for the first result in its namespace, wherever).
    QDomElement result;
    int results = 0;
    for (QDomElement child = element.firstChildElement(); !child.isNull();
        child = child.nextSiblingElement()) {
        if (isArchiveResult(child)) {
            ++results;
            if (result.isNull() && child.namespaceURI() == mamNamespace) {
                result = child;
            }
        }
    }
    if (results == 0) {
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
    if (results > 1) {
        // An archive sends one result per message; two leave it open which one counts.
        ++m_dropped;
        qCWarning(lcMessaging) << "dropped a message carrying" << results << "archive results from"
                               << archive;
        return true;
    }
    if (result.isNull()) {
        return false; // another version of MAM: not ours to annotate
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
