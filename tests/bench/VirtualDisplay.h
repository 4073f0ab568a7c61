// SPDX-License-Identifier: GPL-3.0-or-later
// Xvfb on a display it picks itself (-displayfd), so nothing else's display is touched.
#pragma once

#include <QProcess>
#include <QString>

class VirtualDisplay
{
public:
    bool start()
    {
        m_process.setProgram(QStringLiteral("Xvfb"));
        m_process.setArguments({ QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
            QStringLiteral("0"), QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"),
            QStringLiteral("tcp") });
        m_process.start();
        if (!m_process.waitForStarted(5000) || !m_process.waitForReadyRead(10000)) {
            return false;
        }
        m_display = QLatin1Char(':') + QString::fromLatin1(m_process.readAllStandardOutput()).trimmed();
        return m_display.size() > 1;
    }
    ~VirtualDisplay()
    {
        m_process.terminate();
        m_process.waitForFinished(3000);
    }
    QString display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};
