// SPDX-License-Identifier: GPL-3.0-or-later
// For in-process UI tests: walking a window's visual tree (Loader and Repeater items are not
// QObject children, so findChild does not reach them).
#pragma once

#include <QList>
#include <QQuickItem>
#include <QQuickWindow>

// Every item below `root` in the visual tree.
inline QList<QQuickItem *> itemsBelow(QQuickItem *root)
{
    QList<QQuickItem *> items;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        items.append(child);
        items.append(itemsBelow(child));
    }
    return items;
}

// The chat's bubble showing `body`, or null.
inline QQuickItem *bubbleWithBody(QQuickWindow *window, const QString &body)
{
    const auto items = itemsBelow(window->contentItem());
    for (QQuickItem *item : items) {
        if (QString::fromLatin1(item->metaObject()->className()).startsWith(QLatin1String("MessageBubble"))
            && item->property("body").toString() == body)
            return item;
    }
    return nullptr;
}
