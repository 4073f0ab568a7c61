// SPDX-License-Identifier: GPL-3.0-or-later
// Store benchmark: fills a database through the real MessageStore (a transaction per page of
// 1000, as archive catch-up does), then times what the UI asks for: a chat's first page, a
// page deep in scroll-back, the recent-chats list and full-text search. Prints numbers only.
// --profile DIR times the same on a profile isthmus-profile-gen wrote, instead of filling one.
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QFuture>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include "SpinAwait.h"
#include "SyntheticText.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

namespace {
const QString account = QStringLiteral("me@example.test");

struct Stats
{
    double median;
    double p95;
};

template<typename Job> Stats timeRepeated(int runs, Job job)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        job(i);
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return { ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100)) };
}

void print(const char *what, const Stats &stats)
{
    std::printf("%-34s median %8.2f ms   p95 %8.2f ms\n", what, stats.median, stats.p95);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption messagesOption(QStringLiteral("messages"), QStringLiteral("Messages to store."),
        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption chatsOption(QStringLiteral("chats"),
        QStringLiteral("Chats to spread them over."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QStringLiteral("Time an existing profile (isthmus-profile-gen) instead."), QStringLiteral("dir"));
    parser.addOptions({ messagesOption, chatsOption, profileOption });
    parser.process(app);
    const int total = parser.isSet(profileOption) ? 0 : parser.value(messagesOption).toInt();
    const int chatCount = parser.value(chatsOption).toInt();

    QTemporaryDir dir;
    const QString path = parser.isSet(profileOption)
        ? QDir(parser.value(profileOption)).filePath(QStringLiteral("isthmus.sqlite"))
        : dir.filePath(QStringLiteral("bench.sqlite"));
    Database database(path);
    spinAwait(database.open());
    MessageStore store(&database);

    QRandomGenerator random(42);
    SyntheticText text(random);
    const QStringList &words = text.words();
    constexpr int pageSize = 1000;
    qint64 timestamp = 1'600'000'000'000;
    QElapsedTimer timer;
    timer.start();
    for (int done = 0; done < total; done += pageSize) {
        QList<Message> page;
        for (int i = 0; i < pageSize && done + i < total; ++i) {
            Message m;
            m.account = account;
            m.chatJid = QStringLiteral("contact%1@example.test").arg(random.bounded(chatCount));
            m.outgoing = random.bounded(2) == 0;
            m.sender = m.outgoing ? account : m.chatJid;
            m.body = text.words(3 + int(random.bounded(12)));
            m.timestamp = (timestamp += 1 + random.bounded(60'000));
            m.stanzaId = QStringLiteral("archive-%1").arg(done + i);
            m.stanzaIdBy = account;
            page.append(m);
        }
        spinAwait(store.addArchivePage(account, account, page, { page.last().stanzaId, {}, false }));
    }
    if (total > 0) {
        const double insertSeconds = timer.nsecsElapsed() / 1e9;
        std::printf("stored %d messages in %d chats: %.1f s, %.0f messages/s (a transaction per %d)\n", total,
            chatCount, insertSeconds, total / insertSeconds, pageSize);
    }
    std::printf("database size: %.1f MiB (+ WAL %.1f MiB)\n", QFileInfo(path).size() / 1048576.0,
        QFileInfo(path + QStringLiteral("-wal")).size() / 1048576.0);

    // 200 chats opened at random (a profile's busy and quiet chats alike).
    const QList<Chat> allChats = spinAwait(store.chats());
    if (allChats.isEmpty()) {
        std::fprintf(stderr, "no chats in %s\n", qPrintable(path));
        return 1;
    }
    QList<qint64> chatIds;
    for (int i = 0; i < 200; ++i) {
        chatIds.append(allChats.at(random.bounded(int(allChats.size()))).id);
    }
    print("open chat: first page of 50",
        timeRepeated(200, [&](int i) { spinAwait(store.messagesBefore(chatIds.at(i), {}, 50)); }));
    print("scroll-back: 20th page of 50", timeRepeated(50, [&](int i) {
        PageCursor cursor;
        for (int p = 0; p < 20; ++p) {
            const auto page = spinAwait(store.messagesBefore(chatIds.at(i), cursor, 50));
            if (page.isEmpty()) {
                break;
            }
            cursor = { page.last().sortKey, page.last().id };
        }
    }));
    print("recent chats list (all chats)", timeRepeated(20, [&](int) { spinAwait(store.chats()); }));
    for (const QString &query : { words.at(0), words.at(3), words.at(2000), words.at(4990),
             QStringLiteral("coff"), words.at(0) + QLatin1Char(' ') + words.at(1500) }) {
        int hits = 0;
        const Stats stats
            = timeRepeated(10, [&](int) { hits = int(spinAwait(store.search(query, 50)).size()); });
        std::printf("search %-26s median %8.2f ms   p95 %8.2f ms   (%d shown)\n",
            qPrintable(QLatin1Char('"') + query + QLatin1Char('"')), stats.median, stats.p95, hits);
    }
    return 0;
}
