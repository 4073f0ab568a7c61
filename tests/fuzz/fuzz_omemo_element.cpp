// SPDX-License-Identifier: GPL-3.0-or-later
// What an OMEMO peer or a stranger puts on the wire, in both versions: the <encrypted/> element
// of a message and the XEP-0420 envelope inside an OMEMO 2 payload. Parsing either never
// crashes, fails only as OmemoError (a reason for the placeholder), and what it accepts writes
// back and parses again to the same keys.
#include "FuzzXml.h"
#include "omemo/OmemoElement.h"
#include "omemo/OmemoError.h"
#include "omemo/SceEnvelope.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzXml::ensureApplication();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::Omemo2 }) {
        try {
            const auto element = OmemoElement::fromStanzaXml(bytes, version);
            if (!element) {
                continue;
            }
            const QByteArray stanza = "<message xmlns='jabber:client'>" + element->toXml() + "</message>";
            const auto again = OmemoElement::fromStanzaXml(stanza, version);
            if (!again || again->keys.size() != element->keys.size() || again->payload != element->payload
                || again->senderDeviceId != element->senderDeviceId) {
                FuzzXml::fail("an accepted element did not survive writing it back");
            }
        } catch (const OmemoError &) { }
    }
    try {
        SceEnvelope::fromXml(bytes);
    } catch (const OmemoError &) { }
    return 0;
}
