// SPDX-License-Identifier: GPL-3.0-or-later
// Presence benchmark: a roster of N contacts in one group, then a flood of N presences (as at
// login) through PresenceCache into RosterTreeModel, sorted by name and online first. Prints
// the time per presence and how many model signals the flood caused. Prints numbers only.
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFuture>
#include <QTemporaryDir>
#include <QXmppPresence.h>

#include "SpinAwait.h"
#include "models/RosterTreeModel.h"
#include "roster/ContactFacts.h"
#include "roster/PresenceCache.h"
#include "storage/Database.h"
#include "storage/PresenceStore.h"
#include "storage/RosterStore.h"

namespace {
const QString account = QStringLiteral("me@example.test");

QString jidOf(int i)
{
    return QStringLiteral("contact%1@example.test").arg(i, 5, 10, QLatin1Char('0'));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("contacts"), QStringLiteral("Roster size."), QStringLiteral("n"),
        QStringLiteral("1000") });
    parser.process(app);
    const int contacts = std::max(1, parser.value(QStringLiteral("contacts")).toInt());

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    spinAwait(db.open());
    RosterStore roster(&db);
    QList<RosterItem> items;
    for (int i = 0; i < contacts; ++i) {
        items.append({ jidOf(i), QStringLiteral("Contact %1").arg(i), 3, { QStringLiteral("Friends") } });
    }
    spinAwait(roster.replaceRoster(account, items));

    for (const auto order : { RosterTreeModel::ByName, RosterTreeModel::OnlineFirst }) {
        PresenceStore store(&db);
        PresenceCache cache(&store);
        RosterTreeModel model(&roster, [] { return QStringList { account }; });
        model.setSortOrder(order);
        ContactFacts facts;
        facts.setPresenceCache(&cache);
        model.setContactFacts(&facts);
        while (model.count() < contacts) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        }
        int dataChanged = 0;
        int layoutChanged = 0;
        QElapsedTimer resortTimer;
        double resortMs = 0;
        QObject::connect(&model, &QAbstractItemModel::dataChanged, [&] { ++dataChanged; });
        QObject::connect(&model, &QAbstractItemModel::layoutAboutToBeChanged, [&] { resortTimer.start(); });
        QObject::connect(&model, &QAbstractItemModel::layoutChanged, [&] {
            ++layoutChanged;
            resortMs += double(resortTimer.nsecsElapsed()) / 1e6;
        });
        // Every other contact comes online, in reverse name order (each one moves in "online first").
        QElapsedTimer timer;
        timer.start();
        int sent = 0;
        for (int i = contacts - 1; i >= 0; i -= 2) {
            QXmppPresence presence(QXmppPresence::Available);
            presence.setFrom(jidOf(i) + QStringLiteral("/laptop"));
            presence.setAvailableStatusType(i % 4 == 1 ? QXmppPresence::Away : QXmppPresence::Online);
            cache.handlePresence(account, presence);
            ++sent;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        // The re-sort "online first" does once after the burst (50 ms later).
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 200) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        std::printf("%-12s %6d contacts, %5d presences: %8.2f ms total, %7.1f us each;"
                    " %d dataChanged, %d layoutChanged (inside them: %.2f ms)\n",
            order == RosterTreeModel::ByName ? "by name" : "online first", contacts, sent, ms,
            ms * 1000 / sent, dataChanged, layoutChanged, resortMs);
        spinAwait(db.run([](QSqlDatabase &) { })); // the writes queued by the flood are done
    }
    return 0;
}
