// SPDX-License-Identifier: GPL-3.0-or-later
// Isthmus: command line, QML engine, the controllers, the desktop shell (notifications, tray).
// Everything else lives in core/ and qml/.
#include <KLocalizedQmlContext>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTranslator>
#include <QUrl>
#include <QWindow>

#include "desktop/EmojiFont.h"
#include "desktop/MessageNotifier.h"
#include "desktop/SingleInstance.h"
#include "desktop/TrayIcon.h"
#include "desktop/UriOpenEvents.h"
#include "models/AccountCreation.h"
#include "models/AccountsController.h"
#include "models/ChatListModel.h"
#include "models/ChatsController.h"
#include "models/RootController.h"

Q_IMPORT_QML_PLUGIN(Isthmus_CorePlugin)
Q_IMPORT_QML_PLUGIN(IsthmusPlugin)

namespace {
// The bare JID of an RFC 5122 URI such as xmpp:alice@example.org?message.
QString jidFromXmppUri(const QString &argument)
{
    const QUrl url(argument);
    if (url.scheme() != QLatin1String("xmpp")) {
        return {};
    }
    return url.path(QUrl::FullyDecoded).section(QLatin1Char('/'), 0, 0);
}
} // namespace

namespace {
// ISTHMUS_TRACE_FOCUS=1: each change of the keyboard focus prints "focus: ", the focused item's
// type and the object names on the way from it up. UI tests wait for it instead of pausing a fixed time,
// since dialogs drawn inside the window show nothing a test could see from outside.
void traceFocus(QQuickWindow *window)
{
    QObject::connect(window, &QQuickWindow::activeFocusItemChanged, window, [window] {
        QQuickItem *focused = window->activeFocusItem();
        // The focused item's type first (a dialog's field has no name of its own), then the names.
        QStringList names { QString::fromLatin1(focused ? focused->metaObject()->className() : "none") };
        for (QObject *object = focused; object; object = object->parent()) {
            if (!object->objectName().isEmpty()) {
                names.append(object->objectName());
            }
        }
        qInfo("focus: %s", qPrintable(names.join(u'/')));
    });
}
} // namespace

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Before any thread starts: glibc gives each allocating thread (database, render loop, the
    // software renderer's workers) an arena of its own, and freed memory stays in them. Two
    // arenas: the memory soak levelled off at 200 MB instead of 295 MB. MALLOC_ARENA_MAX wins.
    if (qEnvironmentVariableIsEmpty("MALLOC_ARENA_MAX")) {
        mallopt(M_ARENA_MAX, 2);
    }
#endif
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("isthmus"));
    QApplication::setApplicationDisplayName(QStringLiteral("Isthmus"));
    QApplication::setOrganizationDomain(QStringLiteral("isthmus.im"));
    QApplication::setApplicationVersion(QStringLiteral(ISTHMUS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("im.isthmus.Isthmus"));
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral("im.isthmus.Isthmus"), QIcon(QStringLiteral(":/icons/im.isthmus.Isthmus.svg"))));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        QQuickStyle::setStyle(QStringLiteral("org.kde.desktop"));
    }
    EmojiFont::installFallback();

    // The translation for the system's language, if there is one (English otherwise).
    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("isthmus"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&translator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Chat with everyone over XMPP and its gateways.\n"
        "The password is read from the ISTHMUS_PASSWORD environment variable."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption jidOption(
        QStringLiteral("jid"), QApplication::translate("main", "Log in as <jid>."), QStringLiteral("jid"));
    const QCommandLineOption hostOption(QStringLiteral("host"),
        QApplication::translate("main", "Connect to <host> instead of the address's domain."),
        QStringLiteral("host"));
    const QCommandLineOption portOption(QStringLiteral("port"),
        QApplication::translate("main", "Connect to <port>."), QStringLiteral("port"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"),
        QApplication::translate("main", "Keep the message database in <dir>."), QStringLiteral("dir"));
    parser.addOptions({ jidOption, hostOption, portOption, dataOption });
    parser.addPositionalArgument(QStringLiteral("uri"),
        QApplication::translate("main", "An xmpp: address to open, e.g. xmpp:alice@example.org"),
        QStringLiteral("[uri]"));
    parser.process(app);

    const QString dataDir = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QStringList positional = parser.positionalArguments();
    SingleInstance instance(dataDir);
    if (instance.handOver(positional.value(0))) {
        qInfo("Isthmus is already running for this profile; it takes it from here.");
        return 0;
    }

    RootController controllers(QDir(dataDir).filePath(QStringLiteral("isthmus.sqlite")));

    QQmlApplicationEngine engine;
    // Kirigami Addons translate with i18nd() from KI18n: without this context their texts (the
    // password field's "show" button, character counters...) fail with a ReferenceError.
    KLocalization::setupLocalizedContext(&engine);
    engine.setInitialProperties({ { QStringLiteral("controllers"), QVariant::fromValue(&controllers) } });
    engine.loadFromModule("Isthmus", "Main");
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }

    MessageNotifier::useBuildTreeEventConfig();
    MessageNotifier notifier(&controllers);
    TrayIcon tray(controllers.chats()->list());
    // Hidden or minimised: tell the server we are inactive (XEP-0352).
    if (auto *window = qobject_cast<QWindow *>(engine.rootObjects().constFirst())) {
        QObject::connect(window, &QWindow::visibilityChanged, &controllers,
            [&controllers](QWindow::Visibility visibility) {
                controllers.accounts()->setActive(
                    visibility != QWindow::Hidden && visibility != QWindow::Minimized);
            });
        notifier.setWindow(window);
        tray.setWindow(window);
        if (auto *quickWindow = qobject_cast<QQuickWindow *>(window);
            quickWindow && qEnvironmentVariableIsSet("ISTHMUS_TRACE_FOCUS")) {
            traceFocus(quickWindow);
        }
    }

    if (parser.isSet(jidOption)) {
        controllers.accounts()->login(parser.value(jidOption), qEnvironmentVariable("ISTHMUS_PASSWORD"),
            parser.value(hostOption), parser.value(portOption).toInt());
    } else {
        controllers.accounts()->restore();
    }
    // The window to the front, on a chat (of an account; "" the primary) if one is asked for.
    const auto show = [&controllers, &engine](const QString &jid, const QString &account) {
        if (auto *window = qobject_cast<QWindow *>(engine.rootObjects().constFirst())) {
            window->show();
            window->raise();
            window->requestActivate();
        }
        if (!jid.isEmpty()) {
            qInfo("opening the chat with %s", qPrintable(jid));
            controllers.chats()->request(jid, account);
        }
    };
    // From the command line, or from a later start of the same profile.
    const auto open = [show, &controllers, &parser, &hostOption, &portOption](const QString &argument) {
        const QString jid = jidFromXmppUri(argument);
        // XEP-0147 `xmpp:server?register`: create an account there (through --host/--port if given).
        if (!jid.isEmpty() && QUrl(argument).query() == QLatin1String("register")) {
            show({}, {});
            controllers.accounts()->creation()->requestForm(
                jid, parser.value(hostOption), parser.value(portOption).toInt());
            return;
        }
        show(jid, {});
    };
    QObject::connect(&instance, &SingleInstance::messageReceived, &controllers, open);
    QObject::connect(new UriOpenEvents(&app), &UriOpenEvents::uriOpened, &controllers, open);
    QObject::connect(&notifier, &MessageNotifier::chatActivated, &controllers,
        [show](const QString &account, const QString &chatJid) { show(chatJid, account); });
    if (!positional.isEmpty()) {
        open(positional.constFirst());
    }
    return QApplication::exec();
}
