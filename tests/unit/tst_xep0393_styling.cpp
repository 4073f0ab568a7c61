// SPDX-License-Identifier: GPL-3.0-or-later
// XEP-0393 Message Styling: the specification's examples, edge cases, safe links and safe HTML.
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "messaging/Xep0393StylingParser.h"

namespace {

// The text of each span of one kind, in order (for Quote spans prefixed by their depth, "2:").
QStringList texts(const QString &body, StyledSpan::Kind kind)
{
    QStringList result;
    for (const StyledSpan &span : Xep0393StylingParser::parse(body)) {
        if (span.kind != kind)
            continue;
        const QString text = body.mid(span.start, span.length);
        result.append(
            kind == StyledSpan::Quote ? QString::number(span.depth) + QLatin1Char(':') + text : text);
    }
    return result;
}

QStringList linkUrls(const QString &body)
{
    QStringList result;
    for (const StyledSpan &span : Xep0393StylingParser::parse(body)) {
        if (span.kind == StyledSpan::Link)
            result.append(span.url);
    }
    return result;
}

bool hasSafeScheme(const QString &url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("geo:"), Qt::CaseInsensitive);
}

// Spans lie inside the body, nest properly, links are safe, preformatted text holds no styling.
QString spanProblem(const QString &body)
{
    const QList<StyledSpan> spans = Xep0393StylingParser::parse(body);
    QList<StyledSpan> stack;
    for (const StyledSpan &span : spans) {
        const qsizetype end = span.start + span.length;
        if (span.start < 0 || span.length < 1 || end > body.size())
            return QStringLiteral("span out of range at %1").arg(span.start);
        while (!stack.isEmpty() && stack.last().start + stack.last().length <= span.start)
            stack.removeLast();
        if (!stack.isEmpty()) {
            const StyledSpan &parent = stack.last();
            if (end > parent.start + parent.length)
                return QStringLiteral("span at %1 crosses its parent at %2")
                    .arg(span.start)
                    .arg(parent.start);
            const bool preformatted = parent.kind == StyledSpan::Code || parent.kind == StyledSpan::CodeBlock;
            if (preformatted && span.kind != StyledSpan::Directive)
                return QStringLiteral("styling inside preformatted text at %1").arg(span.start);
            if (parent.kind == StyledSpan::Link)
                return QStringLiteral("span inside a link at %1").arg(span.start);
        }
        if (span.kind == StyledSpan::Link
            && (!hasSafeScheme(span.url) || span.url != body.mid(span.start, span.length)))
            return QStringLiteral("bad link %1").arg(span.url);
        if (span.kind == StyledSpan::Directive && span.length == 1
            && !QStringLiteral("*_~`>").contains(body.at(span.start)))
            return QStringLiteral("directive on a plain character at %1").arg(span.start);
        stack.append(span);
    }
    return {};
}

