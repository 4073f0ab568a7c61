// SPDX-License-Identifier: GPL-3.0-or-later
#include "RootController.h"

#include <QDir>
#include <QFileInfo>

#include "capability/Capability.h"
#include "models/AccountsController.h"
#include "models/ChatsController.h"
#include "models/ContactsController.h"
#include "models/NotificationSettings.h"
#include "models/RosterViewSettings.h"
#include "session/SessionCore.h"

RootController::RootController(const QString &databasePath, const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_core(std::make_unique<SessionCore>(databasePath))
    , m_accounts(std::make_unique<AccountsController>(m_core.get()))
    , m_contacts(std::make_unique<ContactsController>(m_core.get()))
    , m_chats(std::make_unique<ChatsController>(m_core.get()))
    , m_notificationSettings(std::make_unique<NotificationSettings>(settingsPath))
    , m_rosterViewSettings(std::make_unique<RosterViewSettings>(settingsPath, m_contacts->roster()))
{
    connect(m_core.get(), &SessionCore::notice, this, &RootController::notice);
}

RootController::RootController(const QString &databasePath, QObject *parent)
    : RootController(
          databasePath, QFileInfo(databasePath).dir().filePath(QStringLiteral("settings.ini")), parent)
{ }

RootController::~RootController()
{
    disconnect(m_core.get(), nullptr, this, nullptr);
}

QObject *RootController::controller(const QString &capability) const
{
    const Capability *installed = m_core->capability(capability);
    return installed ? installed->controller() : nullptr;
}
