// SPDX-License-Identifier: GPL-3.0-or-later
// Messages per second from one account to another through a real Prosody on loopback: both ends
// are the app's core (RootController, each with its own database thread) in this one process, so
// the figure is what one machine does sending and receiving at once. N messages (default 1,000)
// are handed to the composer's send as fast as it takes them, R times (default 3) with fresh
// accounts. Prints, per run and as median and p95 of the runs: messages/s until the receiver had
// stored every one and the server had acknowledged every one to the sender; each message's time
// from send to stored at the receiver (median, p95 over all messages); the GUI thread's longest
// stall; RSS. "plain" as a third argument turns the chat's encryption off first. Prints numbers
// only. Run: devroot bench throughput [N] [R] [plain]
#include <algorithm>
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include "ArchiveBench.h"
#include "ProsodyServer.h"
#include "ResidentMemory.h"
#include "SessionLogin.h"
#include "StallMeter.h"
#include "models/ChatsController.h"
#include "storage/MessageStore.h"

namespace {
const QString password = QStringLiteral("bench-password");

struct Run
{
    double messagesPerSecond = 0;
    qint64 handedOverMs = 0; // until the last send() call returned
    qint64 totalMs = -1;
    int received = 0;
    int acknowledged = 0;
    int encrypted = 0;
    qint64 longestStallMs = 0;
    double rssMb = 0;
    QList<qint64> latenciesMs;
};

template<typename T> T quantile(QList<T> values, double q)
{
    if (values.isEmpty()) {
        return T {};
    }
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(q * double(values.size()))));
}

Run runOnce(ProsodyServer &server, int count, int index, bool plain)
{
    Run run;
    const QString alice = server.createUniqueAccount(QStringLiteral("alice"), password);
    const QString bob = server.createUniqueAccount(QStringLiteral("bob"), password);
    QTemporaryDir dir;
    auto a = loginSession(server, dir.filePath(QStringLiteral("a.sqlite")), alice, password);
    auto b = loginSession(server, dir.filePath(QStringLiteral("b.sqlite")), bob, password);
    if (!waitForCatchUp(*a) || !waitForCatchUp(*b)) {
        std::fprintf(stderr, "run %d: the accounts did not connect\n", index);
        return run;
    }

    if (plain) {
        // The chat's lock off (it is on by itself: bob publishes OMEMO devices), to tell the cost
        // of encryption from the rest.
        QMetaObject::invokeMethod(a->controller(QStringLiteral("omemo")), "setChatEncryption",
            Q_ARG(QString, alice), Q_ARG(QString, bob), Q_ARG(bool, false));
        ArchiveBench::spinUntil([] { return false; }, 1000);
    }
    QElapsedTimer clock;
    QHash<QString, qint64> sentAt;
    QSet<QString> acknowledged;
    QObject::connect(a->core()->messageStore(), &MessageStore::messageStateChanged,
        [&](const QString &, const QString &originId, MessageState state) {
            if (state == MessageState::Sent || state == MessageState::Delivered
                || state == MessageState::Read) {
                acknowledged.insert(originId);
            }
        });
    QObject::connect(b->core()->messageStore(), &MessageStore::messageAdded, [&](const Message &message) {
        const auto sent = sentAt.constFind(message.body);
        if (message.outgoing || sent == sentAt.cend()) {
            return;
        }
        run.latenciesMs.append(clock.elapsed() - *sent);
        ++run.received;
        run.encrypted += message.encryption == MessageEncryption::None ? 0 : 1;
    });

    StallMeter stalls;
    clock.start();
    for (int i = 0; i < count; ++i) {
        // A short line as most messages are, its number first so every body is distinct.
        const QString body = QStringLiteral("%1 %2 see you at the station at half past")
                                 .arg(index)
                                 .arg(i, 5, 10, QLatin1Char('0'));
        sentAt.insert(body, clock.elapsed());
        a->chats()->send(bob, body);
    }
    run.handedOverMs = clock.elapsed();
    const bool done = ArchiveBench::spinUntil(
        [&] { return run.received >= count && acknowledged.size() >= count; }, 600000);
    run.totalMs = done ? clock.elapsed() : -1;
    run.acknowledged = int(acknowledged.size());
    run.longestStallMs = stalls.longestMs();
    run.rssMb = residentMb(QCoreApplication::applicationPid());
    run.messagesPerSecond = done ? count * 1000.0 / double(run.totalMs) : 0;
    return run;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3;
    const bool plain = argc > 3 && qstrcmp(argv[3], "plain") == 0;

    ProsodyServer server;
    if (!server.start()) {
        std::fprintf(stderr, "the test server did not start: %s\n", qPrintable(server.error()));
        return 1;
    }
    std::printf("%d messages from one account to another, %d runs, both ends in this process, %s\n", count,
        runs, plain ? "the chat's encryption off" : "encrypted as the chat is by itself (OMEMO)");
    std::printf("%-4s %10s %10s %10s %9s %9s %9s %9s %9s %8s\n", "run", "msg/s", "total ms", "handed ms",
        "received", "acked", "encrypted", "lat p50", "lat p95", "stall ms");
    QList<double> rates;
    QList<qint64> latencies;
    qint64 longestStall = 0;
    double rss = 0;
    bool allThrough = true;
    for (int i = 1; i <= runs; ++i) {
        const Run run = runOnce(server, count, i, plain);
        std::printf("%-4d %10.0f %10lld %10lld %9d %9d %9d %9lld %9lld %8lld\n", i, run.messagesPerSecond,
            run.totalMs, run.handedOverMs, run.received, run.acknowledged, run.encrypted,
            quantile(run.latenciesMs, 0.5), quantile(run.latenciesMs, 0.95), run.longestStallMs);
        std::fflush(stdout);
        allThrough = allThrough && run.totalMs > 0;
        rates.append(run.messagesPerSecond);
        latencies.append(run.latenciesMs);
        longestStall = std::max(longestStall, run.longestStallMs);
        rss = std::max(rss, run.rssMb);
    }
    std::printf("%-52s %10s\n", "figure", "value");
    std::printf("%-52s %10.0f\n", "messages/s, median of the runs", quantile(rates, 0.5));
    std::printf("%-52s %10.0f\n", "messages/s, slowest run", quantile(rates, 0.0));
    std::printf("%-52s %10lld\n", "send to stored at the receiver, median (ms)", quantile(latencies, 0.5));
    std::printf("%-52s %10lld\n", "send to stored at the receiver, p95 (ms)", quantile(latencies, 0.95));
    std::printf("%-52s %10lld\n", "GUI thread's longest stall (ms)", longestStall);
    std::printf("%-52s %10.1f\n", "RSS of both ends at the end (MB)", rss);
    return allThrough ? 0 : 1;
}
