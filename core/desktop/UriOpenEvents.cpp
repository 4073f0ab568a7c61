// SPDX-License-Identifier: GPL-3.0-or-later
#include "UriOpenEvents.h"

#include <QFileOpenEvent>
#include <QUrl>

UriOpenEvents::UriOpenEvents(QObject *application) : QObject(application)
{
    application->installEventFilter(this);
}

bool UriOpenEvents::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen) {
        return QObject::eventFilter(watched, event);
    }
    const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
    // Only our scheme: a file dropped on the Dock icon is not an address to open.
    if (url.scheme().compare(QLatin1String("xmpp"), Qt::CaseInsensitive) != 0) {
        return false;
    }
    Q_EMIT uriOpened(url.toString());
    return true;
}
