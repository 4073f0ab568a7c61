// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoElement.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include "omemo/OmemoError.h"
#include "omemo/OmemoLog.h"

namespace {

bool isTrue(QStringView value)
{
    return value == u"true" || value == u"1";
}

quint32 deviceIdAttribute(const QXmlStreamReader &reader, QStringView name)
{
    bool ok = false;
    const quint32 id = reader.attributes().value(name).toUInt(&ok);
    if (!ok || id == 0) {
        throw OmemoError(
            omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the encrypted element has an invalid device id")));
    }
    return id;
}

QByteArray base64Text(QXmlStreamReader &reader)
{
    const QString text = reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement).trimmed();
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        throw OmemoError(
            omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the encrypted element holds invalid base64")));
    }
    return *decoded;
}

} // namespace

std::optional<OmemoElement> OmemoElement::fromStanzaXml(const QByteArray &stanzaXml, OmemoVersion version)
{
    const QString ns = version == OmemoVersion::Legacy ? OmemoNs::legacy : OmemoNs::omemo2;
    QXmlStreamReader reader(stanzaXml);
    int depth = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            throw OmemoError(omemoReason(
                QT_TRANSLATE_NOOP("OmemoReason", "the stanza carries a document type declaration")));
        }
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            // Only a direct child of <message/>: one nested in a forwarded copy is not ours to read here.
            if (depth == 2 && reader.name() == u"encrypted" && reader.namespaceUri() == ns) {
                return read(reader, version);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    if (reader.hasError()) {
        throw OmemoError(omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the stanza is not well-formed XML")));
    }
    return std::nullopt;
}

OmemoElement OmemoElement::read(QXmlStreamReader &reader, OmemoVersion version)
{
    OmemoElement element;
    element.version = version;
    bool haveHeader = false;
    while (reader.readNextStartElement()) {
        if (reader.name() == u"header") {
            haveHeader = true;
            element.senderDeviceId = deviceIdAttribute(reader, u"sid");
            while (reader.readNextStartElement()) {
                if (version == OmemoVersion::Legacy && reader.name() == u"key") {
                    Key key;
                    key.deviceId = deviceIdAttribute(reader, u"rid");
                    key.keyExchange = isTrue(reader.attributes().value(u"prekey"));
                    key.data = base64Text(reader);
                    element.keys.append(key);
                } else if (version == OmemoVersion::Legacy && reader.name() == u"iv") {
                    element.iv = base64Text(reader);
                } else if (version == OmemoVersion::Omemo2 && reader.name() == u"keys") {
                    const QString jid = reader.attributes().value(u"jid").toString();
                    while (reader.readNextStartElement()) {
                        if (reader.name() != u"key") {
                            reader.skipCurrentElement();
                            continue;
                        }
                        Key key;
                        key.jid = jid;
                        key.deviceId = deviceIdAttribute(reader, u"rid");
                        key.keyExchange = isTrue(reader.attributes().value(u"kex"));
                        key.data = base64Text(reader);
                        element.keys.append(key);
                    }
                } else {
                    reader.skipCurrentElement();
                }
            }
        } else if (reader.name() == u"payload") {
            element.payload = base64Text(reader);
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError()) {
        qCInfo(lcOmemo) << "malformed encrypted element:" << reader.errorString();
        throw OmemoError(omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the encrypted element is malformed")));
    }
    if (!haveHeader) {
        throw OmemoError(
            omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the encrypted element has no header")));
    }
    if (version == OmemoVersion::Legacy && !element.payload.isEmpty() && element.iv.isEmpty()) {
        throw OmemoError(omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the encrypted element has no IV")));
    }
    return element;
}

const OmemoElement::Key *OmemoElement::keyFor(const QString &ownBareJid, quint32 deviceId) const
{
    for (const Key &key : keys) {
        if (key.deviceId == deviceId && (version == OmemoVersion::Legacy || key.jid == ownBareJid)) {
            return &key;
        }
    }
    return nullptr;
}

void OmemoElement::write(QXmlStreamWriter &writer) const
{
    const bool legacy = version == OmemoVersion::Legacy;
    writer.writeStartElement(QStringLiteral("encrypted"));
    writer.writeDefaultNamespace(legacy ? OmemoNs::legacy : OmemoNs::omemo2);
    writer.writeStartElement(QStringLiteral("header"));
    writer.writeAttribute(QStringLiteral("sid"), QString::number(senderDeviceId));
    auto writeKey = [&](const Key &key) {
        writer.writeStartElement(QStringLiteral("key"));
        writer.writeAttribute(QStringLiteral("rid"), QString::number(key.deviceId));
        if (key.keyExchange) {
            writer.writeAttribute(
                legacy ? QStringLiteral("prekey") : QStringLiteral("kex"), QStringLiteral("true"));
        }
        writer.writeCharacters(QString::fromLatin1(key.data.toBase64()));
        writer.writeEndElement();
    };
    if (legacy) {
        for (const Key &key : keys) {
            writeKey(key);
        }
        writer.writeTextElement(QStringLiteral("iv"), QString::fromLatin1(iv.toBase64()));
    } else {
        QStringList jids;
        for (const Key &key : keys) {
            if (!jids.contains(key.jid)) {
                jids.append(key.jid);
            }
        }
        for (const QString &jid : jids) {
            writer.writeStartElement(QStringLiteral("keys"));
            writer.writeAttribute(QStringLiteral("jid"), jid);
            for (const Key &key : keys) {
                if (key.jid == jid) {
                    writeKey(key);
                }
            }
            writer.writeEndElement();
        }
    }
    writer.writeEndElement(); // header
    if (!payload.isEmpty()) {
        writer.writeTextElement(QStringLiteral("payload"), QString::fromLatin1(payload.toBase64()));
    }
    writer.writeEndElement(); // encrypted
}

QByteArray OmemoElement::toXml() const
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    write(writer);
    return xml;
}
