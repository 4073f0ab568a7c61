// SPDX-License-Identifier: GPL-3.0-or-later
// A device's bundle in PEP, either version. Legacy: node ...axolotl.bundles:<id>, item "current",
// <bundle><signedPreKeyPublic signedPreKeyId/><signedPreKeySignature/><identityKey/><prekeys>
// <preKeyPublic preKeyId/></prekeys></bundle>. OMEMO 2: node urn:xmpp:omemo:2:bundles, item <id>,
// <bundle><spk id/><spks/><ik/><prekeys><pk id/></prekeys></bundle>.
#pragma once

#include <QXmppPubSubBaseItem.h>

#include "omemo/OmemoBundle.h"
#include "omemo/OmemoVersion.h"

class OmemoBundleItem : public QXmppPubSubBaseItem
{
public:
    explicit OmemoBundleItem(
        OmemoVersion version = OmemoVersion::Legacy, OmemoBundle bundle = {}, quint32 deviceId = 0);

    OmemoVersion version() const { return m_version; }
    const OmemoBundle &bundle() const { return m_bundle; }

    static bool isItem(const QDomElement &itemElement);

protected:
    void parsePayload(const QDomElement &payload) override;
    void serializePayload(QXmlStreamWriter *writer) const override;

private:
    OmemoVersion m_version;
    OmemoBundle m_bundle;
};
