// SPDX-License-Identifier: GPL-3.0-or-later
// The gateway UI in the app's own window (Main.qml, in-process) on a real Prosody with two
// components: a Telegram-like gateway (gateway/telegram) and a plain service that is no gateway
// (tests/support/peers/gateway_component.py). The networks list reached from the window's
// navigation; a burst of 301 subscription requests from the gateway shown as one banner and
// accepted as one decision, while a flood of 300 from the plain service is neither batched nor
// approved; the gateway going unavailable shows a banner over its contact's chat and a message
// waits in the outbox until it is back; the add-contact dialog's gateway chips and the address
// in the network's terms; the sign-in page with a QR code and a hostile label (never fetched) and
// a form of 500 fields. Screenshots of each in the light and dark scheme, wide and narrow.
#include <KLocalizedQmlContext>
#include <algorithm>

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QItemSelectionModel>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "../unit/InjectedIqs.h"
#include "AwaitFuture.h"
#include "ProsodyServer.h"
#include "QuickItemTree.h"
#include "ScreenshotCheck.h"
#include "SessionLogin.h"
#include "StoredHistory.h"
#include "account/Account.h"
#include "models/Appearance.h"
#include "models/ChatsController.h"
#include "models/ContactsController.h"
#include "models/GatewayRequestBatches.h"
#include "models/GatewaySignIn.h"
#include "models/RootController.h"
#include "models/RosterTreeModel.h"
#include "models/SubscriptionRequestModel.h"
#include "roster/GatewayNetworks.h"
#include "session/SessionCore.h"
#include "xmpp/Rfc6121RosterManager.h"

Q_IMPORT_QML_PLUGIN(Isthmus_CorePlugin)
Q_IMPORT_QML_PLUGIN(IsthmusPlugin)

