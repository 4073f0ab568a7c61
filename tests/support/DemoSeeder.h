// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a fresh demo server: a demo account with contacts in two roster groups, and
// conversations written by real clients while the app is connected.
#pragma once

#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

class ProsodyServer;
class XmppTestClient;

class DemoSeeder
{
public:
    static const QString demoJid;
    static const QString demoPassword;
    static constexpr int contactCount = 4;

    explicit DemoSeeder(ProsodyServer &server);
    ~DemoSeeder();

    // Accounts and the demo account's roster. Before the app starts.
    bool prepare();
    // Conversations: the demo account's other device writes (the app sees carbon copies) and
    // contacts answer. While the app is connected.
    bool converse();
    // How many messages converse() leaves in the demo account's chats.
    static int messageCount();

    // Some contacts stay online with a status (the others are offline), for as long as this
    // seeder lives. After converse().
    bool goOnline();
    const QString &error() const { return m_error; }

private:
    ProsodyServer &m_server;
    std::vector<std::unique_ptr<XmppTestClient>> m_online;
    QString m_error;
};
