// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyStage.h"

#include <QXmppFallback.h>

#include "ReceivedMessage.h"

namespace {
const QString replyNamespace = QStringLiteral("urn:xmpp:reply:0");
}

bool ReplyStage::process(ReceivedMessage &received)
{
    const auto reply = received.stanza.reply();
    if (!reply || reply->id.isEmpty()) {
        return true;
    }
    received.message.replyToId = reply->id;
    received.message.replyToJid = reply->to;
    for (const QXmppFallback &fallback : received.stanza.fallbackMarkers()) {
        if (fallback.forNamespace() != replyNamespace) {
            continue;
        }
        for (const auto &reference : fallback.references()) {
            if (reference.element != QXmppFallback::Body || !reference.range) {
                continue;
            }
            // Ranges count code points, not UTF-16 units.
            QList<uint> text = received.message.body.toUcs4();
            const qsizetype start = qMin<qsizetype>(reference.range->start, text.size());
            const qsizetype end = qBound<qsizetype>(start, reference.range->end, text.size());
            text.remove(start, end - start);
            received.message.body
                = QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()), text.size());
        }
    }
    return true;
}
