// SPDX-License-Identifier: GPL-3.0-or-later
// A device list in PEP, either version: legacy <list xmlns='eu.siacs.conversations.axolotl'>
// <device id/></list> at item "current" of ...axolotl.devicelist; OMEMO 2 <devices
// xmlns='urn:xmpp:omemo:2'><device id label/></devices> at item "current" of urn:xmpp:omemo:2:devices.
#pragma once

#include <QList>
#include <QXmppPubSubBaseItem.h>

#include "omemo/OmemoVersion.h"

class OmemoDeviceListItem : public QXmppPubSubBaseItem
{
public:
    explicit OmemoDeviceListItem(OmemoVersion version = OmemoVersion::Legacy, QList<quint32> deviceIds = {});

    OmemoVersion version() const { return m_version; }
    const QList<quint32> &deviceIds() const { return m_deviceIds; }
    void setVersion(OmemoVersion version) { m_version = version; }

    static bool isItem(const QDomElement &itemElement);

    // Reads a payload of either namespace (the item's element tells which); invalid ids are skipped.
    static std::optional<OmemoDeviceListItem> fromPayload(const QDomElement &payload);

protected:
    void parsePayload(const QDomElement &payload) override;
    void serializePayload(QXmlStreamWriter *writer) const override;

private:
    OmemoVersion m_version;
    QList<quint32> m_deviceIds;
};
