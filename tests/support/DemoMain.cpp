// SPDX-License-Identifier: GPL-3.0-or-later
// isthmus-demo: starts a local Prosody with demo accounts and history, then opens the app
// logged in. With --screenshot it saves a picture and exits (for machines without a display).
// Any argument it does not know goes to the app; with --jid the app opens that account instead.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "AppProcess.h"
#include "DemoSeeder.h"
#include "ProsodyServer.h"

namespace {
void say(const QString &text)
{
    std::fprintf(stderr, "[demo] %s\n", qPrintable(text));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Runs Isthmus against a local demo server."));
    parser.addHelpOption();
    const QCommandLineOption appOption(
        QStringLiteral("app"), QStringLiteral("The Isthmus executable."), QStringLiteral("path"));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save a screenshot to <png> once the demo conversation is shown, then quit."),
        QStringLiteral("png"));
    parser.addOptions({ appOption, shotOption });
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp();
    }
    const QString appPath = parser.value(appOption);
    const QStringList passThrough = parser.positionalArguments() + parser.unknownOptionNames();

    // A real account was asked for: no demo server, just the app.
    if (QCoreApplication::arguments().contains(QStringLiteral("--jid"))) {
        QStringList args = QCoreApplication::arguments().mid(1);
        for (const QString &own : { QStringLiteral("--app"), QStringLiteral("--screenshot") }) {
            const qsizetype at = args.indexOf(own);
            if (at >= 0) {
                args.remove(at, 2);
            }
        }
        return QProcess::execute(appPath, args);
    }

    ProsodyServer server;
    if (!server.start()) {
        say(QStringLiteral("the demo server did not start: %1").arg(server.error()));
        return 1;
    }
    say(QStringLiteral("demo server: %1 on %2:%3")
            .arg(server.domain(), server.address())
            .arg(server.clientPort()));
    DemoSeeder seeder(server);
    if (!seeder.prepare()) {
        say(QStringLiteral("seeding failed: %1").arg(seeder.error()));
        return 1;
    }

    QTemporaryDir dataDir;
    AppProcess isthmus(appPath, dataDir.path());
    if (!isthmus.start(DemoSeeder::demoJid, DemoSeeder::demoPassword, server.address(), server.clientPort(),
            { QStringLiteral("xmpp:alice@example.test") })) {
        say(QStringLiteral("the app did not start"));
        return 1;
    }
    say(QStringLiteral("logged in as %1 (password \"%2\")")
            .arg(DemoSeeder::demoJid, DemoSeeder::demoPassword));
    // The app stored the roster: it is connected and will see the conversation.
    if (!isthmus.waitForValue(
            QStringLiteral("SELECT count(*) FROM roster_items"), DemoSeeder::contactCount, 30000)) {
        say(QStringLiteral("the app did not connect; its output:\n%1").arg(isthmus.output()));
        return 1;
    }
    if (!seeder.converse()) {
        say(QStringLiteral("writing the demo conversation failed: %1").arg(seeder.error()));
    }
    if (!seeder.goOnline()) {
        say(QStringLiteral("the demo contacts could not go online: %1").arg(seeder.error()));
    }
    isthmus.waitForValue(QStringLiteral("SELECT count(*) FROM messages"), DemoSeeder::messageCount(), 15000);

    if (parser.isSet(shotOption)) {
        QTest::qWait(1500); // let the last message render
        const QString path = QFileInfo(parser.value(shotOption)).absoluteFilePath();
        if (!AppProcess::screenshot(path)) {
            say(QStringLiteral("could not take a screenshot"));
            return 1;
        }
        say(QStringLiteral("screenshot saved: %1").arg(path));
        isthmus.stop();
        return 0;
    }
    say(QStringLiteral("close the window to stop the demo"));
    isthmus.waitForExit();
    return 0;
}