// toSafeHtml() holds only the tags and attributes it may hold, nested properly, and its text is
// exactly the body (tabs widened, controls replaced).
QString htmlProblem(const QString &body)
{
    const QString html = Xep0393StylingParser::toSafeHtml(body);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression simpleTag(QStringLiteral("^<(/?)(b|i|s|font|a)>$"));
    static const QRegularExpression fontTag(QStringLiteral("^<font color=\"#[0-9a-f]{6}\">$"));
    static const QRegularExpression linkTag(QStringLiteral("^<a href=\"([^\"<>]*)\">$"));
    static const QRegularExpression entity(QStringLiteral("&(amp|lt|gt|quot|#39|nbsp);"));
    QStringList openTags;
    QString text;
    qsizetype last = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        text += html.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString found = match.captured();
        if (found == QLatin1String("<br>")) {
            text += QLatin1Char('\n');
            continue;
        }
        const QRegularExpressionMatch link = linkTag.match(found);
        if (link.hasMatch()) {
            QString href = link.captured(1);
            href.replace(QLatin1String("&#39;"), QLatin1String("'"))
                .replace(QLatin1String("&amp;"), QLatin1String("&"));
            if (!hasSafeScheme(href))
                return QStringLiteral("unsafe href %1").arg(href);
            openTags.append(QStringLiteral("a"));
            continue;
        }
        if (fontTag.match(found).hasMatch()) {
            openTags.append(QStringLiteral("font"));
            continue;
        }
        const QRegularExpressionMatch simple = simpleTag.match(found);
        if (!simple.hasMatch())
            return QStringLiteral("unexpected tag %1").arg(found);
        const QString name = simple.captured(2);
        if (simple.captured(1).isEmpty()) {
            if (name == QLatin1String("font") || name == QLatin1String("a"))
                return QStringLiteral("attribute-less %1").arg(found);
            openTags.append(name);
        } else if (openTags.isEmpty() || openTags.takeLast() != name) {
            return QStringLiteral("misnested %1").arg(found);
        }
    }
    text += html.mid(last);
    if (!openTags.isEmpty())
        return QStringLiteral("unclosed %1").arg(openTags.join(QLatin1Char(',')));
    if (text.contains(QLatin1Char('<')) || text.contains(QLatin1Char('>')) || text.contains(QLatin1Char('"')))
        return QStringLiteral("raw markup character in text");
    QString unescaped;
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (text.at(pos) != QLatin1Char('&')) {
            unescaped += text.at(pos++);
            continue;
        }
        const QRegularExpressionMatch match = entity.match(
            text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            return QStringLiteral("bare & at %1").arg(pos);
        const QString name = match.captured(1);
        unescaped += name == QLatin1String("amp") ? QLatin1Char('&')
            : name == QLatin1String("lt")         ? QLatin1Char('<')
            : name == QLatin1String("gt")         ? QLatin1Char('>')
            : name == QLatin1String("quot")       ? QLatin1Char('"')
            : name == QLatin1String("#39")        ? QLatin1Char('\'')
                                                  : QLatin1Char(' ');
        pos = match.capturedEnd();
    }
    QString expected;
    for (const QChar c : body) {
        if (c == QLatin1Char('\r'))
            continue;
        if (c == QLatin1Char('\t'))
            expected += QLatin1String("    ");
        else if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x7f)
            expected += QChar(QChar::ReplacementCharacter);
        else
            expected += c;
    }
    if (unescaped != expected)
        return QStringLiteral("text differs: %1").arg(unescaped);
    return {};
}

QString repeated(const QString &piece, qsizetype size)
{
    QString result;
    result.reserve(size + piece.size());
    while (result.size() < size)
        result += piece;
    return result;
}

} // namespace

