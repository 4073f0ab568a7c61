// SPDX-License-Identifier: GPL-3.0-or-later
// Ends a child process politely (SIGTERM), then firmly (SIGKILL) if it does not listen.
#pragma once

#include <QProcess>

inline void stopProcess(QProcess &process, int graceMs = 5000)
{
    if (process.state() == QProcess::NotRunning) {
        return;
    }
    process.terminate();
    if (!process.waitForFinished(graceMs)) {
        process.kill();
        process.waitForFinished(2000);
    }
}
