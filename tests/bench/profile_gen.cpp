// SPDX-License-Identifier: GPL-3.0-or-later
// isthmus-profile-gen: writes a realistic profile (an isthmus.sqlite the app opens with
// --data-dir) through the real stores: 5 accounts, 2,000 roster contacts in 20 groups, 300 chats
// and 1,000,000 messages. Chats are uneven (a few busy ones, a long tail), messages come in
// conversations (seconds to minutes apart, then hours or days of quiet), most are a few words and
// some a paragraph. The same seed gives the same profile. Prints how long the store took
// (messages/s through MessageStore, a transaction per page of 1,000: the ingest figure).
//
//   isthmus-profile-gen --out DIR [--messages N] [--accounts 5] [--contacts 2000] [--groups 20]
//                       [--chats 300]
#include <cmath>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include "SpinAwait.h"
#include "SyntheticText.h"
#include "account/AccountConfig.h"
#include "storage/AccountStore.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"
#include "storage/RosterStore.h"

namespace {
QString accountJid(int account)
{
    return QStringLiteral("user%1@server%1.example").arg(account);
}

QString contactJid(int contact)
{
    return QStringLiteral("contact%1@example.net").arg(contact, 4, 10, QLatin1Char('0'));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Profile folder."), QStringLiteral("dir"));
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption accountsOption(
        QStringLiteral("accounts"), QStringLiteral("Accounts."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption contactsOption(QStringLiteral("contacts"),
        QStringLiteral("Roster contacts in all."), QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption groupsOption(QStringLiteral("groups"), QStringLiteral("Roster groups."),
        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption chatsOption(
        QStringLiteral("chats"), QStringLiteral("Chats in all."), QStringLiteral("n"), QStringLiteral("300"));
    parser.addOptions(
        { outOption, messagesOption, accountsOption, contactsOption, groupsOption, chatsOption });
    parser.process(app);
    if (!parser.isSet(outOption)) {
        parser.showHelp(2);
    }
    const int total = parser.value(messagesOption).toInt();
    const int accounts = std::max(1, parser.value(accountsOption).toInt());
    const int contacts = std::max(accounts, parser.value(contactsOption).toInt());
    const int groups = std::max(1, parser.value(groupsOption).toInt());
    const int chats = std::clamp(parser.value(chatsOption).toInt(), 1, contacts);

    QDir().mkpath(parser.value(outOption));
    const QString path = QDir(parser.value(outOption)).filePath(QStringLiteral("isthmus.sqlite"));
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s exists: give an empty folder\n", qPrintable(path));
        return 2;
    }
    Database database(path);
    spinAwait(database.open());
    AccountStore accountStore(&database);
    RosterStore rosterStore(&database);
    MessageStore messageStore(&database);
    QRandomGenerator random(42);
    SyntheticText text(random);

    // Accounts point at a closed port on loopback: the app starts offline, as on a train.
    for (int a = 0; a < accounts; ++a) {
        AccountConfig config;
        config.jid = accountJid(a);
        config.host = QStringLiteral("127.0.0.1");
        config.port = 9;
        spinAwait(accountStore.save(config));
    }
    // Contacts are dealt to accounts in turn; every contact is in one or two groups.
    QList<QList<RosterItem>> rosters(accounts);
    for (int c = 0; c < contacts; ++c) {
        RosterItem item;
        item.jid = contactJid(c);
        item.name = text.name();
        item.subscription = 3; // both
        item.groups.append(QStringLiteral("Group %1").arg(int(random.bounded(groups)) + 1));
        if (random.bounded(5) == 0) {
            item.groups.append(QStringLiteral("Group %1").arg(int(random.bounded(groups)) + 1));
        }
        rosters[c % accounts].append(item);
    }
    for (int a = 0; a < accounts; ++a) {
        spinAwait(rosterStore.replaceRoster(accountJid(a), rosters.at(a), QStringLiteral("v1")));
    }

    // Chat c belongs to account c % accounts and talks with contact c. Its share of the messages
    // falls off like 1/(rank+1): a handful of busy chats and a long tail.
    QList<double> weight(chats);
    double weightSum = 0;
    for (int c = 0; c < chats; ++c) {
        weightSum += (weight[c] = 1.0 / (c + 1));
    }
    QElapsedTimer timer;
    timer.start();
    constexpr int pageSize = 1000;
    const qint64 start = 1'600'000'000'000; // September 2020, then forwards
    int written = 0;
    for (int c = 0; c < chats; ++c) {
        const int count
            = c == chats - 1 ? total - written : int(std::lround(total * weight.at(c) / weightSum));
        const QString account = accountJid(c % accounts);
        const QString peer = contactJid(c);
        qint64 timestamp = start + qint64(random.bounded(86'400'000));
        QList<Message> page;
        for (int i = 0; i < count; ++i) {
            Message m;
            m.account = account;
            m.chatJid = peer;
            m.outgoing = random.bounded(2) == 0;
            m.sender = m.outgoing ? account : peer;
            m.body = text.message();
            // In a conversation, seconds to minutes; one in twenty ends it: hours to days.
            timestamp += random.bounded(20) == 0 ? 3'600'000 + qint64(random.bounded(3 * 86'400'000))
                                                 : 2'000 + qint64(random.bounded(180'000));
            m.timestamp = timestamp;
            m.stanzaId = QStringLiteral("a%1-%2").arg(c).arg(i);
            m.stanzaIdBy = account;
            page.append(m);
            if (page.size() == pageSize || i == count - 1) {
                spinAwait(
                    messageStore.addArchivePage(account, account, page, { page.last().stanzaId, {}, false }));
                page.clear();
            }
        }
        written += count;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("profile %s: %d accounts, %d contacts in %d groups, %d chats, %d messages\n",
        qPrintable(parser.value(outOption)), accounts, contacts, groups, chats, written);
    std::printf(
        "stored in %.1f s: %.0f messages/s (a transaction per %d)\n", seconds, written / seconds, pageSize);
    std::printf("database: %.1f MiB\n", QFileInfo(path).size() / 1048576.0);
    return 0;
}
