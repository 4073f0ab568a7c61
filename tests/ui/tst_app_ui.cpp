// SPDX-License-Identifier: GPL-3.0-or-later
// The real Isthmus window against a real Prosody: log in, receive, type a reply with the
// keyboard, see the answer; and a wrong password explained on the login page. Screenshots of
// both land in <build>/screenshots.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "AppProcess.h"
#include "ProsodyServer.h"
#include "ScreenshotCheck.h"
#include "XmppTestClient.h"

namespace {
const QString password = QStringLiteral("ui-test-password");

} // namespace

class AppUiTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server;
    QTemporaryDir m_dirs;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            !qEnvironmentVariableIsEmpty("DISPLAY"), "run under an X display (tests/support/with-xvfb.sh)");
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    }

    void conversationInTheRealWindow()
    {
        const QString alice = m_server.createUniqueAccount(QStringLiteral("alice"), password);
        const QString bob = m_server.createUniqueAccount(QStringLiteral("bob"), password);
        {
            XmppTestClient setup;
            QVERIFY(setup.connectTo(alice, password, m_server.address(), m_server.clientPort()));
            QVERIFY(setup.addContact(bob, QStringLiteral("Bob"), { QStringLiteral("Friends") }));
            setup.disconnect();
        }

        AppProcess app(testBinaryDir() + QStringLiteral("/bin/isthmus"),
            m_dirs.filePath(QStringLiteral("conversation")));
        QVERIFY(app.start(
            alice, password, m_server.address(), m_server.clientPort(), { QStringLiteral("xmpp:") + bob }));
        // Connected once the roster is in its database.
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT count(*) FROM roster_items"), 1),
            qPrintable(app.output()));

        XmppTestClient peer;
        QVERIFY(peer.connectTo(bob, password, m_server.address(), m_server.clientPort()));
        QVERIFY(peer.sendMessage(alice, QStringLiteral("Hello Alice, it's Bob. Lunch today?")));
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT count(*) FROM messages WHERE outgoing = 0"), 1),
            qPrintable(app.output()));

        // Typed into the composer, sent with Enter.
        QTest::qWait(500);
        QVERIFY(AppProcess::typeText(QStringLiteral("Sure, 12:30 at the usual place?")));
        QVERIFY2(
            peer.waitForBody(QStringLiteral("Sure, 12:30 at the usual place?")), qPrintable(app.output()));
        QVERIFY(app.waitForValue(QStringLiteral("SELECT min(state) FROM messages WHERE outgoing = 1"), 1));

        QVERIFY(peer.sendMessage(alice, QStringLiteral("Perfect, see you there!")));
        QVERIFY(app.waitForValue(QStringLiteral("SELECT count(*) FROM messages"), 3));
        QTest::qWait(1000);

        const QString shot = testBinaryDir() + QStringLiteral("/screenshots/ui-conversation.png");
        QVERIFY(AppProcess::screenshot(shot));
        QVERIFY2(distinctColours(shot) > 50, "the screenshot looks blank");
        qInfo("screenshot: %s", qPrintable(shot));

        // Ctrl+2: the contacts, grouped by roster group.
        QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+2")));
        QTest::qWait(1500);
        const QString roster = testBinaryDir() + QStringLiteral("/screenshots/ui-roster.png");
        QVERIFY(AppProcess::screenshot(roster));
        QVERIFY2(distinctColours(roster) > 20, "the roster screenshot looks blank");

        // Ctrl+N on the contacts page: the add-contact dialog; a malformed address is refused
        // in the dialog, which stays open.
        QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+n")));
        QTest::qWait(800);
        QVERIFY(AppProcess::typeText(QStringLiteral("not an address")));
        QTest::qWait(800);
        const QString dialog = testBinaryDir() + QStringLiteral("/screenshots/ui-add-contact.png");
        QVERIFY(AppProcess::screenshot(dialog));
        QVERIFY(AppProcess::pressKeys(QStringLiteral("Escape")));
        QTest::qWait(300);

        // Ctrl+F: the search page; typing goes into its field (the search itself is tested in
        // tst_messagestore and tst_cli).
        QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+f")));
        QTest::qWait(800);
        QVERIFY(AppProcess::typeText(QStringLiteral("lunch"), false));
        QTest::qWait(1500);
        const QString search = testBinaryDir() + QStringLiteral("/screenshots/ui-search.png");
        QVERIFY(AppProcess::screenshot(search));
        QVERIFY(app.isRunning());
    }

    // The way a person meets someone new: add the contact into a group, find them in the roster
    // tree, open the chat from there, write, and see their answer come in as an unread chat.
    void addContactChatAndSeeTheUnreadReply()
    {
        const QString carol = m_server.createUniqueAccount(QStringLiteral("carol"), password);
        const QString dan = m_server.createUniqueAccount(QStringLiteral("dan"), password);
        AppProcess app(
            testBinaryDir() + QStringLiteral("/bin/isthmus"), m_dirs.filePath(QStringLiteral("newcontact")));
        QVERIFY(app.start(carol, password, m_server.address(), m_server.clientPort()));
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT count(*) FROM accounts WHERE configured = 1"), 1),
            qPrintable(app.output()));
        QVERIFY(AppProcess::waitForWindow());
        XmppTestClient peer;
        QVERIFY(peer.connectTo(dan, password, m_server.address(), m_server.clientPort()));

        // Contacts (Ctrl+2), add (Ctrl+N): address, Tab, name, Tab, a new group, Enter.
        QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+2")));
        QTest::qWait(800);
        QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+n")));
        QTest::qWait(800);
        QVERIFY(AppProcess::typeText(dan, false));
        QVERIFY(AppProcess::pressKeys(QStringLiteral("Tab")));
        QVERIFY(AppProcess::typeText(QStringLiteral("Dan the Climber"), false));
        QVERIFY(AppProcess::pressKeys(QStringLiteral("Tab")));
        QVERIFY(AppProcess::typeText(QStringLiteral("Climbing")));
        QVERIFY2(
            app.waitForValue(
                QStringLiteral("SELECT name || '|' || groups FROM roster_items WHERE jid = '%1'").arg(dan),
                QStringLiteral("Dan the Climber|Climbing")),
            qPrintable(app.output()));
        QTest::qWait(1500);
        const QString roster = testBinaryDir() + QStringLiteral("/screenshots/ui-new-contact-in-group.png");
        QVERIFY(AppProcess::screenshot(roster));

        // The new contact is selected in the tree: Enter opens the chat, the composer has focus.
        QVERIFY(AppProcess::pressKeys(QStringLiteral("Return")));
        // Opening the chat makes its row; the page is there a moment later.
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT count(*) FROM chats WHERE jid = '%1'").arg(dan), 1),
            qPrintable(app.output()));
        QVERIFY2(app.waitForFocus({ QStringLiteral("composer") }), qPrintable(app.output()));
        QVERIFY(AppProcess::typeText(QStringLiteral("Hi Dan, want to join us on Saturday?")));
        QVERIFY2(peer.waitForBody(QStringLiteral("Hi Dan, want to join us on Saturday?")),
            qPrintable(app.output()));

        // Back to the recent chats; the answer arrives there as unread.
        QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+1")));
        QTest::qWait(800);
        QVERIFY(peer.sendMessage(carol, QStringLiteral("Count me in!")));
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT unread FROM chats WHERE jid = '%1'").arg(dan), 1),
            qPrintable(app.output()));
        QTest::qWait(1200);
        const QString chats = testBinaryDir() + QStringLiteral("/screenshots/ui-unread-reply.png");
        QVERIFY(AppProcess::screenshot(chats));
        QVERIFY2(distinctColours(chats) > 20, "the chat list screenshot looks blank");

        // Many answers while the chat is not open: opening it starts at the first unread one,
        // under a "New messages" marker, with a button down to the newest.
        for (int i = 1; i <= 60; ++i)
            QVERIFY(peer.sendMessage(carol, QStringLiteral("Route idea number %1").arg(i)));
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT unread FROM chats WHERE jid = '%1'").arg(dan), 61),
            qPrintable(app.output()));
        QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+k")));
        QVERIFY2(app.waitForFocus({ QStringLiteral("SearchField"), QStringLiteral("quickSwitcher") }),
            qPrintable(app.output()));
        QVERIFY(AppProcess::typeText(QStringLiteral("dan")));
        QVERIFY2(app.waitForValue(QStringLiteral("SELECT unread FROM chats WHERE jid = '%1'").arg(dan), 0),
            qPrintable(app.output()));
        QTest::qWait(1500);
        const QString unread = testBinaryDir() + QStringLiteral("/screenshots/ui-first-unread.png");
        QVERIFY(AppProcess::screenshot(unread));

        // Ctrl+K with an address nobody has chatted with: Enter starts the chat. The address does
        // not exist, so the message comes back failed, with the reason and a Retry button.
        const QString nobody = QStringLiteral("nobody-here@") + m_server.domain();
        QVERIFY(AppProcess::pressKeys(QStringLiteral("ctrl+k")));
        // Typed before the dialog had the focus, the address went into the open chat's composer
        // (seen under load): wait for the focus the app reports.
        QVERIFY2(app.waitForFocus({ QStringLiteral("SearchField"), QStringLiteral("quickSwitcher") }),
            qPrintable(app.output()));
        QVERIFY(AppProcess::typeText(nobody));
        QVERIFY2(
            app.waitForValue(QStringLiteral("SELECT count(*) FROM chats WHERE jid = '%1'").arg(nobody), 1),
            qPrintable(app.output()));
        QVERIFY2(app.waitForFocus({ QStringLiteral("composer") }), qPrintable(app.output()));
        QVERIFY(AppProcess::typeText(QStringLiteral("Is this the right address?")));
        QVERIFY2(
            app.waitForValue(
                QStringLiteral("SELECT state FROM messages WHERE body = 'Is this the right address?'"), 4),
            qPrintable(app.output()));
        QTest::qWait(1000);
        QVERIFY(
            AppProcess::screenshot(testBinaryDir() + QStringLiteral("/screenshots/ui-failed-message.png")));
        QVERIFY(app.isRunning());
    }

    // A second start of the same profile hands its xmpp: URI to the running window and exits.
    void secondStartOpensTheChatInTheFirst()
    {
        const QString dave = m_server.createUniqueAccount(QStringLiteral("dave"), password);
        const QString dir = m_dirs.filePath(QStringLiteral("single"));
        AppProcess first(testBinaryDir() + QStringLiteral("/bin/isthmus"), dir);
        QVERIFY(first.start(dave, password, m_server.address(), m_server.clientPort()));
        QTRY_VERIFY_WITH_TIMEOUT(first.output().contains(QStringLiteral("connected")), 20000);

        QProcess second;
        second.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        second.start(testBinaryDir() + QStringLiteral("/bin/isthmus"),
            { QStringLiteral("--data-dir"), dir, QStringLiteral("xmpp:erin@example.test?message") });
        QVERIFY(second.waitForFinished(10000));
        QCOMPARE(second.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            first.output().contains(QStringLiteral("opening the chat with erin@example.test")), 5000);
        QVERIFY(first.isRunning());
    }

    void wrongPasswordIsExplainedAndTheAppKeepsRunning()
    {
        const QString carol = m_server.createUniqueAccount(QStringLiteral("carol"), password);
        AppProcess app(
            testBinaryDir() + QStringLiteral("/bin/isthmus"), m_dirs.filePath(QStringLiteral("wrong")));
        QVERIFY(
            app.start(carol, QStringLiteral("not the password"), m_server.address(), m_server.clientPort()));
        QTRY_VERIFY_WITH_TIMEOUT(app.output().contains(QStringLiteral("rejected the password")), 20000);
        QTest::qWait(1000);
        const QString shot = testBinaryDir() + QStringLiteral("/screenshots/ui-wrong-password.png");
        QVERIFY(AppProcess::screenshot(shot));
        QVERIFY(distinctColours(shot) > 20);
        QVERIFY(app.isRunning());
    }
};

QTEST_GUILESS_MAIN(AppUiTest)
#include "tst_app_ui.moc"
