// SPDX-License-Identifier: GPL-3.0-or-later
#include "StreamOrder.h"

quint64 StreamOrder::enqueue(const QString &stream)
{
    const quint64 ticket = m_next++;
    m_streams[stream].push_back({ ticket, {} });
    return ticket;
}

void StreamOrder::ready(const QString &stream, quint64 ticket, Step step)
{
    auto found = m_streams.find(stream);
    if (found == m_streams.end()) {
        return;
    }
    for (Entry &entry : *found) {
        if (entry.ticket == ticket) {
            entry.step = std::move(step);
            break;
        }
    }
    // A step may enqueue into this stream again: take each one out before running it.
    while (true) {
        auto it = m_streams.find(stream);
        if (it == m_streams.end() || it->empty() || !it->front().step) {
            break;
        }
        Step next = std::move(it->front().step);
        it->pop_front();
        if (it->empty()) {
            m_streams.erase(it);
        }
        next();
    }
}

std::size_t StreamOrder::waiting(const QString &stream) const
{
    const auto it = m_streams.constFind(stream);
    return it == m_streams.constEnd() ? 0 : it->size();
}
