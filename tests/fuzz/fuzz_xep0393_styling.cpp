// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0393 styling of an untrusted body: spans stay inside the body and in order, and the markup
// holds only the tags the parser promises (no other tag, links only to https, xmpp and geo).
#include <QRegularExpression>

#include "FuzzXml.h"
#include "messaging/Xep0393StylingParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString body = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype previousStart = 0;
    for (const StyledSpan &span : Xep0393StylingParser::parse(body)) {
        if (span.start < previousStart || span.length < 0 || span.start + span.length > body.size()) {
            FuzzXml::fail("a span outside the body or out of order");
        }
        if (span.kind == StyledSpan::Link && body.mid(span.start, span.length) != span.url) {
            FuzzXml::fail("a link whose target is not its text", span.url);
        }
        previousStart = span.start;
    }
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-z]*)([^>]*)>"));
    // Schemes are case-insensitive (RFC 3986): "xmPp:" is the same safe link.
    static const QRegularExpression allowedLink(QStringLiteral("^ href=\"(https://|xmpp:|geo:)[^\"<>]*\"$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression allowedFont(QStringLiteral("^ color=\"#[0-9a-f]{6}\"$"));
    const QString html = Xep0393StylingParser::toSafeHtml(body);
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        const QString name = match.captured(2);
        const QString attributes = match.captured(3);
        const bool closing = !match.captured(1).isEmpty();
        const bool plain
            = (name == u"b" || name == u"i" || name == u"s" || name == u"br") && attributes.isEmpty();
        const bool link
            = name == u"a" && (closing ? attributes.isEmpty() : allowedLink.match(attributes).hasMatch());
        const bool font
            = name == u"font" && (closing ? attributes.isEmpty() : allowedFont.match(attributes).hasMatch());
        if (!plain && !link && !font) {
            FuzzXml::fail("markup the parser does not promise", match.captured(0));
        }
    }
    return 0;
}
