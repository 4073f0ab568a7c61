// SPDX-License-Identifier: GPL-3.0-or-later
// Side by side: Isthmus, Kaidan, Dino and the floor (an empty Kirigami window started like the
// app) one after another in one Xvfb, each from a fresh home folder, clients interleaved run by
// run; then Isthmus logged in to a test Prosody whose archive holds N messages, and a bare QXmpp
// client paging through that archive in the same run. Every window figure comes from
// isthmus-xwatch (X events: the first map, the first draw; /proc: memory and CPU of the process
// tree). Prints medians and the ratios Isthmus/Kaidan, Isthmus/Dino, Isthmus/floor.
//
//   devroot bench sidebyside [--runs 3] [--samples 10,60] [--archive 10000] [--render software|gl]
//                            [--profile DIR]
//
// --profile DIR (written by isthmus-profile-gen) also starts Isthmus on that profile, and then
// reads its memory before and after opening 20 chats (each opened by a second start handing an
// xmpp: address to the running one, as a click on a link does).
//
// Xvfb has no GPU: OpenGL there is Mesa's llvmpipe, which costs every client about 80 MB and
// CPU no user with a graphics card pays. By default every client draws in software instead
// (Qt Quick's software backend, GTK's cairo renderer); --render gl measures the llvmpipe path.
//
// Kaidan and Dino are measured without an account only: neither can be logged in from the
// command line, and writing their private databases would measure our guess of their schema.
#include <algorithm>
#include <cstdio>
#include <map>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include "ArchiveBench.h"
#include "ProsodyServer.h"
#include "ResidentMemory.h"
#include "VirtualDisplay.h"

namespace {
struct Client
{
    QString name;
    QStringList command;
};

using Samples = std::map<QString, QList<double>>; // figure → one value per run

QJsonObject watch(const QString &display, const QString &samples, const Client &client,
    const QStringList &arguments = {}, const QProcessEnvironment &extra = {})
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), display);
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral(".local/state")));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString &key : extra.keys()) {
        environment.insert(key, extra.value(key));
    }
    QProcess watcher;
    watcher.setProcessEnvironment(environment);
    watcher.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/isthmus-xwatch"));
    watcher.setArguments(QStringList { QStringLiteral("--samples"), samples, QStringLiteral("--") }
        + client.command + arguments);
    watcher.setStandardErrorFile(QProcess::nullDevice());
    watcher.start();
    watcher.waitForFinished(-1);
    const QByteArray out = watcher.readAllStandardOutput();
    return QJsonDocument::fromJson(out.mid(out.lastIndexOf('{'))).object();
}

void collect(Samples &into, const QJsonObject &run)
{
    for (auto it = run.begin(); it != run.end(); ++it) {
        if (it.value().isDouble() && it.value().toDouble() >= 0) {
            into[it.key()].append(it.value().toDouble());
        }
    }
}

// Memory of Isthmus on a big profile after start and after opening 20 of its chats.
void openTwentyChats(const QString &display, const QString &isthmus, const QString &profile)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), display);
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setStandardOutputFile(QProcess::nullDevice());
    app.setStandardErrorFile(QProcess::nullDevice());
    app.start(isthmus, { QStringLiteral("--data-dir"), profile });
    if (!app.waitForStarted(10000)) {
        return;
    }
    QThread::sleep(std::chrono::seconds(8));
    const double afterStart = residentMb(app.processId());
    for (int c = 0; c < 20; ++c) {
        QProcess handOver;
        handOver.setProcessEnvironment(environment);
        handOver.start(isthmus,
            { QStringLiteral("--data-dir"), profile,
                QStringLiteral("xmpp:contact%1@example.net").arg(c, 4, 10, QLatin1Char('0')) });
        handOver.waitForFinished(20000);
        QThread::msleep(500);
    }
    QThread::sleep(std::chrono::seconds(3));
    std::printf("profile: RSS after start %.1f MB, after opening 20 chats %.1f MB\n", afterStart,
        residentMb(app.processId()));
    app.terminate();
    app.waitForFinished(5000);
}

