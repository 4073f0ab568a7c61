// SPDX-License-Identifier: GPL-3.0-or-later
// OMEMO benchmark (issue 11), both versions: encrypting one message for 1 and for 10 recipient
// devices (sessions already built), and decrypting a run of N messages one after another as a
// catch-up would (messages/s and the longest single decryption, which is what the GUI thread
// waits for while the receive stages are synchronous). Prints numbers only.
// Run: devroot shell bash -c '/src/build/devroot/bin/isthmus-bench-omemo [--messages N]'
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include "SpinAwait.h"
#include "omemo/OmemoEngine.h"
#include "omemo/OmemoMessageCipher.h"
#include "storage/AccountRows.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace {
QString jidOf(int i)
{
    return QStringLiteral("device%1@example.test").arg(i);
}

std::shared_ptr<OmemoEngine> makeEngine(QSqlDatabase &db, const QString &jid)
{
    auto engine = std::make_shared<OmemoEngine>(db, AccountRows::accountId(db, jid));
    engine->setUp();
    return engine;
}

void run(QSqlDatabase &db, OmemoVersion version, int messages)
{
    const char *name = version == OmemoVersion::Legacy ? "legacy" : "OMEMO 2";
    const QString senderJid = QStringLiteral("sender-%1@example.test").arg(int(version));
    auto sender = makeEngine(db, senderJid);
    std::vector<std::shared_ptr<OmemoEngine>> recipients;
    QList<OmemoMessageCipher::Device> devices;
    for (int i = 0; i < 10; ++i) {
        const QString jid = jidOf(i + 10 * int(version));
        recipients.push_back(makeEngine(db, jid));
        sender->buildSession(
            version, jid, recipients.back()->deviceId(), recipients.back()->ownBundle(version));
        devices.append({ jid, recipients.back()->deviceId() });
    }
    for (int count : { 1, 10 }) {
        const auto targets = devices.mid(0, count);
        QElapsedTimer timer;
        timer.start();
        const int rounds = 200;
        for (int r = 0; r < rounds; ++r) {
            OmemoMessageCipher::encrypt(
                *sender, version, targets, QStringLiteral("a benchmark message"), senderJid, jidOf(0));
        }
        std::printf("%-8s encrypt for %2d device(s): %.3f ms per message (%d messages)\n", name, count,
            double(timer.nsecsElapsed()) / 1e6 / rounds, rounds);
    }
    // A catch-up: N messages to one device, decrypted in order. The first is the key exchange.
    QList<OmemoElement> sent;
    for (int i = 0; i < messages; ++i) {
        sent.append(OmemoMessageCipher::encrypt(
            *sender, version, { devices[0] }, QStringLiteral("catch-up %1").arg(i), senderJid, devices[0].jid)
                .element);
    }
    QElapsedTimer total;
    total.start();
    qint64 longest = 0;
    for (const OmemoElement &element : sent) {
        QElapsedTimer one;
        one.start();
        OmemoMessageCipher::decrypt(*recipients[0], element, devices[0].jid, senderJid);
        longest = std::max(longest, one.nsecsElapsed());
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::printf("%-8s decrypt %d messages: %.0f messages/s, longest single decryption %.2f ms\n", name,
        messages, messages / seconds, double(longest) / 1e6);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("messages"), QStringLiteral("Messages to decrypt."),
        QStringLiteral("n"), QStringLiteral("1000") });
    parser.process(app);
    const int messages = std::max(1, parser.value(QStringLiteral("messages")).toInt());
    QTemporaryDir dir;
    Database database(dir.filePath(QStringLiteral("bench.sqlite")));
    spinAwait(database.open());
    // On the database thread, as in the app: the store callbacks are SQL there.
    spinAwait(database.run([messages](QSqlDatabase &db) {
        for (OmemoVersion version : { OmemoVersion::Legacy, OmemoVersion::Omemo2 }) {
            run(db, version, messages);
        }
        return 0;
    }));
    return 0;
}
