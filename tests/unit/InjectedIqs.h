// SPDX-License-Identifier: GPL-3.0-or-later
// A gateway's side of IQ exchanges in unit tests: records every IQ sent through sender() and
// answers them in order with injected XML.
#pragma once

#include <memory>

#include <QDomDocument>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppPromise.h>

#include "xmpp/Xep0050AdHocCommands.h"

inline QDomElement injectedElement(const QString &xml)
{
    static QList<QDomDocument> documents; // the elements handed out stay valid
    QDomDocument doc;
    if (!doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing)) {
        qFatal("test stanza does not parse");
    }
    documents.append(doc);
    return doc.documentElement();
}

struct InjectedIqs
{
    QStringList sent;
    QList<std::shared_ptr<QXmppPromise<QXmppClient::IqResult>>> pending;
    Xep0050AdHocCommands::IqSender sender()
    {
        return [this](QXmppIq &&iq) {
            QString xml;
            QXmlStreamWriter writer(&xml);
            iq.toXml(&writer);
            sent.append(xml);
            pending.append(std::make_shared<QXmppPromise<QXmppClient::IqResult>>());
            return pending.last()->task();
        };
    }
    // Answers the oldest IQ still open.
    void finishWith(const QString &xml)
    {
        pending.takeFirst()->finish(QXmppClient::IqResult(injectedElement(xml)));
    }
};