double median(QList<double> values)
{
    if (values.isEmpty()) {
        return -1;
    }
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void printTable(const QList<Client> &clients, std::map<QString, Samples> &results, const QStringList &figures)
{
    std::printf("%-18s", "figure");
    for (const Client &client : clients) {
        std::printf(" %11s", qPrintable(client.name));
    }
    for (int i = 1; i < clients.size(); ++i) {
        std::printf(" %11s", qPrintable(QStringLiteral("/") + clients.at(i).name));
    }
    std::printf("\n");
    for (const QString &figure : figures) {
        std::printf("%-18s", qPrintable(figure));
        QList<double> values;
        for (const Client &client : clients) {
            values.append(median(results[client.name][figure]));
            std::printf(" %11.1f", values.last());
        }
        for (int i = 1; i < values.size(); ++i) {
            if (values.first() > 0 && values.at(i) > 0) {
                std::printf(" %11.2f", values.first() / values.at(i));
            } else {
                std::printf(" %11s", "-");
            }
        }
        std::printf("\n");
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("runs per client"), QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"),
        QStringLiteral("seconds at which memory and CPU are read"), QStringLiteral("list"),
        QStringLiteral("10,60"));
    const QCommandLineOption archiveOption(QStringLiteral("archive"),
        QStringLiteral("messages in the logged-in account's archive (0: no logged-in runs)"),
        QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption renderOption(QStringLiteral("render"),
        QStringLiteral("software (Qt Quick software backend, GTK cairo) or gl (llvmpipe)"),
        QStringLiteral("how"), QStringLiteral("software"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QStringLiteral("also start Isthmus on this profile (isthmus-profile-gen)"), QStringLiteral("dir"));
    parser.addOptions({ runsOption, samplesOption, archiveOption, renderOption, profileOption });
    parser.addHelpOption();
    parser.process(app);
    const int runs = parser.value(runsOption).toInt();
    const QString samples = parser.value(samplesOption);
    const int archive = parser.value(archiveOption).toInt();
    if (parser.value(renderOption) == QLatin1String("software")) {
        qputenv("QT_QUICK_BACKEND", "software");
        qputenv("GSK_RENDERER", "cairo");
    }

    VirtualDisplay display;
    if (!display.start()) {
        std::fprintf(stderr, "Xvfb did not start\n");
        return 1;
    }
    const QString bin = QCoreApplication::applicationDirPath();
    // ISTHMUS_BENCH_WRAPPER="heaptrack -o /src/build/sidebyside": Isthmus under a memory profiler
    // (its figures are then the wrapper's process tree).
    const QString isthmus = bin + QStringLiteral("/isthmus");
    QList<Client> clients { { QStringLiteral("Isthmus"),
        qEnvironmentVariable("ISTHMUS_BENCH_WRAPPER").split(u' ', Qt::SkipEmptyParts) << isthmus } };
    for (const QString &peer : { QStringLiteral("kaidan"), QStringLiteral("dino") }) {
        const QString path = QStandardPaths::findExecutable(peer);
        if (!path.isEmpty()) {
            QString name = peer;
            name[0] = name.at(0).toUpper();
            clients.append({ name, { path } });
        } else {
            std::printf("%s is not installed: its column is left out\n", qPrintable(peer));
        }
    }
    clients.append({ QStringLiteral("floor"), { bin + QStringLiteral("/isthmus-bench-floor") } });

    std::printf(
        "no account: %d runs per client, interleaved; memory and CPU at %s s\n", runs, qPrintable(samples));
    std::map<QString, Samples> noAccount;
    for (int run = 0; run < runs; ++run) {
        for (const Client &client : clients) {
            collect(noAccount[client.name], watch(display.display(), samples, client));
        }
    }
    QStringList figures { QStringLiteral("mapped_ms"), QStringLiteral("first_frame_ms") };
    for (const QString &second : samples.split(QLatin1Char(','))) {
        figures << QStringLiteral("rss_mb_") + second << QStringLiteral("anon_mb_") + second
                << QStringLiteral("cpu_s_") + second;
    }
    printTable(clients, noAccount, figures);

    if (parser.isSet(profileOption)) {
        const QString profile = QDir(parser.value(profileOption)).absolutePath();
        std::printf("\non the profile %s: %d runs\n", qPrintable(profile), runs);
        std::map<QString, Samples> onProfile;
        for (int run = 0; run < runs; ++run) {
            collect(onProfile[clients.first().name],
                watch(
                    display.display(), samples, clients.first(), { QStringLiteral("--data-dir"), profile }));
        }
        printTable({ clients.first() }, onProfile, figures);
        openTwentyChats(display.display(), isthmus, profile);
    }

    if (archive <= 0) {
        return 0;
    }
    ProsodyServer server(ArchiveBench::serverOptions());
    if (!server.start() || !server.createAccount(QStringLiteral("me"), ArchiveBench::password)
        || !server.createAccount(QStringLiteral("peer"), ArchiveBench::password)
        || !ArchiveBench::seed(server, archive)) {
        std::fprintf(stderr, "the test server did not start or its archive was not seeded\n");
        return 1;
    }
    std::printf("\nlogged in as an account whose archive holds %d messages: %d runs\n", archive, runs);
    QProcessEnvironment password;
    password.insert(QStringLiteral("ISTHMUS_PASSWORD"), ArchiveBench::password);
    std::map<QString, Samples> loggedIn;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir data;
        collect(loggedIn[clients.first().name],
            watch(display.display(), samples, clients.first(),
                { QStringLiteral("--data-dir"), data.path(), QStringLiteral("--jid"), ArchiveBench::me,
                    QStringLiteral("--host"), server.address(), QStringLiteral("--port"),
                    QString::number(server.clientPort()) },
                password));
    }
    printTable({ clients.first() }, loggedIn, figures);
    const ArchiveBench::BareRun bare = ArchiveBench::runBareClient(server, 250);
    std::printf(
        "bare QXmpp client paging the same archive, 250 asked a page: %lld ms, %lld messages, %d pages\n",
        bare.ms, bare.messages, bare.pages);
    return 0;
}
