// SPDX-License-Identifier: GPL-3.0-or-later
// Every merge of several ordered streams that keeps each stream's own order: how the order tests
// feed the same messages through offline delivery, live messages and archive pages.
#pragma once

#include <functional>
#include <type_traits>

#include <QList>

template<typename Step>
void interleavings(QList<QList<Step>> streams, QList<Step> &prefix,
    const std::function<void(const QList<std::type_identity_t<Step>> &)> &visit)
{
    bool any = false;
    for (qsizetype i = 0; i < streams.size(); ++i) {
        if (streams.at(i).isEmpty()) {
            continue;
        }
        any = true;
        QList<QList<Step>> rest = streams;
        prefix.append(rest[i].takeFirst());
        interleavings(rest, prefix, visit);
        prefix.removeLast();
    }
    if (!any) {
        visit(prefix);
    }
}
