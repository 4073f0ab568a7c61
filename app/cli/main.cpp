// SPDX-License-Identifier: GPL-3.0-or-later
// isthmus-cli: the Isthmus core without a window, for scripts, bots and tests.
#include <csignal>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>

#include "CommandLineClient.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("isthmus"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("isthmus.im"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ISTHMUS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Isthmus from the command line. Output: one JSON object per line.\n"
        "The password is read from the ISTHMUS_PASSWORD environment variable.\n\n"
        "Commands:\n"
        "  send <to> <text> [id]  send a message; with an id, repeating the command sends it once\n"
        "  listen                 print incoming messages until interrupted\n"
        "  chats                  list chats, most recent first\n"
        "  search <words>         search all history\n"
        "  export <jid>           print a whole chat, oldest first"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jidOption(
        QStringLiteral("jid"), QStringLiteral("The account."), QStringLiteral("jid"));
    const QCommandLineOption hostOption(
        QStringLiteral("host"), QStringLiteral("Server host."), QStringLiteral("host"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("Server port."), QStringLiteral("port"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"),
        QStringLiteral("Where the database is (default: the app's)."), QStringLiteral("dir"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Seconds to wait for the connection (default 30)."), QStringLiteral("s"),
        QStringLiteral("30"));
    parser.addOptions({ jidOption, hostOption, portOption, dataOption, timeoutOption });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    parser.process(app);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        parser.showHelp(2);
    }
    CommandLineClient::Options options;
    options.jid = parser.value(jidOption);
    options.password = qEnvironmentVariable("ISTHMUS_PASSWORD");
    options.host = parser.value(hostOption);
    options.port = parser.value(portOption).toInt();
    options.timeoutMs = parser.value(timeoutOption).toInt() * 1000;
    const QString dataDir = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    options.databasePath = QDir(dataDir).filePath(QStringLiteral("isthmus.sqlite"));

    // Ctrl+C ends `listen` cleanly (the database is closed, nothing half-written). The handler
    // only sets a flag: nothing else is safe inside a signal handler.
    static volatile std::sig_atomic_t interrupted = 0;
    std::signal(SIGINT, [](int) { interrupted = 1; });
    std::signal(SIGTERM, [](int) { interrupted = 1; });
    QTimer interruptCheck;
    QObject::connect(&interruptCheck, &QTimer::timeout, &app, [] {
        if (interrupted) {
            QCoreApplication::quit();
        }
    });
    interruptCheck.start(100);

    CommandLineClient client(options);
    QObject::connect(
        &client, &CommandLineClient::finished, &app, [](int code) { QCoreApplication::exit(code); });
    // From inside the event loop: a command that fails at once must still reach exit().
    QTimer::singleShot(0, &client, [&client, positional] { client.run(positional.first(), positional.mid(1)); });
    return QCoreApplication::exec();
}
