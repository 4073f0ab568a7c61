// SPDX-License-Identifier: GPL-3.0-or-later
// For UI tests: where the build is (screenshots go below it), and whether a screenshot shows a
// drawn window (many colours) rather than a blank or black screen (one or two).
#pragma once

#include <QImage>
#include <QSet>
#include <QString>

inline QString testBinaryDir()
{
    return qEnvironmentVariable("ISTHMUS_BINARY_DIR");
}

inline int distinctColours(const QString &path)
{
    const QImage image(path);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            colours.insert(image.pixel(x, y));
        }
    }
    return int(colours.size());
}
