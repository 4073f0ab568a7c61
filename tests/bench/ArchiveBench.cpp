// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveBench.h"

#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QXmppClient.h>
#include <QXmppMamManager.h>
#include <QXmppTask.h>

#include "ProsodyServer.h"
#include "XmppTestClient.h"

namespace ArchiveBench {
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

bool seed(const ProsodyServer &server, int count)
{
    XmppTestClient myPhone;
    XmppTestClient sender;
    if (!myPhone.connectTo(me + QStringLiteral("/phone"), password, server.address(), server.clientPort())
        || !sender.connectTo(peer, password, server.address(), server.clientPort())) {
        return false;
    }
    for (int i = 0; i < count; ++i) {
        // Realistic lengths: a few words to a paragraph.
        const QString body = QStringLiteral("message %1 ").arg(i, 6, 10, QLatin1Char('0'))
            + QString(QLatin1Char('x')).repeated((i * 37) % 300);
        sender.client()->sendPacket(QXmppMessage(peer, me, body));
        if (i % 200 == 199) { // let the socket drain
            QCoreApplication::processEvents();
        }
    }
    // 10 ms a message at most (100,000 seeded take minutes, not the 2 of 10,000).
    const bool arrived
        = spinUntil([&] { return myPhone.received().size() >= count; }, std::max(120000, count * 10));
    if (!arrived) {
        std::fprintf(stderr, "seeding: %lld of %d messages arrived in time\n",
            static_cast<long long>(myPhone.received().size()), count);
    }
    myPhone.disconnect();
    sender.disconnect();
    return arrived;
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
