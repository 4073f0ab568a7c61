// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the fuzz targets: an application object for Qt, and fuzzer bytes as an XML element.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include <QCoreApplication>
#include <QDomDocument>
#include <QDomElement>

namespace FuzzXml {

// Created once and never destroyed: static destructors of Qt objects at exit run in an order
// that crashes (a QXmppClient outliving the application's network statics).
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = { name, nullptr };
    static auto *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

// Stops the run with a reason the log shows (the input is saved by libFuzzer).
[[noreturn]] inline void fail(const char *why, const QString &detail = {})
{
    fprintf(stderr, "invariant broken: %s %s\n", why, qPrintable(detail));
    abort();
}

// The document element of the bytes, or nothing when they are no well-formed XML.
inline std::optional<QDomElement> element(const uint8_t *data, size_t size, QDomDocument &document)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!document.setContent(bytes, QDomDocument::ParseOption::UseNamespaceProcessing)) {
        return std::nullopt;
    }
    return document.documentElement();
}

} // namespace FuzzXml
