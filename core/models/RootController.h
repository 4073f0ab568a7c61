// SPDX-License-Identifier: GPL-3.0-or-later
// What the QML pages talk to: one object per area (accounts, contacts, chats), the notification
// switch, and the controllers the installed capabilities bring (controller(name)). It owns the
// QML-free composition root (core/session/SessionCore) and only adapts it for QML.
#pragma once

#include <memory>

#include <QObject>
#include <QQmlEngine>

Q_MOC_INCLUDE("models/AccountsController.h")
Q_MOC_INCLUDE("models/ChatsController.h")
Q_MOC_INCLUDE("models/ContactsController.h")
Q_MOC_INCLUDE("models/NotificationSettings.h")

class AccountsController;
class ChatsController;
class ContactsController;
class NotificationSettings;
class RosterViewSettings;
class SessionCore;

class RootController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(AccountsController *accounts READ accounts CONSTANT)
    Q_PROPERTY(ContactsController *contacts READ contacts CONSTANT)
    Q_PROPERTY(ChatsController *chats READ chats CONSTANT)
    Q_PROPERTY(NotificationSettings *notificationSettings READ notificationSettings CONSTANT)
public:
    // settingsPath: the UI settings (notification switch); the database is databasePath.
    RootController(const QString &databasePath, const QString &settingsPath, QObject *parent = nullptr);
    // The UI settings in settings.ini beside the database (as the app keeps them).
    explicit RootController(const QString &databasePath, QObject *parent = nullptr);
    ~RootController() override;

    SessionCore *core() const { return m_core.get(); }
    AccountsController *accounts() const { return m_accounts.get(); }
    ContactsController *contacts() const { return m_contacts.get(); }
    ChatsController *chats() const { return m_chats.get(); }
    NotificationSettings *notificationSettings() const { return m_notificationSettings.get(); }

    // The QML controller of an installed capability (Capability::controller()); null when the
    // capability is not installed or has no UI of its own.
    Q_INVOKABLE QObject *controller(const QString &capability) const;

Q_SIGNALS:
    // Something the person asked for could not be done; a passing message, not a state.
    void notice(const QString &text);

private:
    std::unique_ptr<SessionCore> m_core; // first: the controllers below are destroyed before it
    std::unique_ptr<AccountsController> m_accounts;
    std::unique_ptr<ContactsController> m_contacts;
    std::unique_ptr<ChatsController> m_chats;
    std::unique_ptr<NotificationSettings> m_notificationSettings;
    std::unique_ptr<RosterViewSettings> m_rosterViewSettings; // after m_contacts: goes before it
};
