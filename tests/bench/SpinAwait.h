// SPDX-License-Identifier: GPL-3.0-or-later
// For benchmarks: a future's result, waited for by spinning the event loop without sleeping, so
// the wait adds no time of its own to what is measured.
#pragma once

#include <type_traits>

#include <QCoreApplication>
#include <QFuture>

template<typename T> T spinAwait(QFuture<T> future)
{
    while (!future.isFinished()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    if constexpr (std::is_void_v<T>) {
        future.waitForFinished();
    } else {
        return future.result();
    }
}
