// SPDX-License-Identifier: GPL-3.0-or-later
// For integration tests: the app's RootController on a database of its own, logged in to a test server,
// and the waits for what every connect starts (the archive catch-up, OMEMO's publishing).
#pragma once

#include <memory>

#include <QTest>

#include "XmppTestServer.h"
#include "messaging/ArchiveCatchUp.h"
#include "models/AccountsController.h"
#include "models/RootController.h"
#include "omemo/OmemoAccount.h"
#include "omemo/OmemoCapability.h"
#include "session/SessionCore.h"

inline std::unique_ptr<RootController> loginSession(
    const XmppTestServer &server, const QString &databasePath, const QString &jid, const QString &password)
{
    auto session = std::make_unique<RootController>(databasePath);
    session->accounts()->login(jid, password, server.address(), server.clientPort());
    return session;
}

// Connected, and the catch-up after that connect finished.
inline bool waitForCatchUp(RootController &session)
{
    return QTest::qWaitFor(
               [&] { return session.accounts()->connectionState() == AccountsController::Connected; }, 15000)
        && QTest::qWaitFor([&] { return !session.core()->archiveCatchUp()->isRunning(); }, 30000);
}

// The primary account's OMEMO started: its device lists and bundles published (both versions).
inline bool omemoReady(RootController &session)
{
    auto *omemo = static_cast<OmemoCapability *>(session.core()->capability(QStringLiteral("omemo")));
    OmemoAccount *account = omemo ? omemo->account(session.accounts()->primaryJid()) : nullptr;
    return account && account->isReady();
}
