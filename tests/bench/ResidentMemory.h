// SPDX-License-Identifier: GPL-3.0-or-later
// A process's resident memory in MB (MiB), from /proc; -1 when it is gone.
#pragma once

#include <unistd.h>

#include <QFile>
#include <QList>

inline double residentMb(qint64 pid)
{
    QFile statm(QStringLiteral("/proc/%1/statm").arg(pid));
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0)
                             : -1;
}
