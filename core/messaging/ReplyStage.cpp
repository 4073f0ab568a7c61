// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyStage.h"

#include <algorithm>

#include <QXmppFallback.h>

#include "capability/ReceivedMessage.h"

namespace {
const QString replyNamespace = QStringLiteral("urn:xmpp:reply:0");

// The quoted lines as a person wrote them: without the "> " markers other clients put in front.
QString withoutQuoteMarkers(const QString &fallback)
{
    QStringList lines = fallback.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1String("> "))) {
            line.remove(0, 2);
        } else if (line.startsWith(QLatin1Char('>'))) {
            line.remove(0, 1);
        }
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}
} // namespace

bool ReplyStage::process(ReceivedMessage &received)
{
    const auto reply = received.stanza.reply();
    if (!reply || reply->id.isEmpty()) {
        return true;
    }
    received.message.replyToId = reply->id;
    received.message.replyToJid = reply->to;
    struct Range
    {
        qsizetype start;
        qsizetype end;
    };
    QList<Range> ranges;
    for (const QXmppFallback &fallback : received.stanza.fallbackMarkers()) {
        if (fallback.forNamespace() != replyNamespace) {
            continue;
        }
        for (const auto &reference : fallback.references()) {
            if (reference.element == QXmppFallback::Body && reference.range) {
                ranges.append({ qsizetype(reference.range->start), qsizetype(reference.range->end) });
            }
        }
    }
    // From the last range to the first, so that removing one does not move the others.
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.start > b.start; });
    // Ranges count code points, not UTF-16 units.
    QList<uint> text = received.message.body.toUcs4();
    QStringList quoted;
    for (const Range &range : ranges) {
        const qsizetype start = qMin<qsizetype>(range.start, text.size());
        const qsizetype end = qBound<qsizetype>(start, range.end, text.size());
        quoted.prepend(
            QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData() + start), end - start));
        text.remove(start, end - start);
    }
    if (!ranges.isEmpty()) {
        received.message.body
            = QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()), text.size());
        received.message.replyFallback = withoutQuoteMarkers(quoted.join(QLatin1Char('\n')));
    }
    return true;
}
