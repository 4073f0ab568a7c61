// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of this stack: an empty Kirigami window started the way Isthmus starts (QApplication,
// the org.kde.desktop style, one QML file from the resources). Its first frame and memory are what no
// Kirigami app can beat here; the side-by-side runner prints our distance to it.
#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        QQuickStyle::setStyle(QStringLiteral("org.kde.desktop"));
    }
    QQmlApplicationEngine engine;
    engine.load(QUrl(QStringLiteral("qrc:/floor/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    return QApplication::exec();
}
