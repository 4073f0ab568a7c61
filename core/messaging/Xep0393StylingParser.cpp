// SPDX-License-Identifier: GPL-3.0-or-later
// Reads XEP-0393 Message Styling (and https/xmpp/geo links) out of an untrusted message body.
#include "Xep0393StylingParser.h"

#include <algorithm>
#include <array>
#include <vector>

#include <QStringView>
#include <QUrl>

namespace {

// Quotes nested deeper than this stay plain text: bounds the recursion on hostile input.
constexpr int kMaxQuoteDepth = 32;
constexpr qsizetype kNoPosition = -1;
constexpr int kInlineDirectives = 4;

// Colours that read on light and dark backgrounds alike.
const QLatin1String kDirectiveColour("#8c8c8c");
const QLatin1String kQuoteColour("#6f8294");
const QLatin1String kQuoteMarkerColour("#3daee9");
const QLatin1String kCodeColour("#c45b00");

// A half-open range [start, end) of body positions.
struct Range
{
    qsizetype start;
    qsizetype end;
};

// Index of an inline styling directive character (* _ ~ `), -1 for any other character.
int directiveIndex(QChar c)
{
    switch (c.unicode()) {
    case u'*':
        return 0;
    case u'_':
        return 1;
    case u'~':
        return 2;
    case u'`':
        return 3;
    default:
        return -1;
    }
}

StyledSpan::Kind spanKind(int directive)
{
    static constexpr std::array<StyledSpan::Kind, kInlineDirectives> kinds { StyledSpan::Strong,
        StyledSpan::Emphasis, StyledSpan::Strike, StyledSpan::Code };
    return kinds[directive];
}

// Characters a link may contain: printable ASCII but those RFC 3986 never allows unencoded, and
// letters, digits and marks of any script (IRIs). White space, controls, quotes, angle brackets,
// bidi controls and other symbols end a link.
bool isLinkChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80)
        return c.isLetterOrNumber() || c.isMark();
    if (u <= 0x20 || u == 0x7f)
        return false;
    return !QStringView(u"\"<>`{}|\\^").contains(c);
}

enum class LinkScheme { None, Https, Xmpp, Geo };

struct SchemePrefix
{
    LinkScheme scheme;
    QLatin1String prefix;
};

const std::array<SchemePrefix, 3> kSchemes { {
    { LinkScheme::Https, QLatin1String("https://") },
    { LinkScheme::Xmpp, QLatin1String("xmpp:") },
    { LinkScheme::Geo, QLatin1String("geo:") },
} };

bool isAcceptableLink(const QString &text, LinkScheme scheme)
{
    const QUrl url(text);
    if (!url.isValid())
        return false;
    switch (scheme) {
    case LinkScheme::Https:
        return !url.host().isEmpty();
    case LinkScheme::Xmpp:
        return !url.host().isEmpty() || !url.path().isEmpty();
    case LinkScheme::Geo: {
        const QString path = url.path();
        return !path.isEmpty() && (path.front().isDigit() || path.front() == u'-');
    }
    case LinkScheme::None:
        break;
    }
    return false;
}

// Collects the spans of one body; a fresh one per parse() call.
struct SpanCollector
{
    const QString &body;
    QList<StyledSpan> spans;

    // State of the plain line being parsed.
    qsizetype lineStart = 0;
    QList<Range> links;
    qsizetype nextLink = 0;
    // closers[p - lineStart][d]: first position >= p that can close a span of directive d, or kNoPosition.
    std::vector<std::array<qsizetype, kInlineDirectives>> closers;

    void add(StyledSpan::Kind kind, qsizetype start, qsizetype length, int depth, const QString &url = {})
    {
        spans.append(StyledSpan { kind, start, length, depth, url });
    }

    bool startsWith(Range line, QStringView prefix) const
    {
        return QStringView(body).sliced(line.start, line.end - line.start).startsWith(prefix);
    }

