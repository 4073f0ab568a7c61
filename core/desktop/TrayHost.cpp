// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayHost.h"

#include <QSystemTrayIcon>

#include "Logging.h"

#if ISTHMUS_TRAY_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QDBusVariant>

namespace {
const QString watcherService = QStringLiteral("org.kde.StatusNotifierWatcher");
const QString watcherPath = QStringLiteral("/StatusNotifierWatcher");
} // namespace

TrayHost::TrayHost(QObject *parent) : QObject(parent)
{
    auto *watcher = new QDBusServiceWatcher(
        watcherService, QDBusConnection::sessionBus(), QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(watcher, &QDBusServiceWatcher::serviceOwnerChanged, this, &TrayHost::query);
    QDBusConnection::sessionBus().connect(watcherService, watcherPath, watcherService,
        QStringLiteral("StatusNotifierHostRegistered"), this, SLOT(query()));
    QDBusConnection::sessionBus().connect(watcherService, watcherPath, watcherService,
        QStringLiteral("StatusNotifierHostUnregistered"), this, SLOT(query()));
    query();
}

void TrayHost::query()
{
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    m_watcherPresent = bus && bus->isServiceRegistered(watcherService);
    if (!m_watcherPresent) {
        m_hostRegistered = false;
        return;
    }
    QDBusMessage get = QDBusMessage::createMethodCall(watcherService, watcherPath,
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << watcherService << QStringLiteral("IsStatusNotifierHostRegistered");
    auto *call = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(get), this);
    connect(call, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<QDBusVariant> reply = *finished;
        m_hostRegistered = reply.isValid() && reply.value().variant().toBool();
        qCInfo(lcDesktop) << "status notifier host registered:" << m_hostRegistered;
    });
}
#else
TrayHost::TrayHost(QObject *parent) : QObject(parent) { }

void TrayHost::query() { }
#endif

bool TrayHost::isAvailable() const
{
    // Without a watcher the item falls back to the legacy (XEmbed) tray, if there is one.
    return m_watcherPresent ? m_hostRegistered : QSystemTrayIcon::isSystemTrayAvailable();
}
