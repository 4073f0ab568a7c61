// SPDX-License-Identifier: GPL-3.0-or-later
// The composer underlines a misspelt word: Sonnet's highlighter through the org.kde.desktop style,
// its hunspell backend (sonnet6-plugins) and an English dictionary, all loaded at run time. Fails
// when the composer does not ask for spell checking, or when the backend or the dictionary is
// missing (the log then says "No speller backends available"): no red in the composer. The screenshot lands
// in screenshots/spell-check.png.
#include <algorithm>
#include <cstdlib>

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include "ScreenshotCheck.h"
#include "models/MessageListModel.h"
#include "models/Session.h"

Q_IMPORT_QML_PLUGIN(Isthmus_CorePlugin)
Q_IMPORT_QML_PLUGIN(IsthmusPlugin)

namespace {
QQuickItem *findNamed(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findNamed(child, name))
            return found;
    }
    return nullptr;
}

// Red pixels (Sonnet's highlighter draws a misspelt word and its underline in the theme's
// "negative" colour) inside the rectangle; the composer's own text is grey to black.
int underlinePixels(const QImage &image, const QRect &area)
{
    int count = 0;
    for (int y = std::max(0, area.top()); y <= std::min(image.height() - 1, area.bottom()); ++y) {
        for (int x = std::max(0, area.left()); x <= std::min(image.width() - 1, area.right()); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 150 && c.red() - c.green() > 80 && c.red() - c.blue() > 60)
                ++count;
        }
    }
    return count;
}
} // namespace

class SpellCheckTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void misspeltWordIsUnderlined()
    {
        QQuickStyle::setStyle(QStringLiteral("org.kde.desktop"));
        QTemporaryDir dir;
        Session session(dir.filePath(QStringLiteral("spell.sqlite")));
        QQmlApplicationEngine engine;
        engine.rootContext()->setContextProperty(QStringLiteral("theSession"), &session);
        engine.rootContext()->setContextProperty(QStringLiteral("theModel"),
            session.openChat(QStringLiteral("bob@example.test"), QStringLiteral("alice@example.test")));
        engine.loadData(
            QByteArrayLiteral("import QtQuick\n"
                              "import QtQuick.Controls\n"
                              "import Isthmus\n"
                              "ApplicationWindow {\n"
                              "    width: 700; height: 400; visible: true\n"
                              "    ChatPage { anchors.fill: parent; controllers: theSession.root;\n"
                              "        chatJid: \"bob@example.test\"; chatName: \"Bob\";\n"
                              "        account: \"alice@example.test\"; model: theModel }\n"
                              "}\n"));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *composer = nullptr;
        QTRY_VERIFY((composer = findNamed(window->contentItem(), QStringLiteral("composer"))));

        // Where the composer is once laid out (not yet when it is first found).
        const auto red = [&](const QImage &image) {
            return underlinePixels(image, composer->mapRectToScene(composer->boundingRect()).toAlignedRect());
        };
        composer->setProperty("text", QStringLiteral("See you tomorow at the station"));
        QTest::qWait(300);
        const QString path = testBinaryDir() + QStringLiteral("/screenshots/spell-check.png");
        QDir().mkpath(QFileInfo(path).path());
        // The highlighter is created asynchronously and checks in the background.
        (void)QTest::qWaitFor([&] { return red(window->grabWindow()) > 10; }, 10000);
        const QImage shot = window->grabWindow();
        QVERIFY(shot.save(path));
        QVERIFY2(red(shot) > 10, qPrintable(QStringLiteral("no underline: ") + path));
        qInfo("%d underline pixels in the composer; screenshot %s", red(shot), qPrintable(path));

        // Only the misspelt word: a correct sentence leaves no underline.
        composer->setProperty("text", QStringLiteral("See you tomorrow at the station"));
        QTRY_COMPARE_WITH_TIMEOUT(red(window->grabWindow()), 0, 10000);
    }
};

QTEST_MAIN(SpellCheckTest)
#include "tst_spell_check.moc"
