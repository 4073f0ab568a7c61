// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps what comes from one stream (an account's live stream, one archive) in arrival order while
// the work before it (asynchronous receive stages) may finish out of order: each item takes a
// ticket on arrival, and its store step runs once every earlier ticket of the stream ran its own.
// The database runs statements in the order they are handed over, so stores commit in order.
#pragma once

#include <deque>
#include <functional>

#include <QHash>
#include <QString>

class StreamOrder
{
public:
    using Step = std::function<void()>;

    quint64 enqueue(const QString &stream);
    // Runs `step` now when every earlier ticket of the stream is done, else when they are.
    void ready(const QString &stream, quint64 ticket, Step step);
    // Tickets of the stream still waiting (for tests and logs).
    std::size_t waiting(const QString &stream) const;

private:
    struct Entry
    {
        quint64 ticket;
        Step step; // empty until ready
    };
    QHash<QString, std::deque<Entry>> m_streams;
    quint64 m_next = 1;
};
