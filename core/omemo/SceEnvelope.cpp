// SPDX-License-Identifier: GPL-3.0-or-later
#include "SceEnvelope.h"

#include <QRandomGenerator>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include "omemo/OmemoError.h"
#include "omemo/OmemoVersion.h"

namespace {

const auto trustMessageNs = QStringLiteral("urn:xmpp:tm:1");

// Copies the element the reader is at, with all it holds.
void copyElement(QXmlStreamReader &reader, QXmlStreamWriter &writer)
{
    int depth = 1;
    writer.writeCurrentToken(reader);
    while (depth > 0 && !reader.atEnd()) {
        reader.readNext();
        writer.writeCurrentToken(reader);
        if (reader.isStartElement()) {
            ++depth;
        } else if (reader.isEndElement()) {
            --depth;
        }
    }
}

} // namespace

QByteArray SceEnvelope::toXml() const
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("envelope"));
    writer.writeDefaultNamespace(OmemoNs::sce);
    writer.writeStartElement(QStringLiteral("content"));
    if (!body.isEmpty() || trustMessage.isEmpty()) {
        writer.writeStartElement(QStringLiteral("body"));
        writer.writeDefaultNamespace(QStringLiteral("jabber:client"));
        writer.writeCharacters(body);
        writer.writeEndElement();
    }
    if (!trustMessage.isEmpty()) {
        QXmlStreamReader reader(trustMessage);
        if (reader.readNextStartElement()) {
            copyElement(reader, writer);
        }
    }
    writer.writeEndElement(); // content
    // 0 to 200 random characters hide the length of short messages (XEP-0420 rpad).
    QString pad;
    const int padLength = int(QRandomGenerator::system()->bounded(201));
    for (int i = 0; i < padLength; ++i) {
        pad.append(QChar(u'a' + QRandomGenerator::system()->bounded(26)));
    }
    writer.writeTextElement(QStringLiteral("rpad"), pad);
    writer.writeEmptyElement(QStringLiteral("time"));
    writer.writeAttribute(QStringLiteral("stamp"),
        (time.isValid() ? time : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate));
    writer.writeEmptyElement(QStringLiteral("to"));
    writer.writeAttribute(QStringLiteral("jid"), to);
    writer.writeEmptyElement(QStringLiteral("from"));
    writer.writeAttribute(QStringLiteral("jid"), from);
    writer.writeEndElement(); // envelope
    return xml;
}

SceEnvelope SceEnvelope::fromXml(const QByteArray &xml)
{
    SceEnvelope envelope;
    QXmlStreamReader reader(xml);
    bool haveFrom = false;
    if (!reader.readNextStartElement() || reader.name() != u"envelope"
        || reader.namespaceUri() != OmemoNs::sce) {
        throw OmemoError(omemoReason(QT_TRANSLATE_NOOP(
            "OmemoReason", "the decrypted content is not a stanza content encryption envelope")));
    }
    while (reader.readNextStartElement()) {
        if (reader.name() == u"content") {
            while (reader.readNextStartElement()) {
                if (reader.name() == u"body" && reader.namespaceUri() == u"jabber:client") {
                    envelope.body = reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
                } else if (reader.name() == u"trust-message" && reader.namespaceUri() == trustMessageNs
                    && envelope.trustMessage.isEmpty()) {
                    QXmlStreamWriter copy(&envelope.trustMessage);
                    copyElement(reader, copy);
                } else {
                    reader.skipCurrentElement();
                }
            }
        } else if (reader.name() == u"from") {
            envelope.from = reader.attributes().value(u"jid").toString();
            haveFrom = true;
            reader.skipCurrentElement();
        } else if (reader.name() == u"to") {
            envelope.to = reader.attributes().value(u"jid").toString();
            reader.skipCurrentElement();
        } else if (reader.name() == u"time") {
            envelope.time
                = QDateTime::fromString(reader.attributes().value(u"stamp").toString(), Qt::ISODateWithMs);
            reader.skipCurrentElement();
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError() || reader.tokenType() == QXmlStreamReader::DTD) {
        throw OmemoError(
            omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the decrypted envelope is malformed")));
    }
    if (!haveFrom) {
        throw OmemoError(
            omemoReason(QT_TRANSLATE_NOOP("OmemoReason", "the decrypted envelope does not name its sender")));
    }
    return envelope;
}
