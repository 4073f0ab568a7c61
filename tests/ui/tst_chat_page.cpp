// SPDX-License-Identifier: GPL-3.0-or-later
// The chat page in-process (offscreen) over a store seeded the way peers' stanzas leave it
// (issue 15): delivered looks different from sent, Reply leaves the keyboard in the composer,
// the reply banner toggles without a binding loop, reaction emoji are colour emoji at the text's
// size, a line stands for content we cannot show, and a retracted reply shows no quote.
#include <QDir>
#include <QFileInfo>
#include <QFontMetrics>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include "AwaitFuture.h"
#include "QuickItemTree.h"
#include "ScreenshotCheck.h"
#include "models/ChatListModel.h"
#include "models/ChatsController.h"
#include "models/MessageListModel.h"
#include "models/RootController.h"
#include "session/SessionCore.h"
#include "storage/MessageAmendments.h"
#include "storage/MessageStore.h"

Q_IMPORT_QML_PLUGIN(Isthmus_CorePlugin)
Q_IMPORT_QML_PLUGIN(IsthmusPlugin)

namespace {
const QString alice = QStringLiteral("alice@example.test");
const QString bob = QStringLiteral("bob@example.test");

QList<QQuickItem *> named(QQuickWindow *window, const QString &objectName, bool visibleOnly = true)
{
    QList<QQuickItem *> found;
    const auto items = itemsBelow(window->contentItem());
    for (QQuickItem *item : items) {
        if (item->objectName() == objectName && (!visibleOnly || item->isVisible()))
            found.append(item);
    }
    return found;
}

// Every message menu of the window: the chat page's one (MessageActions), never one per bubble.
QList<QObject *> messageMenus(QQuickWindow *window)
{
    QList<QObject *> menus;
    for (QQuickItem *actions : named(window, QStringLiteral("messageActions"), false))
        menus.append(actions->findChildren<QObject *>(QStringLiteral("messageMenu")));
    for (QQuickItem *item : itemsBelow(window->contentItem()))
        if (QString::fromLatin1(item->metaObject()->className()).startsWith(QLatin1String("MessageBubble")))
            menus.append(item->findChildren<QObject *>(QStringLiteral("messageMenu")));
    return menus;
}

Message message(const QString &body, bool outgoing, qint64 timestamp, const QString &id,
    MessageState state = MessageState::Received)
{
    Message m;
    m.account = alice;
    m.chatJid = bob;
    m.sender = outgoing ? alice : bob;
    m.outgoing = outgoing;
    m.body = body;
    m.timestamp = timestamp;
    m.originId = id;
    m.messageId = id;
    m.state = outgoing ? state : MessageState::Received;
    return m;
}

QStringList bindingLoops;
QtMessageHandler previousHandler = nullptr;
void watchForBindingLoops(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (text.contains(QLatin1String("Binding loop")))
        bindingLoops.append(text);
    previousHandler(type, context, text);
}
} // namespace

class ChatPageTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<RootController> m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("org.kde.desktop"));
        previousHandler = qInstallMessageHandler(watchForBindingLoops);
        m_session = std::make_unique<RootController>(m_dir.filePath(QStringLiteral("chat.sqlite")));
        MessageStore *store = m_session->core()->messageStore();
        const qint64 t = QDateTime::currentMSecsSinceEpoch() - 60000;
        QVERIFY(awaitResult(
            store->addMessage(message(QStringLiteral("Lunch at noon?"), false, t, QStringLiteral("b1")))));
        QVERIFY(awaitResult(store->addMessage(message(QStringLiteral("Sent, not delivered"), true, t + 1000,
            QStringLiteral("a1"), MessageState::Sent))));
        QVERIFY(awaitResult(store->addMessage(message(QStringLiteral("Delivered to Bob"), true, t + 2000,
            QStringLiteral("a2"), MessageState::Delivered))));
        QVERIFY(awaitResult(store->addMessage(message(
            QStringLiteral("Read by Bob"), true, t + 3000, QStringLiteral("a3"), MessageState::Read))));
        Message file = message(QString(), false, t + 4000, QStringLiteral("b2"));
        file.kind = MessageKind::UnsupportedFile;
        QVERIFY(awaitResult(store->addMessage(file)));
        Message reply = message(QStringLiteral("Taking it back"), false, t + 5000, QStringLiteral("b3"));
        reply.replyToId = QStringLiteral("a1");
        reply.replyToJid = alice + QStringLiteral("/laptop");
        QVERIFY(awaitResult(store->addMessage(reply)));
        awaitResult(m_session->core()->amendments()->retract(alice, bob, QStringLiteral("b3")));
        awaitResult(m_session->core()->amendments()->setReactions(
            alice, bob, QStringLiteral("b1"), bob, { QStringLiteral("❤️"), QStringLiteral("👍") }));

        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->rootContext()->setContextProperty(QStringLiteral("theControllers"), m_session.get());
        m_engine->rootContext()->setContextProperty(
            QStringLiteral("theModel"), m_session->chats()->open(bob, alice));
        m_engine->loadData(
            QByteArrayLiteral("import QtQuick\n"
                              "import QtQuick.Controls\n"
                              "import Isthmus\n"
                              "ApplicationWindow {\n"
                              "    width: 900; height: 700; visible: true\n"
                              "    ChatPage { anchors.fill: parent; controllers: theControllers;\n"
                              "        chatJid: \"bob@example.test\"; chatName: \"Bob\";\n"
                              "        account: \"alice@example.test\"; model: theModel }\n"
                              "}\n"));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QTRY_VERIFY(bubbleWithBody(m_window, QStringLiteral("Read by Bob")));
        QTest::qWait(300);
        const QString screenshot = testBinaryDir() + QStringLiteral("/screenshots/chat-page-peers.png");
        QDir().mkpath(QFileInfo(screenshot).path());
        QVERIFY(m_window->grabWindow().save(screenshot));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_session.reset();
        qInstallMessageHandler(previousHandler);
    }

    // Fails without the two-tick delivered state: sent and delivered drew the same tick.
    void deliveredLooksDifferentFromSent()
    {
        const auto ticksOf = [&](const QString &body) {
            QQuickItem *bubble = bubbleWithBody(m_window, body);
            const auto ticks = bubble ? bubble->findChildren<QQuickItem *>(QStringLiteral("deliveryTick"))
                                      : QList<QQuickItem *>();
            return ticks.isEmpty() ? -1 : ticks.constFirst()->property("ticks").toInt();
        };
        QCOMPARE(ticksOf(QStringLiteral("Sent, not delivered")), 1);
        QCOMPARE(ticksOf(QStringLiteral("Delivered to Bob")), 2);
        QCOMPARE(ticksOf(QStringLiteral("Read by Bob")), 2);
        const auto tintOf = [&](const QString &body) {
            return bubbleWithBody(m_window, body)
                ->findChildren<QQuickItem *>(QStringLiteral("deliveryTick"))
                .constFirst()
                ->property("tint")
                .value<QColor>();
        };
        QVERIFY(tintOf(QStringLiteral("Read by Bob")) != tintOf(QStringLiteral("Delivered to Bob")));
    }

    // Fails without the colour emoji font on the chips: the text font drew a black ❤.
    void reactionsAreColourEmojiAtTextSize()
    {
        const auto emoji = named(m_window, QStringLiteral("reactionEmoji"));
        QCOMPARE(emoji.size(), 2);
        QQuickItem *body = nullptr;
        for (QQuickItem *item : itemsBelow(bubbleWithBody(m_window, QStringLiteral("Lunch at noon?")))) {
            if (item->property("text").toString().contains(QLatin1String("Lunch at noon?")))
                body = item;
        }
        QVERIFY(body);
        int red = 0;
        const QImage image = m_window->grabWindow();
        for (QQuickItem *item : emoji) {
            const QFont font = item->property("font").value<QFont>();
            QCOMPARE(font.family(), QStringLiteral("Noto Color Emoji"));
            // The emoji's em against the text's line: the colour glyphs fill their em.
            const int textLine = QFontMetrics(body->property("font").value<QFont>()).height();
            qInfo("emoji %s: %d px font, text line %d px", qPrintable(item->property("text").toString()),
                font.pixelSize(), textLine);
            QVERIFY2(font.pixelSize() >= textLine * 0.8, "the emoji is smaller than the text");
            const QRectF rect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            for (int y = int(rect.top()); y < int(rect.bottom()); ++y) {
                for (int x = int(rect.left()); x < int(rect.right()); ++x) {
                    const QColor c
                        = image.pixelColor(x * image.devicePixelRatio(), y * image.devicePixelRatio());
                    if (c.red() > 180 && c.green() < 90 && c.blue() < 90)
                        ++red;
                }
            }
        }
        qInfo("red pixels in the reaction emoji: %d", red);
        QVERIFY2(red > 20, "❤️ is not drawn in colour");
    }

    // Fails without the line: a body-less file share showed as an empty bubble.
    void contentWeCannotShowHasALine()
    {
        const auto lines = named(m_window, QStringLiteral("unsupportedLine"));
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.constFirst()->property("text").toString(),
            QStringLiteral("Bob sent something Isthmus cannot show yet: a file"));
    }

    // The recent chats preview it too (its body is empty): fails without Chat::lastKind.
    void theChatListPreviewsContentWeCannotShow()
    {
        Message sticker
            = message(QString(), false, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("c1"));
        sticker.chatJid = sticker.sender = QStringLiteral("carol@example.test");
        sticker.kind = MessageKind::UnsupportedSticker;
        QVERIFY(awaitResult(m_session->core()->messageStore()->addMessage(sticker)));
        ChatListModel *chats = m_session->chats()->list();
        const auto preview = [&] {
            for (int row = 0; row < chats->rowCount(); ++row) {
                const QModelIndex index = chats->index(row, 0);
                if (index.data(ChatListModel::JidRole).toString() == QStringLiteral("carol@example.test"))
                    return index.data(ChatListModel::LastMessageRole).toString();
            }
            return QStringLiteral("(no row)");
        };
        QTRY_COMPARE(preview(), QStringLiteral("Sent something Isthmus cannot show yet"));
    }

    // Fails without the retracted check: the tombstone kept "In reply to…" above it.
    void aRetractedReplyShowsNoQuote()
    {
        // Every visible quote header belongs to a live reply; the only reply here is retracted.
        QCOMPARE(named(m_window, QStringLiteral("replyQuote")).size(), 0);
    }

    // Fails without running Reply after the menu closed (the closing menu took the focus back)
    // and without the banner's Loader (a binding loop on `visible` each time it toggled).
    void replyKeepsTheKeyboardInTheComposer()
    {
        bindingLoops.clear();
        QQuickItem *composer = named(m_window, QStringLiteral("composer")).value(0);
        QVERIFY(composer);
        for (int round = 0; round < 2; ++round) {
            QQuickItem *bubble = bubbleWithBody(m_window, QStringLiteral("Lunch at noon?"));
            QVERIFY(bubble);
            // One menu for the page, whatever the number of bubbles.
            const QList<QObject *> menus = messageMenus(m_window);
            QCOMPARE(menus.size(), 1);
            QObject *menu = menus.first();
            // As a person does: a right click on the message, a left click on Reply.
            QQuickItem *text = nullptr;
            for (QQuickItem *item : itemsBelow(bubble)) {
                if (item->isVisible()
                    && item->property("text").toString().contains(QLatin1String("Lunch at noon?")))
                    text = item;
            }
            QVERIFY(text);
            QTest::mouseClick(m_window, Qt::RightButton, {},
                text->mapToScene(QPointF(text->width() / 2, text->height() / 2)).toPoint());
            QTRY_VERIFY(menu->property("opened").toBool());
            auto *reply = qobject_cast<QQuickItem *>(menu->findChild<QObject *>(QStringLiteral("replyItem")));
            QVERIFY(reply);
            QTRY_VERIFY(reply->isVisible() && reply->width() > 0);
            if (round == 0) // the page's one menu, beside the message it was opened on
                QVERIFY(m_window->grabWindow().save(
                    testBinaryDir() + QStringLiteral("/screenshots/chat-page-message-menu.png")));
            QTest::mouseClick(m_window, Qt::LeftButton, {},
                reply->mapToScene(QPointF(reply->width() / 2, reply->height() / 2)).toPoint());
            QTRY_VERIFY(!menu->property("visible").toBool());
            QTest::qWait(200);
            QTRY_VERIFY(named(m_window, QStringLiteral("composerBanner")).size() == 1);
            QVERIFY2(composer->hasActiveFocus(), "the composer lost the keyboard");
            for (const char key : { 'Y', 'e', 's' })
                QTest::keyClick(m_window, key);
            QCOMPARE(composer->property("text").toString(), QStringLiteral("Yes"));
            QTest::keyClick(m_window, Qt::Key_Escape);
            QTRY_VERIFY(named(m_window, QStringLiteral("composerBanner")).isEmpty());
            QTest::keySequence(m_window, QKeySequence::SelectAll);
            QTest::keyClick(m_window, Qt::Key_Delete);
        }
        QVERIFY2(bindingLoops.isEmpty(), qPrintable(bindingLoops.join(u'\n')));
        const QString screenshot
            = testBinaryDir() + QStringLiteral("/screenshots/chat-page-peers-after-reply.png");
        QVERIFY(m_window->grabWindow().save(screenshot));
        QVERIFY2(distinctColours(screenshot) > 20, "the page looks blank");
    }

    // The page's text field follows the ChatComposer both ways: fails when Edit does not put our
    // message's words into the field, or when Escape does not give the draft back.
    void anEditShowsOurWordsAndGivesTheDraftBack()
    {
        QQuickItem *composer = named(m_window, QStringLiteral("composer")).value(0);
        QVERIFY(composer);
        composer->forceActiveFocus();
        for (const char key : { 'L', 'a', 't', 'e', 'r' })
            QTest::keyClick(m_window, key);
        QQuickItem *bubble = bubbleWithBody(m_window, QStringLiteral("Sent, not delivered"));
        QVERIFY(bubble);
        QCOMPARE(messageMenus(m_window).size(), 1);
        QObject *menu = messageMenus(m_window).first();
        QQuickItem *words = nullptr;
        for (QQuickItem *item : itemsBelow(bubble)) {
            if (item->isVisible() && item->property("text").toString().contains(QLatin1String("Sent, not")))
                words = item;
        }
        QVERIFY(words);
        QTest::mouseClick(m_window, Qt::RightButton, {},
            words->mapToScene(QPointF(words->width() / 2, words->height() / 2)).toPoint());
        QTRY_VERIFY(menu->property("opened").toBool());
        auto *edit = qobject_cast<QQuickItem *>(menu->findChild<QObject *>(QStringLiteral("editItem")));
        QVERIFY(edit);
        QTRY_VERIFY(edit->isVisible() && edit->width() > 0);
        QTest::mouseClick(m_window, Qt::LeftButton, {},
            edit->mapToScene(QPointF(edit->width() / 2, edit->height() / 2)).toPoint());
        QTRY_VERIFY(!menu->property("visible").toBool());
        QTRY_COMPARE(composer->property("text").toString(), QStringLiteral("Sent, not delivered"));
        QTRY_VERIFY(named(m_window, QStringLiteral("composerBanner")).size() == 1);
        QVERIFY2(composer->hasActiveFocus(), "the composer lost the keyboard");
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(named(m_window, QStringLiteral("composerBanner")).isEmpty());
        QCOMPARE(composer->property("text").toString(), QStringLiteral("Later"));
        QTest::keySequence(m_window, QKeySequence::SelectAll);
        QTest::keyClick(m_window, Qt::Key_Delete);
        QCOMPARE(composer->property("text").toString(), QString());
    }

    // The tooltips and the link cursor come from MouseAreas (not HoverHandlers, QTBUG-135975):
    // resting the mouse on a tick names its state; fails when the hover does not reach it.
    void aTickNamesItsStateUnderTheMouse()
    {
        QQuickItem *bubble = bubbleWithBody(m_window, QStringLiteral("Delivered to Bob"));
        QVERIFY(bubble);
        const auto ticks = bubble->findChildren<QQuickItem *>(QStringLiteral("deliveryTick"));
        QVERIFY(!ticks.isEmpty());
        QQuickItem *tick = ticks.constFirst();
        QTest::mouseMove(
            m_window, tick->mapToScene(QPointF(tick->width() / 2, tick->height() / 2)).toPoint());
        QQuickItem *area = nullptr;
        for (QQuickItem *item : itemsBelow(tick)) {
            if (item->inherits("QQuickMouseArea"))
                area = item;
        }
        QVERIFY(area);
        QTRY_VERIFY(area->property("containsMouse").toBool());
        // The attached ToolTip is one shared popup, a child of the engine.
        const auto shownTip = [&]() -> QString {
            for (QObject *object : m_engine->findChildren<QObject *>()) {
                if (object->inherits("QQuickToolTip") && object->property("visible").toBool())
                    return object->property("text").toString();
            }
            return QString();
        };
        QTRY_COMPARE(shownTip(), QStringLiteral("Delivered"));
        QTest::mouseMove(m_window, QPoint(5, 5));
        QTRY_COMPARE(shownTip(), QString());
    }

    // Last: it adds a message. A message of ours that the outgoing chain holds says why under
    // its bubble, and only while it is held: fails without the line, or when it stays.
    void aHeldMessageSaysWhy()
    {
        MessageStore *store = m_session->core()->messageStore();
        const QString reason = QStringLiteral("no encryption keys for this contact");
        QVERIFY(awaitResult(store->addMessage(message(QStringLiteral("Waiting for a key"), true,
            QDateTime::currentMSecsSinceEpoch(), QStringLiteral("a9"), MessageState::Pending))));
        awaitResult(store->setHoldReason(alice, QStringLiteral("a9"), reason));
        QTRY_VERIFY(bubbleWithBody(m_window, QStringLiteral("Waiting for a key")));
        QQuickItem *bubble = bubbleWithBody(m_window, QStringLiteral("Waiting for a key"));
        const auto heldLine = [bubble]() -> QQuickItem * {
            for (QQuickItem *item : itemsBelow(bubble)) {
                if (item->objectName() == QLatin1String("heldLine"))
                    return item;
            }
            return nullptr;
        };
        QVERIFY(heldLine());
        QTRY_VERIFY(heldLine()->isVisible());
        QCOMPARE(heldLine()->property("text").toString(), QStringLiteral("Waiting: ") + reason);
        // Other messages of ours have none.
        for (QQuickItem *item : itemsBelow(bubbleWithBody(m_window, QStringLiteral("Sent, not delivered")))) {
            if (item->objectName() == QLatin1String("heldLine"))
                QVERIFY(!item->isVisible());
        }
        QTest::qWait(300);
        const QString screenshot = testBinaryDir() + QStringLiteral("/screenshots/chat-page-held.png");
        QVERIFY(m_window->grabWindow().save(screenshot));
        QVERIFY2(distinctColours(screenshot) > 20, "the page looks blank");
        // It went out: the line goes.
        awaitResult(store->setHoldReason(alice, QStringLiteral("a9"), {}));
        QTRY_VERIFY(!heldLine()->isVisible());
    }
};

QTEST_MAIN(ChatPageTest)
#include "tst_chat_page.moc"
