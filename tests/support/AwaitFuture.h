// SPDX-License-Identifier: GPL-3.0-or-later
// Waits for a QFuture while the event loop runs (continuations on the GUI thread need it).
#pragma once

#include <type_traits>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFuture>
#include <QTest>

template<typename T> bool awaitFuture(const QFuture<T> &future, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(1);
    }
    return future.isFinished();
}

// The future's value; fails the calling test (via QVERIFY in the caller) when it timed out.
template<typename T> T awaitResult(QFuture<T> future, int timeoutMs = 10000)
{
    if (!awaitFuture(future, timeoutMs)) {
        qFatal("a future did not finish within %d ms", timeoutMs);
    }
    if constexpr (std::is_void_v<T>) {
        future.waitForFinished(); // rethrows a stored exception
    } else {
        return future.result();
    }
}