    bool isFence(Range line) const { return line.end - line.start == 3 && startsWith(line, u"```"); }

    void parseBlocks(const QList<Range> &lines, int depth);
    void parseLine(Range line, int depth);
    void findLinks(Range line);
    void buildCloserTable(Range line);
    void parseSpans(qsizetype from, qsizetype to, int depth);
};

// Blocks per XEP-0393 §5.1: quotes (recursively, on their lines minus the '>' and one white space),
// preformatted blocks (to the closing ``` line or the end of the parent block), else plain lines.
void SpanCollector::parseBlocks(const QList<Range> &lines, int depth)
{
    qsizetype i = 0;
    while (i < lines.size()) {
        const Range line = lines[i];
        if (depth < kMaxQuoteDepth && startsWith(line, u">")) {
            QList<Range> inner;
            qsizetype j = i;
            for (; j < lines.size() && startsWith(lines[j], u">"); ++j) {
                const Range quoted = lines[j];
                add(StyledSpan::Directive, quoted.start, 1, depth + 1);
                qsizetype innerStart = quoted.start + 1;
                if (innerStart < quoted.end && body[innerStart].isSpace())
                    ++innerStart;
                inner.append(Range { innerStart, quoted.end });
            }
            add(StyledSpan::Quote, line.start, lines[j - 1].end - line.start, depth + 1);
            parseBlocks(inner, depth + 1);
            i = j;
        } else if (startsWith(line, u"```")) {
            qsizetype close = i + 1;
            while (close < lines.size() && !isFence(lines[close]))
                ++close;
            const qsizetype last = close < lines.size() ? close : lines.size() - 1;
            add(StyledSpan::CodeBlock, line.start, lines[last].end - line.start, depth);
            add(StyledSpan::Directive, line.start, line.end - line.start, depth);
            if (close < lines.size())
                add(StyledSpan::Directive, lines[close].start, 3, depth);
            i = last + 1;
        } else {
            parseLine(line, depth);
            ++i;
        }
    }
}

void SpanCollector::parseLine(Range line, int depth)
{
    if (line.start == line.end)
        return;
    lineStart = line.start;
    findLinks(line);
    nextLink = 0;
    buildCloserTable(line);
    parseSpans(line.start, line.end, depth);
}

// Links of one line. A link starts with a safe scheme not glued to a preceding word, runs over
// link characters and leaves out trailing punctuation (and a ')' or ']' it does not open itself).
// Every character is looked at a bounded number of times, whatever the input.
void SpanCollector::findLinks(Range line)
{
    links.clear();
    const QStringView text(body);
    qsizetype i = line.start;
    while (i < line.end) {
        const char16_t lower = body[i].toLower().unicode();
        const bool glued = i > line.start
            && (body[i - 1].isLetterOrNumber() || QStringView(u"+-.:/@").contains(body[i - 1]));
        if ((lower != u'h' && lower != u'x' && lower != u'g') || glued) {
            ++i;
            continue;
        }
        const QStringView rest = text.sliced(i, line.end - i);
        const auto scheme = std::find_if(kSchemes.begin(), kSchemes.end(),
            [&](const SchemePrefix &s) { return rest.startsWith(s.prefix, Qt::CaseInsensitive); });
        if (scheme == kSchemes.end()) {
            ++i;
            continue;
        }
        const qsizetype bodyStart = i + scheme->prefix.size();
        qsizetype scanned = bodyStart;
        qsizetype opened = 0;
        qsizetype closed = 0;
        qsizetype squareOpened = 0;
        qsizetype squareClosed = 0;
        for (; scanned < line.end && isLinkChar(body[scanned]); ++scanned) {
            const QChar c = body[scanned];
            opened += c == u'(';
            closed += c == u')';
            squareOpened += c == u'[';
            squareClosed += c == u']';
        }
        qsizetype end = scanned;
        while (end > bodyStart) {
            const QChar last = body[end - 1];
            if (QStringView(u".,:;!?'*_~").contains(last)) {
                --end;
            } else if (last == u')' && closed > opened) {
                --closed;
                --end;
            } else if (last == u']' && squareClosed > squareOpened) {
                --squareClosed;
                --end;
            } else {
                break;
            }
        }
        if (end > bodyStart && isAcceptableLink(body.sliced(i, end - i), scheme->scheme)) {
            links.append(Range { i, end });
            i = end;
        } else {
            i = std::max(scanned, i + 1);
        }
    }
}

