// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrImageReader.h"

#include <Prison/ImageScanner>
#include <Prison/ScanResult>

#include <QImage>
#include <QImageReader>

QString QrImageReader::read(const QUrl &file) const
{
    QImageReader reader(file.isLocalFile() ? file.toLocalFile() : file.toString());
    reader.setAutoTransform(true); // a phone photo's EXIF rotation
    // A huge image is no screenshot of a code; bounded so a hostile file cannot exhaust memory.
    if (reader.size().isValid()
        && qint64(reader.size().width()) * reader.size().height() > 64LL * 1024 * 1024) {
        return {};
    }
    return read(reader.read());
}

QString QrImageReader::read(const QImage &image)
{
    if (image.isNull()) {
        return {};
    }
    const Prison::ScanResult result = Prison::ImageScanner::scan(image, Prison::Format::QRCode);
    return result.hasText() ? result.text() : QString();
}