namespace {
const QString gatewayDomain = QStringLiteral("tg.example.test");
const QString plainDomain = QStringLiteral("spam.example.test");
const QString password = QStringLiteral("gateway-pages-pass");
// How long a wait may take before it counts as a hang. Not a budget (the durations are printed and
// budgeted in tests/bench): beside other suites on two cores, the 602 requests took 35-39 s.
constexpr int hangLimitMs = 180000;

ProsodyServer::Options withComponents()
{
    ProsodyServer::Options options;
    options.components = { gatewayDomain, plainDomain };
    return options;
}

QList<QQuickItem *> named(QQuickWindow *window, const QString &objectName)
{
    QList<QQuickItem *> found;
    const auto items = itemsBelow(window->contentItem());
    for (QQuickItem *item : items) {
        if (item->objectName() == objectName && item->isVisible()) {
            found.append(item);
        }
    }
    // Popups (dialogs) draw in the overlay.
    if (auto *overlay = window->property("overlay").value<QQuickItem *>()) {
        const auto popupItems = itemsBelow(overlay);
        for (QQuickItem *item : popupItems) {
            if (item->objectName() == objectName && item->isVisible() && !found.contains(item)) {
                found.append(item);
            }
        }
    }
    return found;
}

bool showsText(QQuickWindow *window, const QString &part)
{
    QList<QQuickItem *> items = itemsBelow(window->contentItem());
    if (auto *overlay = window->property("overlay").value<QQuickItem *>()) {
        items.append(itemsBelow(overlay));
    }
    for (QQuickItem *item : std::as_const(items)) {
        if (item->isVisible() && item->property("text").toString().contains(part)) {
            return true;
        }
    }
    return false;
}

QString visibleTexts(QQuickWindow *window)
{
    QStringList texts;
    const auto items = itemsBelow(window->contentItem());
    for (QQuickItem *item : items) {
        const QString text = item->property("text").toString();
        if (item->isVisible() && !text.isEmpty()) {
            texts.append(text);
        }
    }
    return texts.join(QStringLiteral(" | "));
}

QString codePicture()
{
    QImage image(29, 29, QImage::Format_Mono);
    for (int y = 0; y < 29; ++y) {
        for (int x = 0; x < 29; ++x) {
            const bool finder = (x < 7 && y < 7) || (x > 21 && y < 7) || (x < 7 && y > 21);
            image.setPixel(x, y,
                finder ? ((x % 6 == 0 || y % 6 == 0
                              || (x % 22 % 6 > 1 && x % 22 % 6 < 5 && y % 22 % 6 > 1 && y % 22 % 6 < 5))
                                 ? 0
                                 : 1)
                       : ((x * 7 + y * 13 + x * y) % 3 == 0 ? 0 : 1));
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

struct Layout
{
    const char *name;
    int width;
    int height;
};
constexpr Layout layouts[] { { "wide", 1280, 800 }, { "narrow", 420, 800 } };
} // namespace

class GatewayPagesTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server { withComponents() };
    QTemporaryDir m_dataDir;
    QProcess m_gateway;
    QProcess m_plain;
    std::unique_ptr<RootController> m_session;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
    QObject *m_main = nullptr;
    QString m_alice;
    QStringList m_qmlWarnings;
    int m_shots = 0;

    bool startComponent(
        QProcess &process, const QString &domain, const QString &category, const QString &type)
    {
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral("python3"),
            { qEnvironmentVariable("ISTHMUS_SOURCE_DIR")
                    + QStringLiteral("/tests/support/peers/gateway_component.py"),
                QStringLiteral("--domain"), domain, QStringLiteral("--secret"),
                ProsodyServer::componentSecret(), QStringLiteral("--port"),
                QString::number(m_server.componentPort()), QStringLiteral("--category"), category,
                QStringLiteral("--type"), type });
        return QTest::qWaitFor(
                   [&] {
                       return process.readAllStandardOutput().contains("ready")
                           || process.state() == QProcess::NotRunning;
                   },
                   hangLimitMs)
            && process.state() == QProcess::Running;
    }

    static bool tell(QProcess &process, const QString &line)
    {
        process.write((line + u'\n').toUtf8());
        return QTest::qWaitFor([&] { return process.readAllStandardOutput().contains("done"); }, hangLimitMs);
    }

    void call(const char *function, const QStringList &arguments = {})
    {
        switch (arguments.size()) {
        case 0:
            QVERIFY(QMetaObject::invokeMethod(m_main, function));
            break;
        case 2:
            QVERIFY(QMetaObject::invokeMethod(
                m_main, function, Q_ARG(QString, arguments.at(0)), Q_ARG(QString, arguments.at(1))));
            break;
        case 3:
            QVERIFY(QMetaObject::invokeMethod(m_main, function, Q_ARG(QString, arguments.at(0)),
                Q_ARG(QString, arguments.at(1)), Q_ARG(QString, arguments.at(2))));
            break;
        default:
            QFAIL("unexpected argument count");
        }
    }

    QQuickItem *currentPage() const
    {
        auto *stack = m_main->property("pageStack").value<QObject *>();
        return stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
    }

    // Each page in both schemes at both widths: drawn, dark or light, as wide as the window.
    void shootAll(const QString &name)
    {
        for (const char *scheme : { "light", "dark" }) {
            Appearance *appearance = m_engine->singletonInstance<Appearance *>("Isthmus.Core", "Appearance");
            QVERIFY(appearance);
            appearance->setScheme(qstrcmp(scheme, "dark") == 0 ? Appearance::Dark : Appearance::Light);
            for (const Layout &layout : layouts) {
                m_window->resize(layout.width, layout.height);
                QTest::qWait(700);
                const QString path = testBinaryDir()
                    + QStringLiteral("/screenshots/gateways/%1-%2-%3.png")
                          .arg(name, QLatin1String(scheme), QLatin1String(layout.name));
                QDir().mkpath(QFileInfo(path).path());
                const QImage image = m_window->grabWindow();
                QVERIFY(image.save(path));
                ++m_shots;
                QVERIFY2(distinctColours(path) > 12, qPrintable(path + QStringLiteral(" looks blank")));
                QCOMPARE(image.width(), layout.width);
                double sum = 0;
                int samples = 0;
                for (int y = 0; y < image.height(); y += 8) {
                    for (int x = 0; x < image.width(); x += 8) {
                        sum += qGray(image.pixel(x, y)) / 255.0;
                        ++samples;
                    }
                }
                const double lightness = sum / samples;
                if (qstrcmp(scheme, "dark") == 0) {
                    QVERIFY2(lightness < 0.45, qPrintable(path + QStringLiteral(" is not dark")));
                } else {
                    QVERIFY2(lightness > 0.55, qPrintable(path + QStringLiteral(" is not light")));
                }
            }
        }
        m_engine->singletonInstance<Appearance *>("Isthmus.Core", "Appearance")->setScheme(Appearance::Light);
        m_window->resize(layouts[0].width, layouts[0].height);
        QTest::qWait(300);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("org.kde.desktop"));
        qputenv("ISTHMUS_COLOR_SCHEME", "light");
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY2(m_server.createAccount(QStringLiteral("alice"), password), qPrintable(m_server.error()));
        QVERIFY(
            startComponent(m_gateway, gatewayDomain, QStringLiteral("gateway"), QStringLiteral("telegram")));
        QVERIFY(startComponent(m_plain, plainDomain, QStringLiteral("pubsub"), QStringLiteral("service")));
        m_alice = QStringLiteral("alice@") + m_server.domain();
        m_session
            = loginSession(m_server, m_dataDir.filePath(QStringLiteral("alice.sqlite")), m_alice, password);
        QVERIFY(waitForCatchUp(*m_session));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_session->core()->gatewayNetworks()->gateways(m_alice).isEmpty(), hangLimitMs);

