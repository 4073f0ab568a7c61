// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayIcon.h"

#include <KStatusNotifierItem>

#include <QAbstractItemModel>
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QIcon>
#include <QMenu>
#include <QTimer>
#include <QWindow>

#include "Logging.h"
#include "TrayHost.h"
#include "models/ChatListModel.h"

namespace {
const QString iconName = QStringLiteral("im.isthmus.Isthmus");
} // namespace

TrayIcon::TrayIcon(QAbstractItemModel *chats, QObject *parent)
    : QObject(parent)
    , m_chats(chats)
    , m_item(new KStatusNotifierItem(QStringLiteral("isthmus"), this))
    , m_host(new TrayHost(this))
{
    m_item->setCategory(KStatusNotifierItem::Communications);
    m_item->setTitle(QStringLiteral("Isthmus"));
    m_item->setIconByName(iconName);
    // Installed: the theme's entry by name; uninstalled: the copy inside the binary.
    if (QIcon::hasThemeIcon(iconName) == false)
        m_item->setIconByPixmap(QIcon(QStringLiteral(":/icons/im.isthmus.Isthmus.svg")));
    m_item->setAttentionIconByName(QStringLiteral("mail-unread-new"));
    // Our own entries instead of the standard ones, whose Quit asks "are you sure?" first.
    m_item->setStandardActionsEnabled(false);
    QMenu *menu = m_item->contextMenu();
    connect(menu->addAction(QIcon::fromTheme(QStringLiteral("window")), tr("Show Isthmus")),
        &QAction::triggered, this, [this] {
            if (m_window) {
                m_window->show();
                m_window->raise();
                m_window->requestActivate();
            }
        });
    menu->addSeparator();
    connect(menu->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("Quit")),
        &QAction::triggered, qApp, &QCoreApplication::quit);

    connect(chats, &QAbstractItemModel::modelReset, this, &TrayIcon::recount);
    connect(chats, &QAbstractItemModel::layoutChanged, this, &TrayIcon::recount);
    // Presence changes arrive as dataChanged too (a burst at login): only unread counts matter.
    connect(chats, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (roles.isEmpty() || roles.contains(ChatListModel::UnreadRole))
                recount();
        });
    connect(chats, &QAbstractItemModel::rowsInserted, this, &TrayIcon::recount);
    connect(chats, &QAbstractItemModel::rowsRemoved, this, &TrayIcon::recount);
    recount();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setWindow(QWindow *window)
{
    if (m_window) {
        m_window->removeEventFilter(this);
    }
    m_window = window;
    m_item->setAssociatedWindow(window);
    if (window) {
        window->installEventFilter(this);
    }
}

bool TrayIcon::isAvailable() const
{
    return m_host->isAvailable();
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window || event->type() != QEvent::Close) {
        return QObject::eventFilter(watched, event);
    }
    if (isAvailable()) {
        qCInfo(lcDesktop) << "window closed: staying in the tray";
        event->ignore();
        m_window->hide();
        return true;
    }
    // No tray to come back from: closing quits. (The item alone would keep the event loop
    // alive, since it expects to be the way back to the window.)
    QTimer::singleShot(0, this, [this] {
        if (m_window && !m_window->isVisible()) {
            qCInfo(lcDesktop) << "window closed and no tray: quitting";
            QCoreApplication::quit();
        }
    });
    return false;
}

void TrayIcon::recount()
{
    int unread = 0;
    const int unreadRole = m_chats->roleNames().key("unread", -1);
    for (int row = 0; row < m_chats->rowCount(); ++row) {
        unread += m_chats->index(row, 0).data(unreadRole).toInt();
    }
    if (unread == m_unread) {
        return;
    }
    m_unread = unread;
    const QString subtitle = unread > 0 ? tr("Unread messages: %1").arg(unread) : tr("No unread messages");
    m_item->setToolTip(iconName, QStringLiteral("Isthmus"), subtitle);
    m_item->setStatus(unread > 0 ? KStatusNotifierItem::NeedsAttention : KStatusNotifierItem::Active);
    m_item->setOverlayIconByName(unread > 0 ? QStringLiteral("mail-unread-new") : QString());
}
