// SPDX-License-Identifier: GPL-3.0-or-later
// Reads XEP-0393 Message Styling (and https/xmpp/geo links) out of an untrusted message body.
#pragma once

#include <QList>
#include <QString>

// One styled range of a message body, in UTF-16 code units of the body as received.
// A styled span includes its styling directives ("*strong*" is one Strong span of length 8), and every
// directive is also reported on its own as a Directive span, so the UI can show it dimmed as the
// specification recommends: the two asterisks, a quote's '>' and the whole ``` fence lines.
struct StyledSpan
{
    enum Kind { Strong, Emphasis, Strike, Code, CodeBlock, Quote, Link, Directive };

    Kind kind = Strong;
    qsizetype start = 0;
    qsizetype length = 0;
    // Quote nesting level of the block the span lies in (0 outside quotes); for a Quote span the
    // level it opens, so "> > x" gives Quote spans of depth 1 and 2.
    int depth = 0;
    QString url; // Link only: the link target, exactly the linked text of the body

    bool operator==(const StyledSpan &) const = default;
};

// Parses message bodies into spans per XEP-0393 and renders them as HTML that only ever contains the
// tags this parser chooses: all body text is escaped, links are https:, xmpp: and geo: only.
class Xep0393StylingParser
{
public:
    // Spans ordered by start, outer spans before the spans inside them. Plain text has no span.
    static QList<StyledSpan> parse(const QString &body);

    // Markup for a Qt Quick Text with textFormat StyledText (never RichText on remote input). Uses
    // only <b>, <i>, <s>, <br>, <font color="#rrggbb"> (quotes, directives, code) and <a href="...">
    // for the links parse() found.
    static QString toSafeHtml(const QString &body);
};
