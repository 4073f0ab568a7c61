// SPDX-License-Identifier: GPL-3.0-or-later
// The status notifier item ("tray icon"): the unread count in its tooltip and an attention
// state while there is something unread, a click shows or hides the window; its menu shows the
// window or quits.
// While a tray is really there, closing the window only hides it.
#pragma once

#include <QObject>
#include <QPointer>

class KStatusNotifierItem;
class QAbstractItemModel;
class QWindow;
class TrayHost;

class TrayIcon : public QObject
{
    Q_OBJECT
public:
    // chats: the recent-chats model (its "unread" role is summed).
    explicit TrayIcon(QAbstractItemModel *chats, QObject *parent = nullptr);
    ~TrayIcon() override;

    void setWindow(QWindow *window);
    int unreadCount() const { return m_unread; }
    // A status notifier host (or a legacy system tray) shows the icon.
    bool isAvailable() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void recount();

    QAbstractItemModel *m_chats;
    KStatusNotifierItem *m_item;
    QPointer<QWindow> m_window;
    int m_unread = -1;
    TrayHost *m_host;
};