// Right to left over the line: where the next valid closing directive of each kind is. A closing
// directive must not follow white space (§5.2) and is never inside a link.
void SpanCollector::buildCloserTable(Range line)
{
    constexpr std::array<qsizetype, kInlineDirectives> none { kNoPosition, kNoPosition, kNoPosition,
        kNoPosition };
    closers.assign(line.end - line.start + 1, none);
    qsizetype link = links.size() - 1;
    for (qsizetype p = line.end - 1; p >= line.start; --p) {
        auto &entry = closers[p - line.start];
        entry = closers[p - line.start + 1];
        while (link >= 0 && links[link].start > p)
            --link;
        if (link >= 0 && p < links[link].end)
            continue;
        const int directive = directiveIndex(body[p]);
        if (directive >= 0 && p > line.start && !body[p - 1].isSpace())
            entry[directive] = p;
    }
}

// Spans per XEP-0393 §5.2, matched lazily from left to right: an opening directive stands at the
// start of the line, after white space or after another opening directive, is followed by neither
// white space nor its own character, and closes at the first valid closing directive of its kind with
// at least one character in between. Preformatted spans hold no child spans; others nest. Links are
// taken whole where they start, so directives inside a URL style nothing.
void SpanCollector::parseSpans(qsizetype from, qsizetype to, int depth)
{
    bool mayOpen = true;
    qsizetype i = from;
    while (i < to) {
        while (nextLink < links.size() && links[nextLink].start < i)
            ++nextLink;
        if (nextLink < links.size() && links[nextLink].start == i) {
            const Range link = links[nextLink++];
            add(StyledSpan::Link, link.start, link.end - link.start, depth,
                body.sliced(link.start, link.end - link.start));
            i = link.end;
            mayOpen = false;
            continue;
        }
        const QChar c = body[i];
        const int directive = directiveIndex(c);
        if (directive >= 0 && mayOpen && i + 1 < to && !body[i + 1].isSpace() && body[i + 1] != c) {
            const qsizetype close = closers[i + 2 - lineStart][directive];
            if (close != kNoPosition && close < to) {
                const StyledSpan::Kind kind = spanKind(directive);
                add(kind, i, close + 1 - i, depth);
                add(StyledSpan::Directive, i, 1, depth);
                add(StyledSpan::Directive, close, 1, depth);
                if (kind != StyledSpan::Code)
                    parseSpans(i + 1, close, depth);
                i = close + 1;
                mayOpen = false;
                continue;
            }
        }
        mayOpen = c.isSpace() || (directive >= 0 && mayOpen && i + 1 < to && body[i + 1] != c);
        ++i;
    }
}

QList<Range> splitLines(const QString &body)
{
    QList<Range> lines;
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = body.indexOf(u'\n', start);
        const qsizetype next = newline < 0 ? body.size() : newline;
        qsizetype end = next;
        if (end > start && body[end - 1] == u'\r')
            --end;
        lines.append(Range { start, end });
        if (newline < 0)
            break;
        start = newline + 1;
    }
    return lines;
}

void appendEscaped(QString &html, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            html += QLatin1String("&amp;");
            break;
        case u'<':
            html += QLatin1String("&lt;");
            break;
        case u'>':
            html += QLatin1String("&gt;");
            break;
        case u'"':
            html += QLatin1String("&quot;");
            break;
        case u'\'':
            html += QLatin1String("&#39;");
            break;
        default:
            html += c;
        }
    }
}

