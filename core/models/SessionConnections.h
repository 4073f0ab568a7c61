// SPDX-License-Identifier: GPL-3.0-or-later
// The connections a model keeps to the controllers it follows, ended before it follows others
// (the gateway models' setControllers bodies shared this).
#pragma once

#include <QList>
#include <QObject>

inline void disconnectAll(QList<QMetaObject::Connection> &connections)
{
    for (const auto &c : std::as_const(connections)) {
        QObject::disconnect(c);
    }
    connections.clear();
}
