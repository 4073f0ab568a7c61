// SPDX-License-Identifier: GPL-3.0-or-later
// A server's registration form (XEP-0004) drawn by DataFormView, in-process: a list-single field
// whose choices look like markup. The choices must show as written and fetch nothing: with the
// stock entries a label holding <img src=…> loaded that URL (Text.AutoText turns rich). A local
// TCP server stands in for the remote host and must never be contacted.
#include <QDir>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTest>
#include <QXmppDataForm.h>

#include "QuickItemTree.h"
#include "ScreenshotCheck.h"
#include "models/DataFormModel.h"

Q_IMPORT_QML_PLUGIN(Isthmus_CorePlugin)
Q_IMPORT_QML_PLUGIN(IsthmusPlugin)

namespace {
QQuickItem *findByType(QQuickItem *root, const char *typeNamePrefix)
{
    const auto items = itemsBelow(root);
    for (QQuickItem *item : items) {
        if (QString::fromLatin1(item->metaObject()->className()).startsWith(QLatin1String(typeNamePrefix))) {
            return item;
        }
    }
    return nullptr;
}
} // namespace

class DataFormViewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(QStringLiteral("org.kde.desktop")); }

    void serverChoicesAreShownAsWrittenAndFetchNothing()
    {
        QTcpServer remote;
        QVERIFY(remote.listen(QHostAddress::LocalHost));
        int contacted = 0;
        connect(&remote, &QTcpServer::newConnection, this, [&contacted] { ++contacted; });
        const QString image
            = QStringLiteral("<img src=\"http://127.0.0.1:%1/leak.png\">Red").arg(remote.serverPort());
        const QString bold = QStringLiteral("<b>Blue</b> &amp; co");

        QXmppDataForm form;
        form.setType(QXmppDataForm::Form);
        QXmppDataForm::Field colour;
        colour.setType(QXmppDataForm::Field::ListSingleField);
        colour.setKey(QStringLiteral("colour"));
        colour.setLabel(QStringLiteral("Colour"));
        colour.setOptions({ { image, QStringLiteral("red") }, { bold, QStringLiteral("blue") } });
        form.setFields({ colour });
        DataFormModel model;
        model.setForm(form);

        QQmlApplicationEngine engine;
        QStringList qmlWarnings;
        engine.setOutputWarningsToStandardError(false);
        connect(&engine, &QQmlEngine::warnings, this, [&qmlWarnings](const QList<QQmlError> &warnings) {
            for (const QQmlError &warning : warnings) {
                qmlWarnings.append(warning.toString());
            }
        });
        engine.rootContext()->setContextProperty(QStringLiteral("serverForm"), &model);
        engine.loadData(QByteArrayLiteral("import QtQuick\n"
                                          "import QtQuick.Controls\n"
                                          "import Isthmus\n"
                                          "ApplicationWindow {\n"
                                          "    width: 640; height: 400; visible: true\n"
                                          "    DataFormView { anchors.fill: parent; form: serverForm }\n"
                                          "}\n"));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QQuickItem *choice = nullptr;
        QTRY_VERIFY2((choice = findByType(window->contentItem(), "FormComboBoxDelegate")),
            qPrintable(qmlWarnings.join(u'\n')));
        QVERIFY(QMetaObject::invokeMethod(choice, "clicked")); // opens the list, as a click does

        QList<QQuickItem *> entries;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                entries.clear();
                const auto items = itemsBelow(window->contentItem());
                for (QQuickItem *item : items) {
                    if (QString::fromLatin1(item->metaObject()->className())
                            .startsWith(QLatin1String("RoundedItemDelegate"))
                        && item->isVisible()) {
                        entries.append(item);
                    }
                }
                return entries.size() == 2;
            }(),
            5000);
        QStringList shown;
        for (QQuickItem *entry : std::as_const(entries)) {
            auto *label = entry->property("contentItem")
                              .value<QQuickItem *>()
                              ->property("labelItem")
                              .value<QObject *>();
            QVERIFY(label);
            QCOMPARE(label->property("textFormat").toInt(), int(Qt::PlainText));
            shown.append(label->property("text").toString());
        }
        shown.sort();
        QCOMPARE(shown, (QStringList { bold, image }));

        // The chosen one, in the closed box: no tag can form.
        QVERIFY(!choice->property("displayText").toString().contains(u'<'));
        QVERIFY(choice->property("displayText").toString().endsWith(QStringLiteral("leak.png\">Red")));

        QTest::qWait(1500); // an image load would have connected by now
        const QString screenshot = testBinaryDir() + QStringLiteral("/screenshots/dataform-choices.png");
        QDir().mkpath(QFileInfo(screenshot).path());
        QVERIFY(window->grabWindow().save(screenshot));
        QVERIFY2(distinctColours(screenshot) > 10, "the form looks blank");
        QCOMPARE(contacted, 0);
    }
};

QTEST_MAIN(DataFormViewTest)
#include "tst_dataform_view.moc"
