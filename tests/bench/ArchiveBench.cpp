// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveBench.h"

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppMamManager.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>

#include "ProsodyArchiveRows.h"
#include "ProsodyServer.h"
#include "XmppTestClient.h"

namespace ArchiveBench {
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    // Sleeps in the event loop between checks: processEvents() in a loop would keep a core busy,
    // and that core is taken from the server and the client being measured.
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
    tick.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        loop.exec();
    }
    return true;
}

ProsodyServer::Options serverOptions()
{
    ProsodyServer::Options options;
    options.sqlStorage = true;
    return options;
}

bool seed(ProsodyServer &server, int count)
{
    const ProsodyArchiveRows::Pattern pattern { QStringLiteral("me"), QStringLiteral("seed-pattern-id"),
        QStringLiteral("seed pattern body") };
    {
        XmppTestClient myPhone;
        XmppTestClient sender;
        if (!myPhone.connectTo(me + QStringLiteral("/phone"), password, server.address(), server.clientPort())
            || !sender.connectTo(peer, password, server.address(), server.clientPort())) {
            return false;
        }
        QXmppMessage message(peer, me, pattern.body);
        message.setId(pattern.stanzaId);
        message.setType(QXmppMessage::Chat);
        sender.client()->sendPacket(message);
        if (!spinUntil([&] { return !myPhone.received().isEmpty(); }, 30000)) {
            std::fprintf(stderr, "seeding: the pattern message did not arrive\n");
            return false;
        }
        myPhone.disconnect();
        sender.disconnect();
    }
    server.stop();
    QString error;
    if (!ProsodyArchiveRows::fill(server.sqlDatabasePath(), pattern, count, &error)) {
        std::fprintf(stderr, "seeding: %s\n", qPrintable(error));
        return false;
    }
    return server.start();
}

BareRun runBareClient(const ProsodyServer &server, int pageSize)
{
    BareRun run;
    QXmppClient client;
    auto *archive = new QXmppMamManager;
    client.addExtension(archive);
    QXmppConfiguration config;
    config.setJid(me + QStringLiteral("/bare"));
    config.setPassword(password);
    config.setHost(server.address());
    config.setPort(server.clientPort());
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    client.connectToServer(config);
    if (!spinUntil([&] { return client.isConnected(); }, 15000)) {
        return run;
    }
    QElapsedTimer clock;
    clock.start();
    QString before = QStringLiteral(""); // empty, not null: the newest page
    bool complete = false;
    while (!complete) {
        QXmppResultSetQuery page;
        page.setMax(pageSize);
        page.setBefore(before);
        auto task = archive->retrieveMessages({}, {}, {}, {}, {}, page);
        bool answered = false;
        task.then(&client, [&](QXmppMamManager::RetrieveResult &&result) {
            answered = true;
            if (auto *messages = std::get_if<QXmppMamManager::RetrievedMessages>(&result)) {
                run.messages += messages->messages.size();
                before = messages->result.resultSetReply().first();
                complete = messages->result.complete() || messages->messages.isEmpty();
            } else {
                complete = true;
                run.messages = -1;
            }
        });
        if (!spinUntil([&] { return answered; }, 30000)) {
            return run;
        }
        ++run.pages;
    }
    run.ms = clock.elapsed();
    client.disconnectFromServer();
    return run;
}
} // namespace ArchiveBench