class Xep0393StylingTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyBody()
    {
        QVERIFY(Xep0393StylingParser::parse(QString()).isEmpty());
        QVERIFY(Xep0393StylingParser::toSafeHtml(QString()).isEmpty());
        QVERIFY(Xep0393StylingParser::parse(QStringLiteral("\n\n")).isEmpty());
        QCOMPARE(Xep0393StylingParser::toSafeHtml(QStringLiteral("\n")), QStringLiteral("<br>"));
    }

    void plainTextHasNoSpans()
    {
        QVERIFY(Xep0393StylingParser::parse(QStringLiteral("Just words, nothing else.")).isEmpty());
    }

    // §5.2: "each of the following would be styled as indicated".
    void specStyledExamples_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("strong");
        QTest::newRow("alone") << QStringLiteral("*strong*") << QStringList { QStringLiteral("*strong*") };
        QTest::newRow("between plain")
            << QStringLiteral("plain *strong* plain") << QStringList { QStringLiteral("*strong*") };
        QTest::newRow("twice") << QStringLiteral("*strong* plain *strong*")
                               << QStringList { QStringLiteral("*strong*"), QStringLiteral("*strong*") };
        QTest::newRow("lazy") << QStringLiteral("*strong*plain*")
                              << QStringList { QStringLiteral("*strong*") };
        QTest::newRow("lone star first")
            << QStringLiteral("* plain *strong*") << QStringList { QStringLiteral("*strong*") };
        QTest::newRow("most") << QStringLiteral("The full title is \"Twelfth Night, or What You Will\" but\n"
                                                "*most* people shorten it.")
                              << QStringList { QStringLiteral("*most*") };
    }

    void specStyledExamples()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, strong);
        QCOMPARE(texts(body, StyledSpan::Strong), strong);
        QCOMPARE(spanProblem(body), QString());
    }

    // §5.2: "Nothing would be styled in the following messages", plus our own unmatched cases.
    void unstyled_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("no opener") << QStringLiteral("not strong*");
        QTest::newRow("no closer") << QStringLiteral("*not strong");
        QTest::newRow("across lines") << QStringLiteral("*not \n strong*");
        QTest::newRow("opener glued to word") << QStringLiteral("*not *strong");
        QTest::newRow("empty") << QStringLiteral("**");
        QTest::newRow("four stars") << QStringLiteral("****");
        QTest::newRow("space before closer") << QStringLiteral("*not strong *");
        QTest::newRow("space after opener") << QStringLiteral("* not strong*");
        QTest::newRow("arithmetic") << QStringLiteral("2 * 3 * 4");
        QTest::newRow("arithmetic tight") << QStringLiteral("2*3*4");
        QTest::newRow("snake case") << QStringLiteral("call snake_case_name now");
        QTest::newRow("file name") << QStringLiteral("my_file_name.txt");
        QTest::newRow("unmatched mix") << QStringLiteral("*a _b ~c `d");
        QTest::newRow("closers only") << QStringLiteral("a* b_ c~ d`");
        QTest::newRow("markdown double stars") << QStringLiteral("**bold**");
        QTest::newRow("after punctuation") << QStringLiteral("(*not strong*)");
        QTest::newRow("emphasis across lines") << QStringLiteral("_one\ntwo_");
        QTest::newRow("inline triple backticks") << QStringLiteral("say ```hi``` there");
        QTest::newRow("lone directives") << QStringLiteral("* _ ~ `");
        QTest::newRow("tildes") << QStringLiteral("~~~~");
        QTest::newRow("one star") << QStringLiteral("*");
        QTest::newRow("one backtick") << QStringLiteral("`");
        QTest::newRow("all four") << QStringLiteral("*_~`");
    }

    void unstyled()
    {
        QFETCH(QString, body);
        const QList<StyledSpan> spans = Xep0393StylingParser::parse(body);
        QVERIFY2(spans.isEmpty(), qPrintable(QStringLiteral("%1 spans").arg(spans.size())));
    }

    void emphasis()
    {
        const QString body = QStringLiteral("The full title is _Twelfth Night, or What You Will_ but\n"
                                            "_most_ people shorten it.");
        QCOMPARE(texts(body, StyledSpan::Emphasis),
            (QStringList { QStringLiteral("_Twelfth Night, or What You Will_"), QStringLiteral("_most_") }));
        QVERIFY(texts(body, StyledSpan::Strong).isEmpty());
    }

    void strikeThrough()
    {
        const QString body = QStringLiteral("Everyone ~dis~likes cake.");
        QCOMPARE(texts(body, StyledSpan::Strike), QStringList { QStringLiteral("~dis~") });
    }

    // Lazy matching: the first valid closer ends the span, so "_snake_case_" is "_snake_" + "case_".
    void lazyMatchingInsideWords()
    {
        QCOMPARE(texts(QStringLiteral("_snake_case_"), StyledSpan::Emphasis),
            QStringList { QStringLiteral("_snake_") });
        QCOMPARE(texts(QStringLiteral("*a*b*c*"), StyledSpan::Strong), QStringList { QStringLiteral("*a*") });
    }

    void directivesAreReported()
    {
        const QList<StyledSpan> spans = Xep0393StylingParser::parse(QStringLiteral("a *bc* d"));
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans.at(0), (StyledSpan { StyledSpan::Strong, 2, 4, 0, {} }));
        QCOMPARE(spans.at(1), (StyledSpan { StyledSpan::Directive, 2, 1, 0, {} }));
        QCOMPARE(spans.at(2), (StyledSpan { StyledSpan::Directive, 5, 1, 0, {} }));
    }

    void preformattedSpans()
    {
        QCOMPARE(texts(QStringLiteral("This is `monospace`"), StyledSpan::Code),
            QStringList { QStringLiteral("`monospace`") });
        const QString inner = QStringLiteral("This is `*monospace*`");
        QCOMPARE(texts(inner, StyledSpan::Code), QStringList { QStringLiteral("`*monospace*`") });
        QVERIFY(texts(inner, StyledSpan::Strong).isEmpty());
        const QString bold = QStringLiteral("This is *`monospace and bold`*");
        QCOMPARE(texts(bold, StyledSpan::Strong), QStringList { QStringLiteral("*`monospace and bold`*") });
        QCOMPARE(texts(bold, StyledSpan::Code), QStringList { QStringLiteral("`monospace and bold`") });
        const QString wow = QStringLiteral("Wow, I can write in `monospace`!");
        QCOMPARE(texts(wow, StyledSpan::Code), QStringList { QStringLiteral("`monospace`") });
        const QString nothingInside = QStringLiteral("`_a_ ~b~ https://example.com`");
        QVERIFY(texts(nothingInside, StyledSpan::Emphasis).isEmpty());
        QVERIFY(texts(nothingInside, StyledSpan::Strike).isEmpty());
        QVERIFY(linkUrls(nothingInside).isEmpty());
        QCOMPARE(spanProblem(nothingInside), QString());
    }

    void nestedSpans()
    {
        const QString body = QStringLiteral("_emphasized span containing *strong span*_");
        QCOMPARE(texts(body, StyledSpan::Emphasis), QStringList { body });
        QCOMPARE(texts(body, StyledSpan::Strong), QStringList { QStringLiteral("*strong span*") });
        const QString all = QStringLiteral("*_~`all four`~_*");
        QCOMPARE(texts(all, StyledSpan::Strong), QStringList { all });
        QCOMPARE(texts(all, StyledSpan::Emphasis), QStringList { all.mid(1, all.size() - 2) });
        QCOMPARE(texts(all, StyledSpan::Strike), QStringList { all.mid(2, all.size() - 4) });
        QCOMPARE(texts(all, StyledSpan::Code), QStringList { QStringLiteral("`all four`") });
        // An opener may follow another opener that never closes.
        QCOMPARE(
            texts(QStringLiteral("~*bold*"), StyledSpan::Strong), QStringList { QStringLiteral("*bold*") });
        // The same directive cannot nest in itself: the first closer ends the outer span.
        QCOMPARE(
            texts(QStringLiteral("*a *b* c*"), StyledSpan::Strong), QStringList { QStringLiteral("*a *b*") });
        QCOMPARE(spanProblem(body), QString());
        QCOMPARE(spanProblem(all), QString());
    }

    void codeBlock()
    {
        const QString body = QStringLiteral("```ignored\n(println \"Hello, *world*!\")\n```\n\n"
                                            "This should show up as *monospace*, preformatted text ⤴");
        QCOMPARE(texts(body, StyledSpan::CodeBlock),
            QStringList { QStringLiteral("```ignored\n(println \"Hello, *world*!\")\n```") });
        QCOMPARE(texts(body, StyledSpan::Strong), QStringList { QStringLiteral("*monospace*") });
        QCOMPARE(texts(body, StyledSpan::Directive).mid(0, 2),
            (QStringList { QStringLiteral("```ignored"), QStringLiteral("```") }));
        QCOMPARE(spanProblem(body), QString());
    }

    void codeBlockRunsToTheEnd()
    {
        const QString body = QStringLiteral("```\n*a*\n> _b_\n``` not a fence\nhttps://example.com");
        QCOMPARE(texts(body, StyledSpan::CodeBlock), QStringList { body });
        QCOMPARE(texts(body, StyledSpan::Directive), QStringList { QStringLiteral("```") });
        QVERIFY(texts(body, StyledSpan::Quote).isEmpty());
        QVERIFY(linkUrls(body).isEmpty());
        QCOMPARE(spanProblem(body), QString());
    }

    void codeBlockWithWindowsLineEnds()
    {
        const QString body = QStringLiteral("```\r\ncode *x*\r\n```\r\nafter *bold*");
        QCOMPARE(
            texts(body, StyledSpan::CodeBlock), QStringList { QStringLiteral("```\r\ncode *x*\r\n```") });
        QCOMPARE(texts(body, StyledSpan::Strong), QStringList { QStringLiteral("*bold*") });
    }

    void quotation()
    {
        const QString body = QStringLiteral("> That that is, *is*.\n\nSaid the old hermit of Prague.");
        QCOMPARE(texts(body, StyledSpan::Quote), QStringList { QStringLiteral("1:> That that is, *is*.") });
        const QList<StyledSpan> spans = Xep0393StylingParser::parse(body);
        const auto strong = std::find_if(spans.begin(), spans.end(),
            [](const StyledSpan &span) { return span.kind == StyledSpan::Strong; });
        QVERIFY(strong != spans.end());
        QCOMPARE(strong->depth, 1);
        QCOMPARE(spans.first(), (StyledSpan { StyledSpan::Quote, 0, 21, 1, {} }));
        QCOMPARE(spans.at(1), (StyledSpan { StyledSpan::Directive, 0, 1, 1, {} }));
    }

    void nestedQuotation()
    {
        const QString body = QStringLiteral(">> That that is, is.\n> Said the old hermit of Prague.\n\nWho?");
        QCOMPARE(texts(body, StyledSpan::Quote),
            (QStringList { QStringLiteral("1:>> That that is, is.\n> Said the old hermit of Prague."),
                QStringLiteral("2:> That that is, is.") }));
        QCOMPARE(texts(body, StyledSpan::Directive),
            (QStringList { QStringLiteral(">"), QStringLiteral(">"), QStringLiteral(">") }));
        const QString spaced = QStringLiteral("> > inner\n> outer");
        QCOMPARE(texts(spaced, StyledSpan::Quote),
            (QStringList { QStringLiteral("1:> > inner\n> outer"), QStringLiteral("2:> inner") }));
        QCOMPARE(spanProblem(body), QString());
    }

    void quoteEndsAtFirstUnquotedLine()
    {
        const QString body = QStringLiteral("> quoted\nnot quoted\n> again");
        QCOMPARE(texts(body, StyledSpan::Quote),
            (QStringList { QStringLiteral("1:> quoted"), QStringLiteral("1:> again") }));
        // '>' must start the line; only the first white space after it is trimmed.
        QVERIFY(texts(QStringLiteral(" > not a quote"), StyledSpan::Quote).isEmpty());
        QCOMPARE(texts(QStringLiteral(">  ```"), StyledSpan::CodeBlock), QStringList());
    }

    // §5.1.2 example: the unclosed block ends with its parent quote.
    void codeBlockInsideQuote()
    {
        const QString body = QStringLiteral(
            "> ```\n> (println \"Hello, *world*!\")\n\n"
            "The entire blockquote is a preformatted text block, but this line is *plaintext*!");
        QCOMPARE(texts(body, StyledSpan::Quote),
            QStringList { QStringLiteral("1:> ```\n> (println \"Hello, *world*!\")") });
        QCOMPARE(texts(body, StyledSpan::CodeBlock),
            QStringList { QStringLiteral("```\n> (println \"Hello, *world*!\")") });
        QCOMPARE(texts(body, StyledSpan::Strong), QStringList { QStringLiteral("*plaintext*") });
        const QString closed = QStringLiteral("> ```\n> > not a quote\n> ```\n> *after*");
        QCOMPARE(texts(closed, StyledSpan::CodeBlock),
            QStringList { QStringLiteral("```\n> > not a quote\n> ```") });
        QCOMPARE(texts(closed, StyledSpan::Quote), QStringList { QStringLiteral("1:") + closed });
        QCOMPARE(texts(closed, StyledSpan::Strong), QStringList { QStringLiteral("*after*") });
        QCOMPARE(spanProblem(body), QString());
        QCOMPARE(spanProblem(closed), QString());
    }

    void quoteDepthIsBounded()
    {
        const QString body = QString(500, QLatin1Char('>')) + QStringLiteral(" deep *text*");
        const QStringList quotes = texts(body, StyledSpan::Quote);
        QCOMPARE(quotes.size(), 32);
        QCOMPARE(texts(body, StyledSpan::Strong), QStringList { QStringLiteral("*text*") });
        QCOMPARE(spanProblem(body), QString());
        QCOMPARE(htmlProblem(body), QString());
    }

    void links_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("expected");
        const auto one = [](const char *url) { return QStringList { QString::fromUtf8(url) }; };
        QTest::newRow("full stop") << QStringLiteral("see https://example.com.")
                                   << one("https://example.com");
        QTest::newRow("comma") << QStringLiteral("https://example.com, and") << one("https://example.com");
        QTest::newRow("in parentheses")
            << QStringLiteral("(see https://example.com)") << one("https://example.com");
        QTest::newRow("balanced parenthesis") << QStringLiteral("https://en.wikipedia.org/wiki/Pipe_(Unix)")
                                              << one("https://en.wikipedia.org/wiki/Pipe_(Unix)");
        QTest::newRow("balanced in parentheses")
            << QStringLiteral("(https://en.wikipedia.org/wiki/Pipe_(Unix)).")
            << one("https://en.wikipedia.org/wiki/Pipe_(Unix)");
        QTest::newRow("exclamation") << QStringLiteral("wow https://example.com/!")
                                     << one("https://example.com/");
        QTest::newRow("question") << QStringLiteral("really https://example.com?")
                                  << one("https://example.com");
        QTest::newRow("query kept") << QStringLiteral("https://example.com/?q=1&r=2#top")
                                    << one("https://example.com/?q=1&r=2#top");
        QTest::newRow("upper case") << QStringLiteral("HTTPS://EXAMPLE.COM/x")
                                    << one("HTTPS://EXAMPLE.COM/x");
        QTest::newRow("angle brackets")
            << QStringLiteral("<https://example.com>") << one("https://example.com");
        QTest::newRow("quote ends it")
            << QStringLiteral("https://example.com/\"onmouseover=\"alert(1)") << one("https://example.com/");
        QTest::newRow("less-than ends it")
            << QStringLiteral("https://example.com/<script>") << one("https://example.com/");
        QTest::newRow("apostrophe kept")
            << QStringLiteral("https://example.com/a'b") << one("https://example.com/a'b");
        QTest::newRow("bidi override ends it")
            << QStringLiteral("https://exa\u202Eelpmaxe.com") << one("https://exa");
        QTest::newRow("unicode path") << QStringLiteral("https://de.wikipedia.org/wiki/Käse")
                                      << QStringList { QStringLiteral("https://de.wikipedia.org/wiki/Käse") };
        QTest::newRow("two") << QStringLiteral("https://a.example and https://b.example")
                             << QStringList { QStringLiteral("https://a.example"),
                                    QStringLiteral("https://b.example") };
        QTest::newRow("xmpp") << QStringLiteral("xmpp:romeo@montague.lit?message")
                              << one("xmpp:romeo@montague.lit?message");
        QTest::newRow("xmpp join full stop") << QStringLiteral("join xmpp:room@conference.example.org?join.")
                                             << one("xmpp:room@conference.example.org?join");
        QTest::newRow("geo") << QStringLiteral("meet at geo:37.786971,-122.399677;u=35")
                             << one("geo:37.786971,-122.399677;u=35");
        QTest::newRow("http") << QStringLiteral("http://example.com") << QStringList();
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << QStringList();
        QTest::newRow("javascript with https")
            << QStringLiteral("javascript:https://example.com") << QStringList();
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << QStringList();
        QTest::newRow("data") << QStringLiteral("data:text/html;base64,PHNjcmlwdD4=") << QStringList();
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << QStringList();
        QTest::newRow("glued to a word") << QStringLiteral("foohttps://example.com") << QStringList();
        QTest::newRow("scheme only") << QStringLiteral("https:// xmpp: geo:") << QStringList();
        QTest::newRow("punctuation only") << QStringLiteral("https://...") << QStringList();
        QTest::newRow("geo without numbers") << QStringLiteral("geo:here") << QStringList();
    }

    void links()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, expected);
        QCOMPARE(linkUrls(body), expected);
        QCOMPARE(spanProblem(body), QString());
        QCOMPARE(htmlProblem(body), QString());
    }

    void linksAndStyling()
    {
        const QString strong = QStringLiteral("*https://example.com*");
        QCOMPARE(texts(strong, StyledSpan::Strong), QStringList { strong });
        QCOMPARE(linkUrls(strong), QStringList { QStringLiteral("https://example.com") });
        const QString path = QStringLiteral("https://example.com/*path*/a_b_c");
        QCOMPARE(linkUrls(path), QStringList { path });
        QVERIFY(texts(path, StyledSpan::Strong).isEmpty());
        QVERIFY(texts(path, StyledSpan::Emphasis).isEmpty());
        const QString emphasised = QStringLiteral("_see https://example.com/a_b_ now");
        QCOMPARE(texts(emphasised, StyledSpan::Emphasis),
            QStringList { QStringLiteral("_see https://example.com/a_b_") });
        QCOMPARE(linkUrls(emphasised), QStringList { QStringLiteral("https://example.com/a_b") });
        QVERIFY(linkUrls(QStringLiteral("```\nhttps://example.com\n```")).isEmpty());
        QCOMPARE(linkUrls(QStringLiteral("> https://example.com")),
            QStringList { QStringLiteral("https://example.com") });
        QCOMPARE(spanProblem(strong), QString());
        QCOMPARE(spanProblem(emphasised), QString());
    }

    void safeHtml()
    {
        const QString dim = QStringLiteral("<font color=\"#8c8c8c\">");
        QCOMPARE(Xep0393StylingParser::toSafeHtml(QStringLiteral("*hi*")),
            QStringLiteral("<b>") + dim + QStringLiteral("*</font>hi") + dim
                + QStringLiteral("*</font></b>"));
        QCOMPARE(Xep0393StylingParser::toSafeHtml(QStringLiteral("a  b\n  c\td")),
            QStringLiteral("a &nbsp;b<br>&nbsp;&nbsp;c&nbsp;&nbsp;&nbsp;&nbsp;d"));
        QCOMPARE(Xep0393StylingParser::toSafeHtml(QStringLiteral("go https://example.com/?a='1'&b=2.")),
            QStringLiteral("go <a href=\"https://example.com/?a=&#39;1&#39;&amp;b=2\">"
                           "https://example.com/?a=&#39;1&#39;&amp;b=2</a>."));
        QCOMPARE(Xep0393StylingParser::toSafeHtml(QStringLiteral("> q")),
            QStringLiteral("<font color=\"#6f8294\"><font color=\"#3daee9\"><b>&gt;</b></font> q</font>"));
        QCOMPARE(Xep0393StylingParser::toSafeHtml(QStringLiteral("```\n<x>\n```")),
            QStringLiteral("<font color=\"#c45b00\">") + dim + QStringLiteral("```</font><br>&lt;x&gt;<br>")
                + dim + QStringLiteral("```</font></font>"));
    }

    void hostileHtml_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("mustContain");
        QTest::addColumn<QString>("mustNotContain");
        QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>")
                                << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")
                                << QStringLiteral("<script");
        QTest::newRow("attribute breakout") << QStringLiteral("\"><img src=x onerror=alert(1)>")
                                            << QStringLiteral("&quot;&gt;&lt;img") << QStringLiteral("<img");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)")
                                    << QStringLiteral("javascript:alert(1)") << QStringLiteral("<a");
        QTest::newRow("http not linked") << QStringLiteral("http://example.com")
                                         << QStringLiteral("http://example.com") << QStringLiteral("<a");
        QTest::newRow("quote in url")
            << QStringLiteral("https://example.com/\"><img src=x>")
            << QStringLiteral("<a href=\"https://example.com/\">https://example.com/</a>&quot;&gt;")
            << QStringLiteral("<img");
        QTest::newRow("less-than in url") << QStringLiteral("https://example.com/<svg onload=alert(1)>")
                                          << QStringLiteral("</a>&lt;svg") << QStringLiteral("<svg");
        QTest::newRow("apostrophe in url")
            << QStringLiteral("https://example.com/'onmouseover='alert(1)")
            << QStringLiteral("href=\"https://example.com/&#39;onmouseover=&#39;alert(1)\"")
            << QStringLiteral("'");
        QTest::newRow("tags inside strong")
            << QStringLiteral("*<b>bold</b>*") << QStringLiteral("&lt;b&gt;bold&lt;/b&gt;")
            << QStringLiteral("<b>bold");
        QTest::newRow("tags inside code") << QStringLiteral("`<i>x</i>`")
                                          << QStringLiteral("&lt;i&gt;x&lt;/i&gt;") << QStringLiteral("<i>");
        QTest::newRow("entity stays text")
            << QStringLiteral("&lt;b&gt; &#60;") << QStringLiteral("&amp;lt;b&amp;gt; &amp;#60;")
            << QStringLiteral("&lt;b&gt; &#60;");
        QTest::newRow("control characters") << QStringLiteral("a\x01\x7f"
                                                              "b")
                                            << QStringLiteral("a\uFFFD\uFFFDb") << QStringLiteral("\x01");
        QTest::newRow("font injection") << QStringLiteral("<font color=red>x</font>")
                                        << QStringLiteral("&lt;font") << QStringLiteral("<font color=red");
    }

    void hostileHtml()
    {
        QFETCH(QString, body);
        QFETCH(QString, mustContain);
        QFETCH(QString, mustNotContain);
        const QString html = Xep0393StylingParser::toSafeHtml(body);
        QVERIFY2(html.contains(mustContain), qPrintable(html));
        QVERIFY2(!html.contains(mustNotContain), qPrintable(html));
        QCOMPARE(htmlProblem(body), QString());
        QCOMPARE(spanProblem(body), QString());
    }

    // Random bodies from the characters that matter: spans stay well formed, HTML stays safe.
    void randomBodies()
    {
        const QString alphabet = QStringLiteral("*_~`> \n\r\t<>&\"'()ab.:/hxgtpsm0-");
        const QStringList words { QStringLiteral("https://"), QStringLiteral("xmpp:"),
            QStringLiteral("geo:1"), QStringLiteral("```"), QStringLiteral("\n> "),
            QStringLiteral("javascript:"), QStringLiteral("http://") };
        QRandomGenerator random(393);
        for (int round = 0; round < 4000; ++round) {
            QString body;
            const int length = random.bounded(80);
            for (int i = 0; i < length; ++i) {
                if (random.bounded(8) == 0)
                    body += words.at(random.bounded(int(words.size())));
                else
                    body += alphabet.at(random.bounded(int(alphabet.size())));
            }
            const QString spans = spanProblem(body);
            QVERIFY2(spans.isEmpty(), qPrintable(spans + QStringLiteral(" in ") + body));
            const QString html = htmlProblem(body);
            QVERIFY2(html.isEmpty(), qPrintable(html + QStringLiteral(" in ") + body));
        }
    }

    void largeBodies_data()
    {
        QTest::addColumn<QString>("body");
        constexpr qsizetype size = 100 * 1024;
        QTest::newRow("chat") << repeated(
            QStringLiteral("Hello *world*, _this_ is ~a~ `test` with https://example.com/"
                           "path?x=1 and xmpp:user@example.com.\n> quoted *text* "
                           "> more\n```\ncode *x* _y_\n```\nsnake_case_name 2 * 3\n"),
            size);
        QTest::newRow("unclosed openers") << repeated(QStringLiteral("*a "), size);
        QTest::newRow("underscores") << repeated(QStringLiteral("_"), size);
        QTest::newRow("alternating") << repeated(QStringLiteral("*_"), size);
        QTest::newRow("deep quote") << repeated(QStringLiteral(">"), size);
        QTest::newRow("quote lines") << repeated(QStringLiteral("> > *a*\n"), size);
        QTest::newRow("backticks") << repeated(QStringLiteral("`"), size);
        QTest::newRow("fences") << repeated(QStringLiteral("```\n"), size);
        QTest::newRow("schemes") << repeated(QStringLiteral("https://"), size);
        QTest::newRow("one long link")
            << QStringLiteral("https://example.com/") + repeated(QStringLiteral("a_"), size);
        QTest::newRow("parentheses") << QStringLiteral("https://example.com/")
                + repeated(QStringLiteral(")"), size);
        QTest::newRow("entities") << repeated(QStringLiteral("<&\"'> "), size);
    }

    void largeBodies()
    {
        QFETCH(QString, body);
        QElapsedTimer timer;
        timer.start();
        const QList<StyledSpan> spans = Xep0393StylingParser::parse(body);
        const qint64 parseMs = timer.elapsed();
        timer.restart();
        const QString html = Xep0393StylingParser::toSafeHtml(body);
        const qint64 htmlMs = timer.elapsed();
        qInfo("%s: %lld KB, %lld spans, parse %lld ms, toSafeHtml %lld ms", QTest::currentDataTag(),
            static_cast<long long>(body.size() / 1024), static_cast<long long>(spans.size()),
            static_cast<long long>(parseMs), static_cast<long long>(htmlMs));
        QVERIFY2(parseMs < 2000, "parse blew up");
        QVERIFY2(htmlMs < 2000, "toSafeHtml blew up");
        QVERIFY(!html.isEmpty());
        QCOMPARE(spanProblem(body), QString());
    }

    void veryLongLine()
    {
        const QString body
            = QStringLiteral("*") + QString(200 * 1024, QLatin1Char('a')) + QStringLiteral("*");
        const QList<StyledSpan> spans = Xep0393StylingParser::parse(body);
        QCOMPARE(spans.size(), 3);
        QCOMPARE(spans.first(), (StyledSpan { StyledSpan::Strong, 0, body.size(), 0, {} }));
        QCOMPARE(htmlProblem(body), QString());
    }
};

QTEST_GUILESS_MAIN(Xep0393StylingTest)
#include "tst_xep0393_styling.moc"
