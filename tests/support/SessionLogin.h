// SPDX-License-Identifier: GPL-3.0-or-later
// For integration tests: the app's Session on a database of its own, logged in to a test server,
// and the wait for the archive catch-up every connect starts.
#pragma once

#include <memory>

#include <QTest>

#include "XmppTestServer.h"
#include "messaging/ArchiveCatchUp.h"
#include "models/Session.h"

inline std::unique_ptr<Session> loginSession(
    const XmppTestServer &server, const QString &databasePath, const QString &jid, const QString &password)
{
    auto session = std::make_unique<Session>(databasePath);
    session->login(jid, password, server.address(), server.clientPort());
    return session;
}

// Connected, and the catch-up after that connect finished.
inline bool waitForCatchUp(Session &session)
{
    return QTest::qWaitFor([&] { return session.connectionState() == Session::Connected; }, 15000)
        && QTest::qWaitFor([&] { return !session.archiveCatchUp()->isRunning(); }, 30000);
}
