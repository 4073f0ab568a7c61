// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a fresh demo server: a demo account with contacts in two roster groups, and
// conversations written by real clients while the app is connected.
#pragma once

#include <QString>
#include <QStringList>

class ProsodyServer;

class DemoSeeder
{
public:
    static const QString demoJid;
    static const QString demoPassword;
    static constexpr int contactCount = 4;

    explicit DemoSeeder(ProsodyServer &server);

    // Accounts and the demo account's roster. Before the app starts.
    bool prepare();
    // Conversations: the demo account's other device writes (the app sees carbon copies) and
    // contacts answer. While the app is connected.
    bool converse();
    // How many messages converse() leaves in the demo account's chats.
    static int messageCount();

    const QString &error() const { return m_error; }

private:
    ProsodyServer &m_server;
    QString m_error;
};
