// SPDX-License-Identifier: GPL-3.0-or-later
// The longest time the event loop did not come round, sampled by a precise 1 ms timer: how long
// the GUI thread would have been frozen.
#pragma once

#include <algorithm>

#include <QElapsedTimer>
#include <QTimer>

class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(
            &m_timer, &QTimer::timeout, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }
    void reset()
    {
        m_longest = 0;
        m_clock.restart();
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};
