// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoBundleItem.h"

#include <QDomElement>
#include <QXmlStreamWriter>

namespace {

QByteArray base64(const QDomElement &element)
{
    return QByteArray::fromBase64Encoding(
        element.text().trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors)
        .decoded;
}

} // namespace

OmemoBundleItem::OmemoBundleItem(OmemoVersion version, OmemoBundle bundle, quint32 deviceId)
    : QXmppPubSubBaseItem(
          version == OmemoVersion::Legacy ? QStringLiteral("current") : QString::number(deviceId))
    , m_version(version)
    , m_bundle(std::move(bundle))
{ }

bool OmemoBundleItem::isItem(const QDomElement &itemElement)
{
    const QDomElement payload = itemElement.firstChildElement(QStringLiteral("bundle"));
    return payload.namespaceURI() == OmemoNs::legacy || payload.namespaceURI() == OmemoNs::omemo2;
}

void OmemoBundleItem::parsePayload(const QDomElement &payload)
{
    m_bundle = {};
    const bool legacy = payload.namespaceURI() == OmemoNs::legacy;
    m_version = legacy ? OmemoVersion::Legacy : OmemoVersion::Omemo2;
    const QDomElement spk
        = payload.firstChildElement(legacy ? QStringLiteral("signedPreKeyPublic") : QStringLiteral("spk"));
    m_bundle.signedPreKeyId
        = spk.attribute(legacy ? QStringLiteral("signedPreKeyId") : QStringLiteral("id")).toUInt();
    m_bundle.signedPreKey = base64(spk);
    m_bundle.signedPreKeySignature = base64(
        payload.firstChildElement(legacy ? QStringLiteral("signedPreKeySignature") : QStringLiteral("spks")));
    m_bundle.identityKey
        = base64(payload.firstChildElement(legacy ? QStringLiteral("identityKey") : QStringLiteral("ik")));
    const QString preKeyTag = legacy ? QStringLiteral("preKeyPublic") : QStringLiteral("pk");
    const QString preKeyIdAttribute = legacy ? QStringLiteral("preKeyId") : QStringLiteral("id");
    const QDomElement preKeys = payload.firstChildElement(QStringLiteral("prekeys"));
    for (QDomElement pk = preKeys.firstChildElement(preKeyTag); !pk.isNull();
        pk = pk.nextSiblingElement(preKeyTag)) {
        bool ok = false;
        const quint32 id = pk.attribute(preKeyIdAttribute).toUInt(&ok);
        const QByteArray key = base64(pk);
        if (ok && !key.isEmpty()) {
            m_bundle.preKeys.insert(id, key);
        }
    }
}

void OmemoBundleItem::serializePayload(QXmlStreamWriter *writer) const
{
    const bool legacy = m_version == OmemoVersion::Legacy;
    auto text = [](const QByteArray &bytes) { return QString::fromLatin1(bytes.toBase64()); };
    writer->writeStartElement(QStringLiteral("bundle"));
    writer->writeDefaultNamespace(legacy ? OmemoNs::legacy : OmemoNs::omemo2);
    writer->writeStartElement(legacy ? QStringLiteral("signedPreKeyPublic") : QStringLiteral("spk"));
    writer->writeAttribute(legacy ? QStringLiteral("signedPreKeyId") : QStringLiteral("id"),
        QString::number(m_bundle.signedPreKeyId));
    writer->writeCharacters(text(m_bundle.signedPreKey));
    writer->writeEndElement();
    writer->writeTextElement(legacy ? QStringLiteral("signedPreKeySignature") : QStringLiteral("spks"),
        text(m_bundle.signedPreKeySignature));
    writer->writeTextElement(
        legacy ? QStringLiteral("identityKey") : QStringLiteral("ik"), text(m_bundle.identityKey));
    writer->writeStartElement(QStringLiteral("prekeys"));
    for (auto it = m_bundle.preKeys.cbegin(); it != m_bundle.preKeys.cend(); ++it) {
        writer->writeStartElement(legacy ? QStringLiteral("preKeyPublic") : QStringLiteral("pk"));
        writer->writeAttribute(
            legacy ? QStringLiteral("preKeyId") : QStringLiteral("id"), QString::number(it.key()));
        writer->writeCharacters(text(it.value()));
        writer->writeEndElement();
    }
    writer->writeEndElement(); // prekeys
    writer->writeEndElement(); // bundle
}
