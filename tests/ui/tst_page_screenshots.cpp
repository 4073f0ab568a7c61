// SPDX-License-Identifier: GPL-3.0-or-later
// Every main page of the real app on the demo server, in the light and the dark Breeze scheme, at
// a wide (1280x800) and a narrow (420x800) window: screenshots for people to look at (in
// <build>/screenshots/pages), and checks that each is drawn, dark where it should be, and narrow;
// on the way, the chat list's menu from the keyboard pins and unpins a chat.
#include <memory>

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "AppProcess.h"
#include "DemoSeeder.h"
#include "ProsodyServer.h"
#include "ScreenshotCheck.h"

namespace {

struct Picture
{
    int width = 0;
    int colours = 0;
    double lightness = 0; // mean of the sampled pixels, 0 (black) .. 1 (white)
};

Picture look(const QString &path)
{
    const QImage image(path);
    Picture picture { image.width(), 0, 0 };
    QSet<QRgb> colours;
    double sum = 0;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            sum += qGray(pixel) / 255.0;
            ++samples;
        }
    }
    picture.colours = int(colours.size());
    picture.lightness = samples > 0 ? sum / samples : 0;
    return picture;
}

struct Layout
{
    const char *name;
    int width;
    int height;
};
constexpr Layout layouts[] { { "wide", 1280, 800 }, { "narrow", 420, 800 } };

} // namespace

class PageScreenshotsTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dirs;
    std::unique_ptr<DemoSeeder> m_seeder;

    // Takes the screenshot and checks it is drawn, in the scheme asked for, at the width asked for.
    void shoot(const QString &page, const QString &scheme, const Layout &layout)
    {
        QTest::qWait(1200); // page transitions and the last rows
        const QString path = testBinaryDir()
            + QStringLiteral("/screenshots/pages/%1-%2-%3.png").arg(page, scheme, QLatin1String(layout.name));
        QVERIFY2(AppProcess::screenshot(path), qPrintable(path));
        const Picture picture = look(path);
        qInfo("%s: %d px wide, %d colours, lightness %.2f", qPrintable(path), picture.width, picture.colours,
            picture.lightness);
        QVERIFY2(picture.colours > 12, qPrintable(page + QStringLiteral(" looks blank")));
        QCOMPARE(picture.width, layout.width);
        if (scheme == QLatin1String("dark"))
            QVERIFY2(picture.lightness < 0.4, qPrintable(page + QStringLiteral(" is not dark")));
        else
            QVERIFY2(picture.lightness > 0.6, qPrintable(page + QStringLiteral(" is not light")));
    }

    void openChat(const QString &dataDir, const QString &jid)
    {
        // As a desktop does for an xmpp: link: a second start hands the URI to the running window.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(testBinaryDir() + QStringLiteral("/bin/isthmus"),
            { QStringLiteral("--data-dir"), dataDir, QStringLiteral("xmpp:") + jid });
        QVERIFY(second.waitForFinished(15000));
        QCOMPARE(second.exitCode(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            !qEnvironmentVariableIsEmpty("DISPLAY"), "run under an X display (tests/support/with-xvfb.sh)");
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        DemoSeeder seeder(m_server);
        QVERIFY2(seeder.prepare(), qPrintable(seeder.error()));
    }

    void mainPages_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void mainPages()
    {
        QFETCH(QString, scheme);
        // One profile for both schemes: the second run shows what the first stored.
        const QString dataDir = m_dirs.filePath(QStringLiteral("demo"));
        AppProcess app(testBinaryDir() + QStringLiteral("/bin/isthmus"), dataDir);
        app.setEnvironment(QStringLiteral("ISTHMUS_COLOR_SCHEME"), scheme);
        QVERIFY(app.start(
            DemoSeeder::demoJid, DemoSeeder::demoPassword, m_server.address(), m_server.clientPort()));
        QVERIFY2(app.waitForValue(
                     QStringLiteral("SELECT count(*) FROM roster_items"), DemoSeeder::contactCount, 30000),
            qPrintable(app.output()));
        if (!m_seeder) {
            // Contacts stay online (with their statuses) for the rest of the test.
            m_seeder = std::make_unique<DemoSeeder>(m_server);
            QVERIFY2(m_seeder->converse(), qPrintable(m_seeder->error()));
            QVERIFY2(m_seeder->goOnline(), qPrintable(m_seeder->error()));
        }
        // Without what the earlier scheme's run typed into Dave's chat.
        QVERIFY2(app.waitForValue(
                     QStringLiteral("SELECT count(*) FROM messages WHERE body NOT LIKE 'Reviewed all%'"),
                     DemoSeeder::messageCount(), 20000),
            qPrintable(app.output()));
        QVERIFY2(AppProcess::waitForWindow(), qPrintable(app.output()));

        for (const Layout &layout : layouts) {
            QVERIFY(AppProcess::resizeWindow(layout.width, layout.height));
            QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+1")));
            shoot(QStringLiteral("chats"), scheme, layout);
            if (layout.width == layouts[0].width) {
                // The list's one menu (one for all rows since a row's own crashed the app), from
                // the keyboard: Down from the filter to the first chat, the menu key (the menu
                // opens below the row, its first entry current), Enter. Light pins the first chat; dark,
                // where that chat is first and pinned, unpins it.
                QVERIFY(AppProcess::pressKeys(QStringLiteral("Down")));
                QVERIFY(AppProcess::pressKeys(QStringLiteral("Menu")));
                shoot(QStringLiteral("chats-menu"), scheme, layout);
                QVERIFY(AppProcess::pressKeys(QStringLiteral("Return")));
                QVERIFY2(app.waitForValue(QStringLiteral("SELECT count(*) FROM chats WHERE pinned = 1"),
                             scheme == QLatin1String("light") ? 1 : 0),
                    qPrintable(app.output()));
            }
            openChat(dataDir, QStringLiteral("alice@example.test"));
            // Read once its rows are shown: under load a fixed pause once caught the page empty.
            QVERIFY2(app.waitForValue(
                         QStringLiteral("SELECT unread FROM chats WHERE jid = 'alice@example.test'"), 0),
                qPrintable(app.output()));
            shoot(QStringLiteral("chat"), scheme, layout);
            // Ctrl+E: the emoji picker over the composer; Right, Enter puts the second one in.
            QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+e")));
            shoot(QStringLiteral("emoji"), scheme, layout);
            QVERIFY(AppProcess::pressKeys(QStringLiteral("Right")));
            QVERIFY(AppProcess::pressKeys(QStringLiteral("Return")));
            QTest::qWait(300);
            QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+a")));
            QVERIFY(AppProcess::pressKeys(QStringLiteral("Delete")));
            QVERIFY2(app.waitForValue(
                         QStringLiteral("SELECT unread FROM chats WHERE jid = 'alice@example.test'"), 0),
                qPrintable(app.output()));
            QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+2")));
            shoot(QStringLiteral("roster"), scheme, layout);
            QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+f")));
            QTest::qWait(600);
            QVERIFY(AppProcess::typeText(QStringLiteral("climb"), false));
            shoot(QStringLiteral("search"), scheme, layout);
            // Ctrl+K, a few letters, Enter: Bob's chat opens and is read.
            QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+k")));
            QTest::qWait(600);
            QVERIFY(AppProcess::typeText(QStringLiteral("bob"), false));
            shoot(QStringLiteral("switcher"), scheme, layout);
            QVERIFY(AppProcess::pressKeys(QStringLiteral("Return")));
            QVERIFY2(app.waitForValue(
                         QStringLiteral("SELECT unread FROM chats WHERE jid = 'bob@example.test'"), 0),
                qPrintable(app.output()));
            // Bob's chat: a reply to something not here shows the quote he included; his sticker
            // is a line saying Isthmus cannot show it yet.
            shoot(QStringLiteral("chat-bob"), scheme, layout);
            // A long chat (Dave's): scrolled up, the button down to the newest message; after
            // sending, the view stays at the newest bubble and nothing covers its time and tick.
            openChat(dataDir, QStringLiteral("dave@example.test"));
            QTest::qWait(1000);
            QVERIFY(AppProcess::scrollAt(layout.width * 3 / 4, layout.height / 2, 15));
            shoot(QStringLiteral("long-chat-scrolled"), scheme, layout);
            QVERIFY(AppProcess::typeText(
                QStringLiteral("Reviewed all %1, merging (%2)").arg(scheme, QLatin1String(layout.name))));
            QVERIFY2(app.waitForValue(QStringLiteral("SELECT count(*) FROM messages WHERE body = 'Reviewed "
                                                     "all %1, merging (%2)' AND state >= 1")
                                          .arg(scheme, QLatin1String(layout.name)),
                         1),
                qPrintable(app.output()));
            shoot(QStringLiteral("long-chat-sent"), scheme, layout);
            // Twice: right after the switcher closes, the first press can land before the window
            // has its keyboard focus back (showing settings again is harmless).
            QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+comma")));
            QTest::qWait(500);
            QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+comma")));
            shoot(QStringLiteral("settings"), scheme, layout);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(app.isRunning(), qPrintable(app.output()));
    }

    // A first start without any account: the account setup page.
    void accountSetup_data() { mainPages_data(); }

    void accountSetup()
    {
        QFETCH(QString, scheme);
        AppProcess app(testBinaryDir() + QStringLiteral("/bin/isthmus"),
            m_dirs.filePath(QStringLiteral("new-") + scheme));
        app.setEnvironment(QStringLiteral("ISTHMUS_COLOR_SCHEME"), scheme);
        QVERIFY(app.startWith({}));
        QVERIFY2(AppProcess::waitForWindow(), qPrintable(app.output()));
        for (const Layout &layout : layouts) {
            QVERIFY(AppProcess::resizeWindow(layout.width, layout.height));
            shoot(QStringLiteral("setup"), scheme, layout);
        }
        QVERIFY2(app.isRunning(), qPrintable(app.output()));
    }
};

QTEST_GUILESS_MAIN(PageScreenshotsTest)
#include "tst_page_screenshots.moc"
