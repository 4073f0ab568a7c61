// SPDX-License-Identifier: GPL-3.0-or-later
// First-login benchmark against a real archive: a test Prosody on loopback whose archive holds N
// messages (default 10,000) between two accounts, kept in its SQL store, then a fresh Isthmus
// store logs in. Prints when the newest page was stored, when the whole archive was, how many
// were stored, the GUI thread's longest stall (a precise 1 ms timer's longest gap) and the CPU it
// took; then a bare QXmpp client paging backwards through the same archive asking for pages of
// 250 (the server may give fewer: Prosody caps a page at 50 unless configured), the server's own
// limit for this walk, and its CPU: what parsing the archive costs before any of our work.
// Prints numbers only. Run: devroot bench archive [N]
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppMamManager.h>
#include <QXmppTask.h>

#include "ArchiveBench.h"
#include "ProsodyServer.h"
#include "SpinAwait.h"
#include "StallMeter.h"
#include "StoredHistory.h"
#include "XmppTestClient.h"
#include "messaging/ArchiveCatchUp.h"
#include "models/AccountsController.h"
#include "models/RootController.h"
#include "session/SessionCore.h"

namespace {
using namespace ArchiveBench;

struct IsthmusRun
{
    qint64 newestPageMs = -1;
    qint64 wholeArchiveMs = -1;
    qint64 stored = 0;
    qint64 longestStallMs = 0;
};

IsthmusRun runIsthmus(const ProsodyServer &server)
{
    QTemporaryDir dir;
    IsthmusRun run;
    RootController session(dir.filePath(QStringLiteral("bench.sqlite")));
    StallMeter stalls;
    QElapsedTimer clock;
    clock.start();
    session.accounts()->login(me, password, server.address(), server.clientPort());
    if (!spinUntil([&] { return session.core()->archiveCatchUp() != nullptr; }, 15000)) {
        return run;
    }
    ArchiveCatchUp *catchUp = session.core()->archiveCatchUp();
    bool backfilled = false;
    QObject::connect(catchUp, &ArchiveCatchUp::backfillFinished, [&] { backfilled = true; });
    bool caughtUp = false;
    QObject::connect(catchUp, &ArchiveCatchUp::finished, [&] { caughtUp = true; });
    if (spinUntil([&] { return caughtUp; }, 30000)) {
        run.newestPageMs = clock.elapsed();
    }
    if (spinUntil([&] { return backfilled; }, 600000)) {
        run.wholeArchiveMs = clock.elapsed();
    }
    run.longestStallMs = stalls.longestMs();
    run.stored = storedHistory(session, peer, 10'000'000).size();
    return run;
}

double processCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;

    ProsodyServer server(ArchiveBench::serverOptions());
    if (!server.start() || !server.createAccount(QStringLiteral("me"), password)
        || !server.createAccount(QStringLiteral("peer"), password)) {
        std::fprintf(stderr, "the test server did not start\n");
        return 1;
    }
    QElapsedTimer seeding;
    seeding.start();
    if (!seed(server, count)) {
        std::fprintf(stderr, "seeding the archive failed\n");
        return 1;
    }
    std::printf(
        "archive: %d messages in Prosody's SQL store, seeded in %.1f s\n", count, seeding.elapsed() / 1000.0);
    std::printf("Isthmus asks: first %d, then %d a page backwards\n", ArchiveCatchUp::firstPageSize,
        ArchiveCatchUp::pageSize);

    // CPU of this process (every thread: the core's database thread too), per walk.
    const double cpuBefore = processCpuSeconds();
    const IsthmusRun isthmus = runIsthmus(server);
    const double cpuIsthmus = processCpuSeconds() - cpuBefore;
    const BareRun bare = runBareClient(server, 250);
    const double cpuBare = processCpuSeconds() - cpuBefore - cpuIsthmus;

    std::printf("%-44s %10s\n", "figure", "value");
    std::printf("%-44s %10lld\n", "Isthmus: newest page stored (ms)", isthmus.newestPageMs);
    std::printf("%-44s %10lld\n", "Isthmus: whole archive stored (ms)", isthmus.wholeArchiveMs);
    std::printf("%-44s %10lld\n", "Isthmus: messages stored", isthmus.stored);
    std::printf("%-44s %10lld\n", "Isthmus: GUI thread's longest stall (ms)", isthmus.longestStallMs);
    std::printf("%-44s %10.2f\n", "Isthmus: CPU, login to whole archive (s)", cpuIsthmus);
    std::printf("%-44s %10lld\n", "bare client, asking 250 a page: whole (ms)", bare.ms);
    std::printf("%-44s %10lld\n", "bare client: messages", bare.messages);
    std::printf("%-44s %10d\n", "bare client: pages", bare.pages);
    std::printf("%-44s %10.2f\n", "bare client: CPU (s)", cpuBare);
    if (bare.ms > 0 && isthmus.wholeArchiveMs > 0) {
        std::printf("%-44s %10.2f\n", "ratio Isthmus / bare client (budget 1.2)",
            double(isthmus.wholeArchiveMs) / double(bare.ms));
    }
    // More than were archived would be a copy stored twice.
    return isthmus.stored == count && bare.messages == count ? 0 : 1;
}
