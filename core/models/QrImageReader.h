// SPDX-License-Identifier: GPL-3.0-or-later
// The text of a QR code in a still image (a screenshot or photo of a peer's verification code),
// with KDE Prison's image scanner (ZXing underneath): no camera, no video pipeline.
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

class QImage;

class QrImageReader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    // The first QR code's text; empty when the file is no image or holds no QR code. Runs on the
    // calling thread: one still image, scanned once on the user's click.
    Q_INVOKABLE QString read(const QUrl &file) const;
    static QString read(const QImage &image);
};