void appendFontTag(QString &html, QLatin1String colour)
{
    html += QLatin1String("<font color=\"");
    html += colour;
    html += QLatin1String("\">");
}

struct OpenTag
{
    qsizetype end;
    QLatin1String closing;
};

} // namespace

QList<StyledSpan> Xep0393StylingParser::parse(const QString &body)
{
    if (body.isEmpty())
        return {};
    SpanCollector collector { body, {}, 0, {}, 0, {} };
    collector.parseBlocks(splitLines(body), 0);
    QList<StyledSpan> spans = std::move(collector.spans);
    std::sort(spans.begin(), spans.end(), [](const StyledSpan &a, const StyledSpan &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.length != b.length)
            return a.length > b.length;
        return a.kind < b.kind;
    });
    return spans;
}

QString Xep0393StylingParser::toSafeHtml(const QString &body)
{
    const QList<StyledSpan> spans = parse(body);
    QString html;
    html.reserve(body.size() + body.size() / 4 + spans.size() * 24);
    std::vector<OpenTag> open;
    qsizetype next = 0;
    bool afterSpace = true; // at a line start or after a space: a space here would collapse
    for (qsizetype pos = 0; pos <= body.size(); ++pos) {
        while (!open.empty() && open.back().end <= pos) {
            html += open.back().closing;
            open.pop_back();
        }
        if (pos == body.size())
            break;
        for (; next < spans.size() && spans[next].start == pos; ++next) {
            const StyledSpan &span = spans[next];
            const qsizetype end = span.start + span.length;
            switch (span.kind) {
            case StyledSpan::Strong:
                html += QLatin1String("<b>");
                open.push_back({ end, QLatin1String("</b>") });
                break;
            case StyledSpan::Emphasis:
                html += QLatin1String("<i>");
                open.push_back({ end, QLatin1String("</i>") });
                break;
            case StyledSpan::Strike:
                html += QLatin1String("<s>");
                open.push_back({ end, QLatin1String("</s>") });
                break;
            case StyledSpan::Code:
            case StyledSpan::CodeBlock:
                // Text.StyledText has no inline monospace: code keeps its own colour instead.
                appendFontTag(html, kCodeColour);
                open.push_back({ end, QLatin1String("</font>") });
                break;
            case StyledSpan::Quote:
                appendFontTag(html, kQuoteColour);
                open.push_back({ end, QLatin1String("</font>") });
                break;
            case StyledSpan::Link:
                html += QLatin1String("<a href=\"");
                appendEscaped(html, span.url);
                html += QLatin1String("\">");
                open.push_back({ end, QLatin1String("</a>") });
                break;
            case StyledSpan::Directive:
                if (span.length == 1 && body[span.start] == u'>') {
                    appendFontTag(html, kQuoteMarkerColour);
                    html += QLatin1String("<b>");
                    open.push_back({ end, QLatin1String("</b></font>") });
                } else {
                    appendFontTag(html, kDirectiveColour);
                    open.push_back({ end, QLatin1String("</font>") });
                }
                break;
            }
        }
        const QChar c = body[pos];
        switch (c.unicode()) {
        case u'\n':
            html += QLatin1String("<br>");
            afterSpace = true;
            continue;
        case u'\r':
            continue;
        case u'\t':
            html += QLatin1String("&nbsp;&nbsp;&nbsp;&nbsp;");
            afterSpace = true;
            continue;
        case u' ':
            html += afterSpace ? QLatin1String("&nbsp;") : QLatin1String(" ");
            afterSpace = true;
            continue;
        default:
            break;
        }
        afterSpace = false;
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            html += QChar(QChar::ReplacementCharacter);
        else
            appendEscaped(html, QStringView(&c, 1));
    }
    return html;
}
