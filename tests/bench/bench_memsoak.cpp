// SPDX-License-Identifier: GPL-3.0-or-later
// Memory over a long stream of incoming messages: the app (under an Xvfb of its own, drawing in
// software as in the side-by-side runner) logged in to a test Prosody, one of its chats open,
// while C contacts send it a message every I ms for M minutes. Reads the app's resident memory
// every minute and prints it with the messages sent so far; then how much it grew after the
// first two minutes (start-up, the first page of each new chat) and the messages the app stored.
// The budget is no growth: a message in the store is not a message in memory.
//
//   devroot bench memsoak [--minutes 30] [--interval 500] [--contacts 20]
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppMessage.h>

#include "ArchiveBench.h"
#include "ProsodyServer.h"
#include "ResidentMemory.h"
#include "VirtualDisplay.h"
#include "XmppTestClient.h"

namespace {
const QString password = QStringLiteral("bench-password");
const QString me = QStringLiteral("me@example.test");

qint64 storedIncoming(const QString &databasePath)
{
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("memsoak"));
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT count(*) FROM messages WHERE outgoing = 0"), db);
            if (query.next()) {
                count = query.value(0).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("memsoak"));
    return count;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption minutesOption(
        QStringLiteral("minutes"), QStringLiteral("how long"), QStringLiteral("m"), QStringLiteral("30"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
        QStringLiteral("ms between two incoming messages"), QStringLiteral("ms"), QStringLiteral("500"));
    const QCommandLineOption contactsOption(QStringLiteral("contacts"),
        QStringLiteral("contacts sending, in turn"), QStringLiteral("n"), QStringLiteral("20"));
    parser.addOptions({ minutesOption, intervalOption, contactsOption });
    parser.addHelpOption();
    parser.process(app);
    const int minutes = parser.value(minutesOption).toInt();
    const int interval = parser.value(intervalOption).toInt();
    const int contacts = parser.value(contactsOption).toInt();
    qputenv("QT_QUICK_BACKEND", "software");

    VirtualDisplay display;
    ProsodyServer server;
    if (!display.start() || !server.start() || !server.createAccount(QStringLiteral("me"), password)) {
        std::fprintf(stderr, "Xvfb or the test server did not start\n");
        return 1;
    }
    std::vector<std::unique_ptr<XmppTestClient>> senders;
    for (int c = 0; c < contacts; ++c) {
        const QString name = QStringLiteral("contact%1").arg(c, 2, 10, QLatin1Char('0'));
        auto sender = std::make_unique<XmppTestClient>();
        if (!server.createAccount(name, password)
            || !sender->connectTo(
                name + QStringLiteral("@example.test"), password, server.address(), server.clientPort())) {
            std::fprintf(stderr, "contact %d did not connect\n", c);
            return 1;
        }
        senders.push_back(std::move(sender));
    }

    QTemporaryDir data;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), display.display());
    environment.insert(QStringLiteral("HOME"), data.path());
    environment.insert(QStringLiteral("ISTHMUS_PASSWORD"), password);
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const QString isthmus = QCoreApplication::applicationDirPath() + QStringLiteral("/isthmus");
    const QStringList account { QStringLiteral("--data-dir"), data.path(), QStringLiteral("--jid"), me,
        QStringLiteral("--host"), server.address(), QStringLiteral("--port"),
        QString::number(server.clientPort()) };
    QProcess client;
    client.setProcessEnvironment(environment);
    client.setStandardOutputFile(QProcess::nullDevice());
    client.setStandardErrorFile(data.filePath(QStringLiteral("app.log")));
    // ISTHMUS_BENCH_WRAPPER="heaptrack -o /src/build/memsoak": the app under a memory profiler
    // (the RSS column is then the wrapper's).
    const QStringList wrapper = qEnvironmentVariable("ISTHMUS_BENCH_WRAPPER").split(u' ', Qt::SkipEmptyParts);
    if (wrapper.isEmpty()) {
        client.start(isthmus, account);
    } else {
        client.start(wrapper.first(), wrapper.mid(1) + QStringList { isthmus } + account);
    }
    if (!client.waitForStarted(10000)) {
        std::fprintf(stderr, "the app did not start\n");
        return 1;
    }
    ArchiveBench::spinUntil([] { return false; }, 15000); // logged in, caught up

    // One chat open, as a user keeps one: a second start hands the address to the running app.
    QProcess handOver;
    handOver.setProcessEnvironment(environment);
    handOver.start(isthmus,
        { QStringLiteral("--data-dir"), data.path(), QStringLiteral("xmpp:contact00@example.test") });
    handOver.waitForFinished(20000);

    int sent = 0;
    QTimer sending;
    QObject::connect(&sending, &QTimer::timeout, [&] {
        XmppTestClient &from = *senders.at(std::size_t(sent % contacts));
        // Lengths as people write: mostly a line, now and then a paragraph.
        const QString body = QStringLiteral("%1 ").arg(sent, 7, 10, QLatin1Char('0'))
            + QStringLiteral("word ").repeated(sent % 17 == 0 ? 60 : 1 + sent % 9);
        from.client()->sendPacket(QXmppMessage(from.client()->configuration().jidBare(), me, body));
        ++sent;
    });
    sending.start(interval);

    std::printf(
        "%d contacts send a message every %d ms for %d min; one chat open\n", contacts, interval, minutes);
    std::printf("%6s %10s %10s\n", "minute", "sent", "RSS MB");
    QList<double> rss;
    for (int minute = 0; minute <= minutes; ++minute) {
        if (minute > 0) {
            ArchiveBench::spinUntil([&] { return client.state() == QProcess::NotRunning; }, 60000);
        }
        if (client.state() == QProcess::NotRunning) {
            std::printf("the app %s (code %d) in minute %d; its log ends:\n",
                client.exitStatus() == QProcess::CrashExit ? "crashed" : "exited", client.exitCode(), minute);
            QFile log(data.filePath(QStringLiteral("app.log")));
            if (log.open(QIODevice::ReadOnly)) {
                const QList<QByteArray> lines = log.readAll().split('\n');
                for (qsizetype i = std::max<qsizetype>(0, lines.size() - 200); i < lines.size(); ++i) {
                    std::printf("  %s\n", lines.at(i).constData());
                }
            }
            return 1;
        }
        rss.append(residentMb(client.processId()));
        std::printf("%6d %10d %10.1f\n", minute, sent, rss.last());
        std::fflush(stdout);
    }
    sending.stop();
    // Until the last is stored (2 min at most): under load the app may be a little behind.
    QElapsedTimer draining;
    draining.start();
    const QString database = data.filePath(QStringLiteral("isthmus.sqlite"));
    while (storedIncoming(database) < sent && draining.elapsed() < 120000) {
        ArchiveBench::spinUntil([] { return false; }, 500);
    }
    const qint64 drainMs = draining.elapsed();
    client.terminate();
    client.waitForFinished(15000);

    const double settled = rss.value(std::min<qsizetype>(2, rss.size() - 1));
    std::printf("%-48s %10.1f\n", "RSS after 2 min (MB)", settled);
    std::printf("%-48s %10.1f\n", "RSS at the end (MB)", rss.last());
    std::printf("%-48s %10.1f\n", "growth after 2 min (MB, budget 0)", rss.last() - settled);
    if (minutes > 2) {
        std::printf("%-48s %10.1f\n", "growth per hour (MB)", (rss.last() - settled) * 60.0 / (minutes - 2));
    }
    std::printf("%-48s %10d\n", "messages sent", sent);
    std::printf("%-48s %10lld\n", "messages the app stored", storedIncoming(database));
    std::printf("%-48s %10lld\n", "time to store the last after sending (ms)", drainMs);
    return 0;
}
