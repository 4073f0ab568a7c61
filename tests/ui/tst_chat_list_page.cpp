// SPDX-License-Identifier: GPL-3.0-or-later
// The recent-chats page in-process (offscreen) over a real store: a message to the chat at the
// bottom brings it to the top without rebuilding the other rows (issue 14: behind the filter
// proxy every incoming message reset the list, and the soak's memory grew with the bindings the
// rebuilt rows made), and the filter still narrows the list and gives it back.
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "IncomingMessage.h"
#include "QuickItemTree.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/MessageStore.h"

Q_IMPORT_QML_PLUGIN(Isthmus_CorePlugin)
Q_IMPORT_QML_PLUGIN(IsthmusPlugin)

namespace {
const QString alice = QStringLiteral("alice@example.test");
const QStringList peers { QStringLiteral("bob@example.test"), QStringLiteral("carol@example.test"),
    QStringLiteral("dan@example.test"), QStringLiteral("erin@example.test"),
    QStringLiteral("frank@example.test") };

// The list's rows as they are drawn, by chat address (a row is the delegate with the chat's
// required properties).
QHash<QString, QQuickItem *> rowsByJid(QQuickWindow *window)
{
    QHash<QString, QQuickItem *> rows;
    const auto items = itemsBelow(window->contentItem());
    for (QQuickItem *item : items) {
        if (item->property("lastMessage").isValid() && item->property("chatId").isValid()
            && item->isVisible())
            rows.insert(item->property("jid").toString(), item);
    }
    return rows;
}
} // namespace

class ChatListPageTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<RootController> m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    qint64 m_time = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("org.kde.desktop"));
        m_session = std::make_unique<RootController>(m_dir.filePath(QStringLiteral("chats.sqlite")));
        m_time = QDateTime::currentMSecsSinceEpoch() - 600000;
        // Bob's chat is the oldest, so the bottom row; Frank's the newest.
        for (const QString &peer : peers) {
            m_time += 1000;
            QVERIFY(awaitResult(m_session->core()->messageStore()->addMessage(
                incomingMessage(alice, peer, QStringLiteral("hello from ") + peer, m_time, peer))));
        }
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->rootContext()->setContextProperty(QStringLiteral("theControllers"), m_session.get());
        m_engine->loadData(
            QByteArrayLiteral("import QtQuick\n"
                              "import QtQuick.Controls\n"
                              "import Isthmus\n"
                              "ApplicationWindow {\n"
                              "    width: 500; height: 700; visible: true\n"
                              "    ChatListPage { anchors.fill: parent; controllers: theControllers }\n"
                              "}\n"));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_COMPARE(rowsByJid(m_window).size(), peers.size());
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_session.reset();
    }

    // Fails with the filter proxy as the list's model: the move arrived as a layout change and
    // every row was made anew (the old ones deleted).
    void aMessageMovesItsChatUpWithoutRebuildingTheRows()
    {
        QHash<QString, QPointer<QQuickItem>> before;
        const auto rows = rowsByJid(m_window);
        for (auto it = rows.begin(); it != rows.end(); ++it)
            before.insert(it.key(), it.value());
        QVERIFY(before.value(peers.first())->y() > before.value(peers.last())->y());

        m_time += 1000;
        QVERIFY(awaitResult(m_session->core()->messageStore()->addMessage(incomingMessage(
            alice, peers.first(), QStringLiteral("Bob again"), m_time, QStringLiteral("again")))));
        QTRY_COMPARE(rowsByJid(m_window).value(peers.first())->property("lastMessage").toString(),
            QStringLiteral("Bob again"));
        QTRY_VERIFY(
            rowsByJid(m_window).value(peers.first())->y() < rowsByJid(m_window).value(peers.last())->y());
        QTest::qWait(200); // deleteLater of rows a reset would have dropped
        for (const QString &peer : peers) {
            QVERIFY2(
                before.value(peer), qPrintable(peer + QStringLiteral("'s row was deleted and made anew")));
            QCOMPARE(rowsByJid(m_window).value(peer), before.value(peer).data());
        }
    }

    void theFilterNarrowsTheListAndGivesItBack()
    {
        QQuickItem *field = nullptr;
        for (QQuickItem *item : itemsBelow(m_window->contentItem())) {
            if (item->objectName() == QStringLiteral("chatFilter"))
                field = item;
        }
        QVERIFY(field);
        field->setProperty("text", QStringLiteral("CAROL"));
        QTRY_COMPARE(rowsByJid(m_window).keys(), QStringList { QStringLiteral("carol@example.test") });
        field->setProperty("text", QString());
        QTRY_COMPARE(rowsByJid(m_window).size(), peers.size());
    }
};

QTEST_MAIN(ChatListPageTest)
#include "tst_chat_list_page.moc"
