// SPDX-License-Identifier: GPL-3.0-or-later
// The real app on a desktop made of a real D-Bus session: a notification server and a status
// notifier watcher (tests/support/peers/desktop_peer.py) record what the app shows, and click or
// reply like a person would. A second client talks to the app through the test Prosody.
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "AppProcess.h"
#include "CloseRequest.h"
#include "ProcessStopper.h"
#include "ProsodyServer.h"
#include "XmppTestClient.h"

namespace {
const QString password = QStringLiteral("desktop-test-password");
const QString peerName = QStringLiteral("im.isthmus.test.DesktopPeer");

QString binaryDir()
{
    return qEnvironmentVariable("ISTHMUS_BINARY_DIR");
}

// The X11 id of the mapped window titled Isthmus; 0 when there is none.
unsigned long visibleWindow()
{
    QProcess search;
    search.start(QStringLiteral("xdotool"),
        { QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
            QStringLiteral("Isthmus") });
    search.waitForFinished(5000);
    return QString::fromLatin1(search.readAllStandardOutput())
        .section(QLatin1Char('\n'), 0, 0)
        .trimmed()
        .toULong();
}

bool windowVisible()
{
    return visibleWindow() != 0;
}

// Gives the window the keyboard focus, which makes it the active window (no window manager here).
bool focusWindow()
{
    const unsigned long window = visibleWindow();
    return window != 0
        && QProcess::execute(QStringLiteral("xdotool"),
               { QStringLiteral("windowfocus"), QStringLiteral("--sync"), QString::number(window) })
        == 0;
}

int countBody(const XmppTestClient &client, const QString &body)
{
    int count = 0;
    for (const QXmppMessage &message : client.received()) {
        count += message.body() == body ? 1 : 0;
    }
    return count;
}
} // namespace

class DesktopIntegrationTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dirs;
    QProcess m_peer;

    QDBusInterface peer() const { return QDBusInterface(peerName, QStringLiteral("/DesktopPeer"), peerName); }

    // Every Notify call so far (and the CloseNotification calls, as {"closed": id}).
    QJsonArray calls() const
    {
        const QDBusReply<QString> reply = peer().call(QStringLiteral("Notifications"));
        return QJsonDocument::fromJson(reply.value().toUtf8()).array();
    }

    QList<QJsonObject> notifies() const
    {
        QList<QJsonObject> result;
        for (const auto &call : calls()) {
            if (call.toObject().contains(QStringLiteral("summary"))) {
                result.append(call.toObject());
            }
        }
        return result;
    }

    bool waitForNotifies(qsizetype count, int timeoutMs = 15000) const
    {
        return QTest::qWaitFor([&] { return notifies().size() >= count; }, timeoutMs);
    }

    QJsonObject item() const
    {
        const QDBusReply<QString> reply = peer().call(QStringLiteral("ItemProperties"));
        return QJsonDocument::fromJson(reply.value().toUtf8()).object();
    }

    bool waitForTooltip(const QString &subtitle, int timeoutMs = 15000) const
    {
        return QTest::qWaitFor(
            [&] { return item().value(QStringLiteral("ToolTipSubTitle")).toString() == subtitle; },
            timeoutMs);
    }

    // Alice (the app's account) with Bob in her roster; returns {alice, bob}.
    std::pair<QString, QString> accounts(const QString &prefix)
    {
        const QString alice = m_server.createUniqueAccount(prefix + QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(prefix + QStringLiteral("bob"), password);
        XmppTestClient setup;
        if (setup.connectTo(alice, password, m_server.address(), m_server.clientPort())) {
            setup.addContact(bob, QStringLiteral("Bob"), { QStringLiteral("Friends") });
            setup.disconnect();
        }
        return { alice, bob };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            !qEnvironmentVariableIsEmpty("DISPLAY"), "run under an X display (tests/support/with-xvfb.sh)");
        QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run in a private D-Bus session");
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        m_peer.setProcessChannelMode(QProcess::ForwardedChannels);
        m_peer.start(QStringLiteral("python3"),
            { qEnvironmentVariable("ISTHMUS_SOURCE_DIR")
                + QStringLiteral("/tests/support/peers/desktop_peer.py") });
        QVERIFY(m_peer.waitForStarted());
        QVERIFY2(
            QTest::qWaitFor(
                [] {
                    return QDBusConnection::sessionBus().interface()->isServiceRegistered(peerName).value();
                },
                15000),
            "the desktop peer did not come up");
    }

    void cleanupTestCase() { stopProcess(m_peer); }

    // A message notifies with the sender and the text; a second one updates the same
    // notification; the reply typed into it reaches the sender once; the tray counts along.
    void notificationReplyAndUnreadCount()
    {
        const auto [alice, bob] = accounts(QStringLiteral("n"));
        AppProcess app(
            binaryDir() + QStringLiteral("/bin/isthmus"), m_dirs.filePath(QStringLiteral("notify")));
        QVERIFY(app.start(alice, password, m_server.address(), m_server.clientPort()));
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT count(*) FROM roster_items"), 1),
            qPrintable(app.output()));

        // The tray icon registered with the watcher and says there is nothing unread.
        QVERIFY2(QTest::qWaitFor([&] { return !item().isEmpty(); }, 15000), qPrintable(app.output()));
        QVERIFY2(waitForTooltip(QStringLiteral("No unread messages")), qPrintable(app.output()));
        QCOMPARE(item().value(QStringLiteral("Status")).toString(), QStringLiteral("Active"));
        QCOMPARE(item().value(QStringLiteral("ToolTipTitle")).toString(), QStringLiteral("Isthmus"));

        XmppTestClient bobClient;
        QVERIFY(bobClient.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        // Markup in a message is text: it must arrive as written, not as bold.
        const QString first = QStringLiteral("Lunch at <b>12:30</b> & then climbing?");
        QElapsedTimer timer; // printed for the record, never asserted
        timer.start();
        QVERIFY(bobClient.sendMessage(alice, first));
        QVERIFY2(waitForNotifies(1), qPrintable(app.output()));
        qInfo("message sent -> notification shown: %lld ms", timer.restart());
        const QJsonObject shown = notifies().constFirst();
        QCOMPARE(shown.value(QStringLiteral("summary")).toString(), QStringLiteral("Bob"));
        QCOMPARE(shown.value(QStringLiteral("body")).toString(), first);
        const QJsonArray actions = shown.value(QStringLiteral("actions")).toArray();
        QVERIFY2(actions.contains(QStringLiteral("default")), QJsonDocument(actions).toJson().constData());
        QVERIFY2(
            actions.contains(QStringLiteral("inline-reply")), QJsonDocument(actions).toJson().constData());
        const uint id = uint(shown.value(QStringLiteral("id")).toInteger());
        QVERIFY(waitForTooltip(QStringLiteral("Unread messages: 1")));
        QCOMPARE(item().value(QStringLiteral("Status")).toString(), QStringLiteral("NeedsAttention"));
        QCOMPARE(
            item().value(QStringLiteral("OverlayIconName")).toString(), QStringLiteral("mail-unread-new"));

        // The second message replaces the first notification instead of adding one.
        QVERIFY(bobClient.sendMessage(alice, QStringLiteral("Are you there?")));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return notifies()
                             .constLast()
                             .value(QStringLiteral("body"))
                             .toString()
                             .contains(QStringLiteral("Are you there?"));
                     },
                     15000),
            QJsonDocument(calls()).toJson().constData());
        const QJsonObject updated = notifies().constLast();
        QCOMPARE(uint(updated.value(QStringLiteral("replaces_id")).toInteger()), id);
        QCOMPARE(
            updated.value(QStringLiteral("body")).toString(), first + QStringLiteral("\nAre you there?"));
        for (const QJsonObject &call : notifies()) {
            QCOMPARE(uint(call.value(QStringLiteral("id")).toInteger()), id); // one notification, updated
        }
        QVERIFY(waitForTooltip(QStringLiteral("Unread messages: 2")));

        // Typed into the notification: sent once, through the outbox, and the chat counts as read.
        const QString answer = QStringLiteral("Yes! See you at 12:30");
        timer.restart();
        QVERIFY(peer().call(QStringLiteral("Reply"), id, answer).type() != QDBusMessage::ErrorMessage);
        QVERIFY2(bobClient.waitForBody(answer), qPrintable(app.output()));
        qInfo("reply typed in the notification -> received by the peer: %lld ms", timer.elapsed());
        QVERIFY(app.waitForValue(
            QStringLiteral("SELECT count(*) FROM messages WHERE outgoing = 1 AND state >= 1"), 1));
        QVERIFY(waitForTooltip(QStringLiteral("No unread messages")));
        QCOMPARE(item().value(QStringLiteral("Status")).toString(), QStringLiteral("Active"));
        QTest::qWait(1500); // a duplicate would have arrived by now
        QCOMPARE(countBody(bobClient, answer), 1);
        QCOMPARE(
            app.queryValue(QStringLiteral("SELECT count(*) FROM messages WHERE outgoing = 1")).toInt(), 1);

        // A new message after the reply: a new notification; clicking it opens the chat, which
        // reads it, so the tray goes back to zero.
        QVERIFY(bobClient.sendMessage(alice, QStringLiteral("Bring the rope")));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const auto all = notifies();
                         return all.size() >= 3
                             && all.constLast().value(QStringLiteral("replaces_id")).toInteger() == 0;
                     },
                     15000),
            qPrintable(app.output()));
        const uint second = uint(notifies().constLast().value(QStringLiteral("id")).toInteger());
        QVERIFY(second != id);
        QVERIFY(waitForTooltip(QStringLiteral("Unread messages: 1")));
        timer.restart();
        QVERIFY(peer().call(QStringLiteral("InvokeAction"), second, QStringLiteral("default")).type()
            != QDBusMessage::ErrorMessage);
        QVERIFY2(waitForTooltip(QStringLiteral("No unread messages")), qPrintable(app.output()));
        qInfo("notification clicked -> chat open and read, tray at 0: %lld ms", timer.elapsed());
        QVERIFY(app.waitForValue(QStringLiteral("SELECT sum(unread) FROM chats"), 0));
        QVERIFY(windowVisible());
        QTest::qWait(800);
        QVERIFY(AppProcess::screenshot(
            binaryDir() + QStringLiteral("/screenshots/desktop-opened-from-notification.png")));

        // Nothing pops up for the chat the person is looking at, nor for what they wrote on
        // another device (a carbon of their own).
        QVERIFY(focusWindow());
        const auto before = notifies().size();
        QVERIFY(bobClient.sendMessage(alice, QStringLiteral("I see you are reading")));
        QVERIFY(app.waitForValue(QStringLiteral("SELECT count(*) FROM messages WHERE outgoing = 0"), 4));
        XmppTestClient alicePhone;
        QVERIFY(alicePhone.connectTo(alice, password, m_server.address(), m_server.clientPort()));
        QVERIFY(alicePhone.sendMessage(bob, QStringLiteral("Typed on my phone")));
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT count(*) FROM messages WHERE outgoing = 1"), 2),
            qPrintable(app.output()));
        QTest::qWait(1500); // a notification would have been sent by now
        QCOMPARE(notifies().size(), before);
        QVERIFY(app.isRunning());
    }

    // With the switch off (kept in the profile's settings), messages arrive but nothing pops up.
    void switchedOff()
    {
        const auto [alice, bob] = accounts(QStringLiteral("off"));
        const QString profile = m_dirs.filePath(QStringLiteral("off"));
        QDir().mkpath(profile);
        {
            QSettings settings(profile + QStringLiteral("/settings.ini"), QSettings::IniFormat);
            settings.setValue(QStringLiteral("notifications/enabled"), false);
        }
        AppProcess app(binaryDir() + QStringLiteral("/bin/isthmus"), profile);
        QVERIFY(app.start(alice, password, m_server.address(), m_server.clientPort()));
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT count(*) FROM roster_items"), 1),
            qPrintable(app.output()));
        const auto before = notifies().size();
        XmppTestClient bobClient;
        QVERIFY(bobClient.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        QVERIFY(bobClient.sendMessage(alice, QStringLiteral("Quiet, please")));
        QVERIFY(app.waitForValue(QStringLiteral("SELECT count(*) FROM messages WHERE outgoing = 0"), 1));
        QTest::qWait(1500); // a notification would have been sent by now
        QCOMPARE(notifies().size(), before);
    }

    // A muted chat stays quiet (the flag as the chat list stores it, set while the app was closed).
    void mutedChat()
    {
        const auto [alice, bob] = accounts(QStringLiteral("mute"));
        const QString profile = m_dirs.filePath(QStringLiteral("mute"));
        AppProcess app(binaryDir() + QStringLiteral("/bin/isthmus"), profile);
        QVERIFY(app.start(alice, password, m_server.address(), m_server.clientPort()));
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT count(*) FROM roster_items"), 1),
            qPrintable(app.output()));
        XmppTestClient bobClient;
        QVERIFY(bobClient.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        auto before = notifies().size();
        QVERIFY(bobClient.sendMessage(alice, QStringLiteral("Before you mute me")));
        QVERIFY(waitForNotifies(before + 1));
        app.stop();
        {
            const QString connection = QStringLiteral("mute-writer");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(app.databasePath());
                QVERIFY(db.open());
                QSqlQuery mute(db);
                QVERIFY(mute.exec(QStringLiteral("UPDATE chats SET muted = 1")));
                QCOMPARE(mute.numRowsAffected(), 1);
            }
            QSqlDatabase::removeDatabase(connection);
        }

        QVERIFY(app.start(alice, password, m_server.address(), m_server.clientPort()));
        QVERIFY2(QTest::qWaitFor(
                     [&] { return app.output().contains(QStringLiteral("archive catch-up done")); }, 15000),
            qPrintable(app.output()));
        before = notifies().size();
        QVERIFY(bobClient.sendMessage(alice, QStringLiteral("You will not hear this")));
        QVERIFY(app.waitForValue(QStringLiteral("SELECT count(*) FROM messages WHERE outgoing = 0"), 2));
        QTest::qWait(1500); // a notification would have been sent by now
        QCOMPARE(notifies().size(), before);
    }

    // Closing the window while a tray is there only hides it; a click on the tray icon brings it
    // back, and its menu quits. (Hiding it by a click needs a window manager's stacking order, which Xvfb has
    // not.)
    void closeToTray()
    {
        const auto [alice, bob] = accounts(QStringLiteral("tray"));
        Q_UNUSED(bob);
        AppProcess app(binaryDir() + QStringLiteral("/bin/isthmus"), m_dirs.filePath(QStringLiteral("tray")));
        QVERIFY(app.start(alice, password, m_server.address(), m_server.clientPort()));
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT count(*) FROM roster_items"), 1),
            qPrintable(app.output()));
        QVERIFY(QTest::qWaitFor([&] { return !item().isEmpty(); }, 15000));
        QVERIFY(QTest::qWaitFor(windowVisible, 10000));

        QVERIFY(requestWindowClose(visibleWindow()));
        QVERIFY2(QTest::qWaitFor([] { return !windowVisible(); }, 10000), qPrintable(app.output()));
        QTest::qWait(1000);
        QVERIFY2(app.isRunning(), qPrintable(app.output()));
        QVERIFY(peer().call(QStringLiteral("ActivateItem")).type() != QDBusMessage::ErrorMessage);
        QVERIFY2(QTest::qWaitFor(windowVisible, 10000), qPrintable(app.output()));

        // Quit from the tray icon's menu (over D-Bus, as a panel does) ends the app.
        const QDBusReply<bool> clicked = peer().call(QStringLiteral("ClickMenuItem"), QStringLiteral("Quit"));
        QVERIFY2(clicked.isValid() && clicked.value(), qPrintable(clicked.error().message()));
        QVERIFY2(QTest::qWaitFor([&] { return !app.isRunning(); }, 10000), qPrintable(app.output()));
    }

    // Without anything that shows a tray icon, closing the window quits: it would be lost otherwise.
    void closeQuitsWithoutTray()
    {
        QVERIFY(peer().call(QStringLiteral("SetHostRegistered"), false).type() != QDBusMessage::ErrorMessage);
        const auto [alice, bob] = accounts(QStringLiteral("notray"));
        Q_UNUSED(bob);
        AppProcess app(
            binaryDir() + QStringLiteral("/bin/isthmus"), m_dirs.filePath(QStringLiteral("notray")));
        QVERIFY(app.start(alice, password, m_server.address(), m_server.clientPort()));
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT count(*) FROM roster_items"), 1),
            qPrintable(app.output()));
        QVERIFY(QTest::qWaitFor(windowVisible, 10000));
        QVERIFY(requestWindowClose(visibleWindow()));
        const bool exited = QTest::qWaitFor([&] { return !app.isRunning(); }, 10000);
        QVERIFY(peer().call(QStringLiteral("SetHostRegistered"), true).type() != QDBusMessage::ErrorMessage);
        QVERIFY2(exited, qPrintable(app.output()));
    }
};

QTEST_GUILESS_MAIN(DesktopIntegrationTest)
#include "tst_desktop_integration.moc"