        m_engine = std::make_unique<QQmlApplicationEngine>();
        KLocalization::setupLocalizedContext(m_engine.get());
        m_engine->setOutputWarningsToStandardError(true);
        connect(m_engine.get(), &QQmlEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
            for (const QQmlError &warning : warnings) {
                m_qmlWarnings.append(warning.toString());
            }
        });
        m_engine->rootContext()->setContextProperty(QStringLiteral("theControllers"), m_session.get());
        m_engine->loadData(QByteArrayLiteral(
            "import QtQuick\nimport Isthmus\n"
            "Main { controllers: theControllers; visible: true; width: 1280; height: 800 }\n"));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_main = m_engine->rootObjects().constFirst();
        m_window = qobject_cast<QQuickWindow *>(m_main);
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_session.reset();
        for (QProcess *p : { &m_gateway, &m_plain }) {
            p->kill();
            p->waitForFinished(2000);
        }
        qInfo("%d screenshots", m_shots);
    }

    // From the window's navigation (Ctrl+3, the chats' and contacts' menus): one row per gateway.
    void networksList()
    {
        call("showNetworks");
        QTRY_VERIFY(currentPage()
            && QString::fromLatin1(currentPage()->metaObject()->className())
                .startsWith(QLatin1String("NetworksPage")));
        QTRY_COMPARE(named(m_window, QStringLiteral("gatewayRow")).size(), 1);
        QVERIFY(showsText(m_window, QStringLiteral("telegram gateway")));
        // Its address and its sign-in state (this stand-in offers no sign-in; Slidge's does, see
        // tst_slidge_gateway).
        QVERIFY2(showsText(m_window, gatewayDomain), qPrintable(visibleTexts(m_window)));
        QVERIFY2(
            showsText(m_window, QStringLiteral("No sign-in needed")), qPrintable(visibleTexts(m_window)));
        shootAll(QStringLiteral("networks"));
    }

    // 301 requests from the gateway (its own and one per contact): one banner, one decision.
    // 300 from a plain service: separate requests, none approved for the person.
    void subscriptionBurstIsOneDecision()
    {
        call("showContacts");
        QVERIFY(tell(m_gateway, QStringLiteral("subscribe %1 300").arg(m_alice)));
        QVERIFY(tell(m_plain, QStringLiteral("subscribe %1 300").arg(m_alice)));
        SubscriptionRequestModel *requests = m_session->contacts()->requests();
        QTRY_COMPARE_WITH_TIMEOUT(requests->count(), 602, hangLimitMs);
        QCOMPARE(requests->countFrom(m_alice, gatewayDomain), 301);
        QTRY_COMPARE(named(m_window, QStringLiteral("gatewayRequestBatch")).size(), 1);
        // The row shows as soon as the first requests are in; its count follows.
        QTRY_VERIFY_WITH_TIMEOUT(
            showsText(m_window, QStringLiteral("wants to add 301 contacts")), hangLimitMs);
        // The flood is one row too (it does not bury the roster), but one that only denies.
        GatewayRequestBatches batches;
        batches.setControllers(m_session.get());
        QTRY_COMPARE(batches.count(), 2);
        QTRY_VERIFY2(named(m_window, QStringLiteral("requestFlood")).size() == 1,
            qPrintable(visibleTexts(m_window).left(3000)));
        QVERIFY(showsText(m_window, QStringLiteral("301 requests from spam.example.test, not a gateway")));
        const int gatewayRow = batches.index(0).data(GatewayRequestBatches::IsGatewayRole).toBool() ? 0 : 1;
        QCOMPARE(
            batches.index(gatewayRow).data(GatewayRequestBatches::GatewayRole).toString(), gatewayDomain);
        QCOMPARE(batches.index(1 - gatewayRow).data(GatewayRequestBatches::IsGatewayRole).toBool(), false);
        QVERIFY(batches.covers(m_alice, QStringLiteral("user7@") + gatewayDomain));
        // No single request row is shown for either.
        QVERIFY(!showsText(m_window, QStringLiteral("user7@")));
        shootAll(QStringLiteral("roster-burst"));
        // Accepting the flood wholesale does nothing.
        batches.acceptAll(1 - gatewayRow);
        QCOMPARE(requests->countFrom(m_alice, plainDomain), 301);

        const QElapsedTimer timer = [] {
            QElapsedTimer t;
            t.start();
            return t;
        }();
        batches.acceptAll(0);
        QCOMPARE(requests->countFrom(m_alice, gatewayDomain), 0);
        QCOMPARE(requests->count(), 301);
        Rfc6121RosterManager *roster = m_session->core()->account(m_alice)->roster();
        QTRY_VERIFY_WITH_TIMEOUT(
            roster->contains(QStringLiteral("user299@") + gatewayDomain) && roster->contains(gatewayDomain),
            hangLimitMs);
        qInfo("accepting 301 requests as one decision: %lld ms until the roster had them", timer.elapsed());
        QTRY_COMPARE(named(m_window, QStringLiteral("gatewayRequestBatch")).size(), 0);
        // The flood from the plain service stays a list of questions, and nobody of it got in.
        QVERIFY(!roster->contains(QStringLiteral("user0@") + plainDomain));
        QCOMPARE(requests->countFrom(m_alice, plainDomain), 301);
        QTRY_COMPARE(batches.count(), 1);
        batches.denyAll(0);
        QCOMPARE(requests->count(), 0);
        // The roster now shows the network's contacts with its badge.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_session->core()->gatewayNetworks()->network(QStringLiteral("user0@") + gatewayDomain),
            QStringLiteral("telegram"), hangLimitMs);
        call("showContacts");
        shootAll(QStringLiteral("roster"));
        // The cursor stays on its contact when the model resets (every roster change does).
        auto *treeView = currentPage()->findChild<QQuickItem *>(QStringLiteral("rosterTree"));
        QVERIFY(treeView);
        auto *selection = treeView->property("selectionModel").value<QItemSelectionModel *>();
        QVERIFY(selection);
        const QString cursorContact = QStringLiteral("user3@") + gatewayDomain;
        selection->setCurrentIndex(
            m_session->contacts()->roster()->nodeOf(m_alice, cursorContact), QItemSelectionModel::NoUpdate);
        QCOMPARE(selection->currentIndex().data(RosterTreeModel::JidRole).toString(), cursorContact);
        // Grouped by network: the gateway's 301 contacts under "Telegram", below XMPP's.
        m_session->contacts()->roster()->setGrouping(RosterTreeModel::ByNetwork);
        QTRY_VERIFY_WITH_TIMEOUT(showsText(m_window, QStringLiteral("Telegram")), hangLimitMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            selection->currentIndex().data(RosterTreeModel::JidRole).toString(), cursorContact, 20000);
        RosterTreeModel *tree = m_session->contacts()->roster();
        int telegram = -1;
        for (int row = 0; row < tree->rowCount(); ++row) {
            if (tree->index(row, 0).data(RosterTreeModel::NameRole).toString() == u"Telegram")
                telegram = row;
        }
        QVERIFY(telegram >= 0);
        // The contacts and, where it is in the roster, the gateway itself.
        QVERIFY2(tree->index(telegram, 0).data(RosterTreeModel::ContactCountRole).toInt() >= 301,
            qPrintable(tree->index(telegram, 0).data(RosterTreeModel::ContactCountRole).toString()));
        shootAll(QStringLiteral("roster-by-network"));
        tree->setGrouping(RosterTreeModel::ByRosterGroup);
    }

    // The gateway says it is gone: the chat says so and what is sent waits, then goes.
    void gatewayDownBannerAndOutboxWaits()
    {
        const QString contact = QStringLiteral("user0@") + gatewayDomain;
        QVERIFY(tell(m_gateway, QStringLiteral("presence %1 unavailable").arg(m_alice)));
        call("openChat", { contact, QStringLiteral("User 0"), m_alice });
        QTRY_COMPARE_WITH_TIMEOUT(
            named(m_window, QStringLiteral("gatewayStateBanner")).size(), 1, hangLimitMs);
        QVERIFY(showsText(m_window, QStringLiteral("Telegram gateway unreachable")));
        m_session->chats()->send(contact, QStringLiteral("sent while the gateway is down"), m_alice);
        QTest::qWait(1000);
        auto state = [&] {
            const auto history = storedHistory(*m_session, contact);
            return history.isEmpty() ? -1 : int(history.constFirst().state);
        };
        QCOMPARE(state(), int(MessageState::Pending));
        shootAll(QStringLiteral("chat-gateway-down"));
        // The chat list's row and the roster's row say it too.
        call("showChats");
        QTRY_VERIFY_WITH_TIMEOUT(!named(m_window, QStringLiteral("gatewayDownIcon")).isEmpty(), hangLimitMs);
        shootAll(QStringLiteral("chats-gateway-down"));
        call("showContacts");
        QTRY_VERIFY_WITH_TIMEOUT(!named(m_window, QStringLiteral("gatewayDownLine")).isEmpty(), hangLimitMs);
        shootAll(QStringLiteral("roster-gateway-down"));
        QVERIFY(tell(m_gateway, QStringLiteral("presence %1 available").arg(m_alice)));
        QTRY_COMPARE_WITH_TIMEOUT(named(m_window, QStringLiteral("gatewayDownLine")).size(), 0, hangLimitMs);
        call("openChat", { contact, QStringLiteral("User 0"), m_alice });
        QTRY_COMPARE_WITH_TIMEOUT(
            named(m_window, QStringLiteral("gatewayStateBanner")).size(), 0, hangLimitMs);
        QCOMPARE(named(m_window, QStringLiteral("gatewayDownIcon")).size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(state(), int(MessageState::Sent), hangLimitMs);
        call("showChats");
        shootAll(QStringLiteral("chats"));
    }

    // The add-contact dialog: the gateway as a chip beside XMPP; the id in the network's terms.
    void addContactWithChips()
    {
        call("showContacts");
        QQuickItem *page = currentPage();
        QVERIFY(page);
        QObject *dialog = page->findChild<QObject *>(QString(), Qt::FindChildrenRecursively);
        dialog = nullptr;
        for (QObject *child : page->findChildren<QObject *>()) {
            if (QString::fromLatin1(child->metaObject()->className())
                    .startsWith(QLatin1String("AddContactDialog"))) {
                dialog = child;
            }
        }
        QVERIFY(dialog);
        QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
        // Chosen once it is open: opening resets the dialog.
        QTRY_VERIFY(dialog->property("opened").toBool());
        QTRY_VERIFY(!named(m_window, QStringLiteral("chip-") + gatewayDomain).isEmpty());
        QQuickItem *chip = named(m_window, QStringLiteral("chip-") + gatewayDomain).constFirst();
        QVERIFY(QMetaObject::invokeMethod(chip, "clicked"));
        QTRY_VERIFY(showsText(m_window, QStringLiteral("Username or id on that network")));
        shootAll(QStringLiteral("add-contact-chips"));
        QObject *address = nullptr;
        for (QObject *child : itemsBelow(m_window->property("overlay").value<QQuickItem *>())) {
            if (child->property("placeholderText").toString()
                == QLatin1String("Username or id on that network")) {
                address = child;
            }
        }
        QVERIFY(address);
        address->setProperty("text", QStringLiteral("frieda"));
        QVERIFY(QMetaObject::invokeMethod(dialog, "add"));
        Rfc6121RosterManager *roster = m_session->core()->account(m_alice)->roster();
        QTRY_VERIFY_WITH_TIMEOUT(roster->contains(QStringLiteral("frieda@") + gatewayDomain), hangLimitMs);
    }

    // The sign-in page over the gateway's form: instructions, a QR code from a data: URI, a
    // hostile label shown as written (its image never fetched); then a form of 500 fields.
    void signInFormWithQrCode()
    {
        QTcpServer remote;
        QVERIFY(remote.listen(QHostAddress::LocalHost));
        int contacted = 0;
        connect(&remote, &QTcpServer::newConnection, this, [&contacted] { ++contacted; });
        const QString hostile = QStringLiteral("Code <img src=\"http://127.0.0.1:%1/x.png\"> <b>now</b>")
                                    .arg(remote.serverPort());

        InjectedIqs entity;
        auto *signIn = new GatewaySignIn(m_main);
        signIn->setControllers(m_session.get());
        signIn->setSender(entity.sender());
        signIn->setGateway(gatewayDomain);
        QVERIFY(QMetaObject::invokeMethod(m_main, "showNetworks"));
        auto *stack = m_main->property("pageStack").value<QObject *>();
        QVariantMap properties { { QStringLiteral("controllers"), QVariant::fromValue(m_session.get()) },
            { QStringLiteral("account"), m_alice }, { QStringLiteral("gateway"), gatewayDomain },
            { QStringLiteral("gatewayName"), QStringLiteral("Telegram") },
            { QStringLiteral("signIn"), QVariant::fromValue(signIn) } };
        QVERIFY(QMetaObject::invokeMethod(stack, "push",
            Q_ARG(QVariant, QUrl(QStringLiteral("qrc:/qt/qml/Isthmus/pages/GatewaySignInPage.qml"))),
            Q_ARG(QVariant, properties)));
        QTRY_COMPARE(entity.pending.size(), 1);
        QVERIFY(entity.sent.last().contains(QStringLiteral("jabber:iq:register")));
        entity.finishWith(QStringLiteral(
            "<iq xmlns='jabber:client' type='result' from='%1' id='x'><query xmlns='jabber:iq:register'>"
            "<x xmlns='jabber:x:data' type='form'><title>Telegram</title>"
            "<instructions>Scan the code with the Telegram app on your phone, then enter your "
            "number.</instructions>"
            "<field var='qr' type='fixed' label='%2'><media xmlns='urn:xmpp:media-element'>"
            "<uri type='image/png'>http://127.0.0.1:%4/qr.png</uri><uri type='image/png'>%3</uri></media>"
            "<value>tg://login?token=abc</value></field>"
            "<field var='phone' type='text-single' label='Phone number'><required/></field>"
            "</x></query></iq>")
                .arg(gatewayDomain, hostile.toHtmlEscaped(), codePicture())
                .arg(remote.serverPort()));
        QTRY_COMPARE(signIn->state(), QStringLiteral("form"));
        QTRY_VERIFY(showsText(m_window, QStringLiteral("Scan the code")));
        QTest::qWait(1000); // an image load would have connected by now
        shootAll(QStringLiteral("signin-qr"));
        QCOMPARE(contacted, 0);

        // A form of 500 fields: the rows near the screen are built at once, the others only when
        // the page comes near them. Return reaches a required field far down, unbuilt until then.
        QString fields;
        for (int i = 0; i < 500; ++i) {
            fields += QStringLiteral("<field var='f%1' type='text-single' label='Field %1'>%2</field>")
                          .arg(i)
                          .arg(i == 470 ? QStringLiteral("<required/>") : QString());
        }
        signIn->load();
        QTRY_COMPARE(entity.pending.size(), 1);
        QElapsedTimer timer;
        timer.start();
        entity.finishWith(
            QStringLiteral("<iq xmlns='jabber:client' type='result' from='%1' id='x'>"
                           "<query xmlns='jabber:iq:register'><x xmlns='jabber:x:data' type='form'>%2</x>"
                           "</query></iq>")
                .arg(gatewayDomain, fields));
        // The longest gap between two ticks of a 10 ms timer on the GUI thread is printed.
        QElapsedTimer sinceTick;
        sinceTick.start();
        qint64 longestStall = 0;
        QTimer ticks;
        connect(&ticks, &QTimer::timeout, this,
            [&] { longestStall = std::max(longestStall, sinceTick.restart()); });
        ticks.start(10);
        QTRY_COMPARE(signIn->form()->count(), 500);
        const auto named = [this](const QString &name) -> QObject * {
            for (QObject *item : itemsBelow(m_window->contentItem())) {
                if (item->objectName() == name) {
                    return item;
                }
            }
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(showsText(m_window, QStringLiteral("Field 0")), hangLimitMs);
        const qint64 firstShown = timer.elapsed();
        QObject *form = named(QStringLiteral("dataForm"));
        QVERIFY(form);
        const auto built = [form] { return form->property("builtCount").toInt(); };
        // The rows on screen and half a screen around it: a few dozen, not 500.
        QTRY_VERIFY(built() >= 10);
        ticks.stop();
        const int builtAtFirst = built();
        QVERIFY2(builtAtFirst < 100, qPrintable(QString::number(builtAtFirst)));
        QVERIFY(!showsText(m_window, QStringLiteral("Field 300")));
        shootAll(QStringLiteral("signin-long-form"));
        // The focus is in the first field; Return goes on to the one required field, far down.
        const auto focusedLabel = [this] {
            for (QQuickItem *item = m_window->activeFocusItem(); item; item = item->parentItem()) {
                if (const QVariant label = item->property("label"); label.isValid()) {
                    return label.toString();
                }
            }
            return QString();
        };
        // (Labels are escaped for the rich-text label they feed: "<span>Field 0</span>".)
        QTRY_VERIFY(focusedLabel().contains(QStringLiteral(">Field 0<")));
        timer.restart();
        QVERIFY(QMetaObject::invokeMethod(form, "advance"));
        QVERIFY2(
            focusedLabel().contains(QStringLiteral(">Field 470 (required)<")), qPrintable(focusedLabel()));
        const qint64 toRequired = timer.elapsed();
        QQuickItem *flickable = qobject_cast<QQuickItem *>(form);
        while (flickable && !flickable->inherits("QQuickFlickable")) {
            flickable = flickable->parentItem();
        }
        QVERIFY(flickable);
        QVERIFY(flickable->property("contentY").toReal() > flickable->height());
        QTRY_VERIFY(showsText(m_window, QStringLiteral("Field 471")));
        // Tab walks the form row by row, past the rows that were built at first, each on screen.
        QVERIFY(QMetaObject::invokeMethod(form, "focusRow", Q_ARG(int, 0)));
        for (int i = 1; i <= 40; ++i) {
            QTest::keyClick(m_window, Qt::Key_Tab);
            const QString label = focusedLabel();
            QVERIFY2(label.contains(QStringLiteral(">Field %1<").arg(i)), qPrintable(label));
            const QQuickItem *focused = m_window->activeFocusItem();
            const qreal y = focused->mapToItem(flickable, QPointF(0, 0)).y();
            QVERIFY2(y >= 0 && y + focused->height() <= flickable->height(), qPrintable(QString::number(y)));
        }
        // The page's end: the last rows, and still not the middle.
        flickable->setProperty(
            "contentY", flickable->property("contentHeight").toReal() - flickable->height());
        QTRY_VERIFY(showsText(m_window, QStringLiteral("Field 499")));
        const int builtAtEnd = built();
        QVERIFY2(builtAtEnd < 200, qPrintable(QString::number(builtAtEnd)));
        QVERIFY(!showsText(m_window, QStringLiteral("Field 300")));
        shootAll(QStringLiteral("signin-long-form-end"));
        flickable->setProperty("contentY", 0);
        qInfo("a 500-field sign-in form: %d rows built and shown after %lld ms (longest stall %lld ms); "
              "Return to field 470 took %lld ms; %d rows built at the end",
            builtAtFirst, firstShown, longestStall, toRequired, builtAtEnd);
    }
};

QTEST_MAIN(GatewayPagesTest)
#include "tst_gateway_pages.moc"
