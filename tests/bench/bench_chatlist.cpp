// SPDX-License-Identifier: GPL-3.0-or-later
// Chat-list benchmark: N chats (default 300) in the recent-chats list behind the filter proxy
// the pages use, then incoming messages one at a time, each to the chat at the bottom of the
// list (so it has to come to the top). For each message: the time from the store's commit
// until the list shows it, and what the model emitted (resets, moves, inserts, changed rows).
// Prints numbers only.
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFuture>
#include <QTemporaryDir>

#include "IncomingMessage.h"
#include "SpinAwait.h"
#include "models/ChatFilterModel.h"
#include "models/ChatListModel.h"
#include "storage/ChatStore.h"
#include "storage/Database.h"
#include "storage/MessageStore.h"

namespace {
const QString account = QStringLiteral("me@example.test");
const qint64 start = 1'700'000'000'000;

QString jidOf(int i)
{
    return QStringLiteral("peer%1@example.test").arg(i, 4, 10, QLatin1Char('0'));
}

// What the model emitted for one message; "rows touched" counts every row a view must look at
// again: all of them for a reset, the moved, inserted and changed ones otherwise (a row that
// moved and changed counts twice).
struct Signals
{
    int resets = 0;
    int moves = 0;
    int inserts = 0;
    int dataChanged = 0;
    int layouts = 0;
    int rowsTouched = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

double p95(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, values.size() * 95 / 100));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("chats"), QStringLiteral("Chats in the list."), QStringLiteral("n"),
        QStringLiteral("300") });
    parser.addOption({ QStringLiteral("messages"), QStringLiteral("Incoming messages timed."),
        QStringLiteral("n"), QStringLiteral("100") });
    parser.process(app);
    const int chats = std::max(2, parser.value(QStringLiteral("chats")).toInt());
    const int messages = std::max(1, parser.value(QStringLiteral("messages")).toInt());

    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("bench.sqlite")));
    spinAwait(db.open());
    MessageStore store(&db);
    // One message per chat, one transaction: chat i was last active at start + i.
    QList<Message> page;
    for (int i = 0; i < chats; ++i) {
        page.append(incomingMessage(account, jidOf(i), QStringLiteral("hello %1").arg(i), start + i * 1000));
    }
    spinAwait(store.addArchivePage(account, account, page, {}));

    ChatStore rows(&db, &store);
    ChatListModel model(&rows, &store);
    ChatFilterModel filter; // as the quick switcher and ChatListPage (shown while filtering) hold it
    filter.setSourceModel(&model);
    while (model.count() < chats) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }

    Signals counts;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] {
        ++counts.resets;
        counts.rowsTouched += model.rowCount();
    });
    QObject::connect(&model, &QAbstractItemModel::rowsMoved, [&](const QModelIndex &, int first, int last) {
        ++counts.moves;
        counts.rowsTouched += last - first + 1;
    });
    QObject::connect(
        &model, &QAbstractItemModel::rowsInserted, [&](const QModelIndex &, int first, int last) {
            ++counts.inserts;
            counts.rowsTouched += last - first + 1;
        });
    QObject::connect(
        &model, &QAbstractItemModel::dataChanged, [&](const QModelIndex &from, const QModelIndex &to) {
            ++counts.dataChanged;
            counts.rowsTouched += to.row() - from.row() + 1;
        });
    QObject::connect(&model, &QAbstractItemModel::layoutChanged, [&] { ++counts.layouts; });
    // The time from the model's first "about to" signal of an update to its last signal: what the
    // filter proxy (connected before these) does to follow the change. A view would add its own.
    QElapsedTimer inUpdate;
    double updateMs = 0;
    QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, [&] { inUpdate.start(); });
    QObject::connect(&model, &QAbstractItemModel::layoutAboutToBeChanged, [&] { inUpdate.start(); });
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeMoved, [&] { inUpdate.start(); });
    QObject::connect(&model, &QAbstractItemModel::rowsAboutToBeInserted, [&] { inUpdate.start(); });
    auto updateEnded = [&] {
        if (inUpdate.isValid()) {
            updateMs = double(inUpdate.nsecsElapsed()) / 1e6;
        }
    };
    QObject::connect(&model, &QAbstractItemModel::modelReset, updateEnded);
    QObject::connect(&model, &QAbstractItemModel::layoutChanged, updateEnded);
    QObject::connect(&model, &QAbstractItemModel::rowsMoved, updateEnded);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, updateEnded);
    QObject::connect(&model, &QAbstractItemModel::dataChanged, updateEnded);

    // Commit: when the store's continuation announces the stored row on the GUI thread, which
    // is the first moment anything outside the database thread can know of it.
    QElapsedTimer sinceCommit;
    QObject::connect(&store, &MessageStore::messageAdded, [&] { sinceCommit.start(); });

    QList<double> commitToModel;
    QList<double> sendToModel;
    QList<double> insideUpdate;
    qint64 now = start + qint64(chats) * 1000;
    bool ordered = true;
    for (int i = 0; i < messages; ++i) {
        // The bottom row is the chat that waited longest; its message takes it to the top.
        const QString peer = model.index(model.rowCount() - 1).data(ChatListModel::JidRole).toString();
        const QString body = QStringLiteral("message %1").arg(i);
        now += 1000;
        QElapsedTimer sinceSend;
        sinceSend.start();
        store.addMessage(incomingMessage(account, peer, body, now));
        inUpdate.invalidate();
        updateMs = 0;
        const QModelIndex top = model.index(0);
        while (top.data(ChatListModel::LastMessageRole).toString() != body
            || top.data(ChatListModel::JidRole).toString() != peer) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
        }
        commitToModel.append(double(sinceCommit.nsecsElapsed()) / 1e6);
        sendToModel.append(double(sinceSend.nsecsElapsed()) / 1e6);
        // Let the rest of the update land before the next message (nothing should come).
        spinAwait(db.run([](QSqlDatabase &) { }));
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        insideUpdate.append(updateMs);
        ordered = ordered && filter.rowCount() == chats
            && filter.index(0, 0).data(ChatListModel::JidRole).toString() == peer;
    }
    // The list must still be newest first.
    for (int row = 1; row < model.rowCount(); ++row) {
        ordered = ordered
            && model.index(row - 1).data(ChatListModel::LastActivityRole).toDateTime()
                >= model.index(row).data(ChatListModel::LastActivityRole).toDateTime();
    }

    const double n = messages;
    std::printf("chat list, %d chats, %d incoming messages (each to the bottom chat):\n", chats, messages);
    std::printf("  commit -> model updated: median %.3f ms, p95 %.3f ms\n", median(commitToModel),
        p95(commitToModel));
    std::printf("  addMessage -> model updated: median %.3f ms, p95 %.3f ms\n", median(sendToModel),
        p95(sendToModel));
    std::printf("  inside the model's update signals (with the filter proxy): median %.3f ms, p95 %.3f ms\n",
        median(insideUpdate), p95(insideUpdate));
    std::printf("  per message: %.2f resets, %.2f moves, %.2f inserts, %.2f dataChanged, %.2f layoutChanged,"
                " %.1f rows touched (a row moved and changed counts twice)\n",
        counts.resets / n, counts.moves / n, counts.inserts / n, counts.dataChanged / n, counts.layouts / n,
        counts.rowsTouched / n);
    std::printf("  order after the run: %s\n", ordered ? "right" : "WRONG");
    return ordered ? 0 : 1;
}
