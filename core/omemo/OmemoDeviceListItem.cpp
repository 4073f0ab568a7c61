// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoDeviceListItem.h"

#include <QDomElement>
#include <QXmlStreamWriter>

OmemoDeviceListItem::OmemoDeviceListItem(OmemoVersion version, QList<quint32> deviceIds)
    : QXmppPubSubBaseItem(QStringLiteral("current")), m_version(version), m_deviceIds(std::move(deviceIds))
{ }

bool OmemoDeviceListItem::isItem(const QDomElement &itemElement)
{
    const QDomElement payload = itemElement.firstChildElement();
    return (payload.tagName() == u"list" && payload.namespaceURI() == OmemoNs::legacy)
        || (payload.tagName() == u"devices" && payload.namespaceURI() == OmemoNs::omemo2);
}

std::optional<OmemoDeviceListItem> OmemoDeviceListItem::fromPayload(const QDomElement &payload)
{
    OmemoDeviceListItem item;
    if (payload.tagName() == u"list" && payload.namespaceURI() == OmemoNs::legacy) {
        item.m_version = OmemoVersion::Legacy;
    } else if (payload.tagName() == u"devices" && payload.namespaceURI() == OmemoNs::omemo2) {
        item.m_version = OmemoVersion::Omemo2;
    } else {
        return std::nullopt;
    }
    item.parsePayload(payload);
    return item;
}

void OmemoDeviceListItem::parsePayload(const QDomElement &payload)
{
    m_version = payload.namespaceURI() == OmemoNs::omemo2 ? OmemoVersion::Omemo2 : OmemoVersion::Legacy;
    m_deviceIds.clear();
    for (QDomElement device = payload.firstChildElement(QStringLiteral("device")); !device.isNull();
        device = device.nextSiblingElement(QStringLiteral("device"))) {
        bool ok = false;
        const quint32 id = device.attribute(QStringLiteral("id")).toUInt(&ok);
        if (ok && id != 0 && !m_deviceIds.contains(id)) {
            m_deviceIds.append(id);
        }
    }
}

void OmemoDeviceListItem::serializePayload(QXmlStreamWriter *writer) const
{
    const bool legacy = m_version == OmemoVersion::Legacy;
    writer->writeStartElement(legacy ? QStringLiteral("list") : QStringLiteral("devices"));
    writer->writeDefaultNamespace(legacy ? OmemoNs::legacy : OmemoNs::omemo2);
    for (quint32 id : m_deviceIds) {
        writer->writeEmptyElement(QStringLiteral("device"));
        writer->writeAttribute(QStringLiteral("id"), QString::number(id));
    }
    writer->writeEndElement();
}
