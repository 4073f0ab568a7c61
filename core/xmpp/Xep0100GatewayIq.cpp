// SPDX-License-Identifier: GPL-3.0-or-later
#include "Xep0100GatewayIq.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace {
constexpr QStringView gatewayNs = u"jabber:iq:gateway";
}

Xep0100GatewayIq::Xep0100GatewayIq() : QXmppIq(QXmppIq::Get) { }

Xep0100GatewayIq Xep0100GatewayIq::promptRequest(const QString &gateway)
{
    Xep0100GatewayIq iq;
    iq.setTo(gateway);
    return iq;
}

Xep0100GatewayIq Xep0100GatewayIq::translationRequest(const QString &gateway, const QString &legacyId)
{
    Xep0100GatewayIq iq;
    iq.setType(QXmppIq::Set);
    iq.setTo(gateway);
    iq.m_prompt = legacyId;
    return iq;
}

bool Xep0100GatewayIq::isGatewayIq(const QDomElement &element)
{
    const QDomElement query = element.firstChildElement(QStringLiteral("query"));
    return !query.isNull() && query.namespaceURI() == gatewayNs;
}

void Xep0100GatewayIq::parseElementFromChild(const QDomElement &element)
{
    const QDomElement query = element.firstChildElement(QStringLiteral("query"));
    m_description = query.firstChildElement(QStringLiteral("desc")).text();
    m_prompt = query.firstChildElement(QStringLiteral("prompt")).text();
    m_jid = query.firstChildElement(QStringLiteral("jid")).text();
}

void Xep0100GatewayIq::toXmlElementFromChild(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("query"));
    writer->writeDefaultNamespace(gatewayNs.toString());
    if (!m_description.isEmpty()) {
        writer->writeTextElement(QStringLiteral("desc"), m_description);
    }
    if (!m_prompt.isEmpty()) {
        writer->writeTextElement(QStringLiteral("prompt"), m_prompt);
    }
    if (!m_jid.isEmpty()) {
        writer->writeTextElement(QStringLiteral("jid"), m_jid);
    }
    writer->writeEndElement();
}
