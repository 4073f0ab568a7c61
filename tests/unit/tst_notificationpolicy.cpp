// SPDX-License-Identifier: GPL-3.0-or-later
// Which messages raise a desktop notification and what it says; the switch that turns them off
// survives a restart.
#include <QTemporaryDir>
#include <QTest>

#include "desktop/NotificationPolicy.h"
#include "models/NotificationSettings.h"
#include "storage/Message.h"

namespace {
Message incoming(const QString &body)
{
    Message m;
    m.account = QStringLiteral("alice@example.test");
    m.chatJid = QStringLiteral("bob@example.test");
    m.sender = m.chatJid;
    m.body = body;
    return m;
}
} // namespace

class NotificationPolicyTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldNotify_data()
    {
        QTest::addColumn<Message>("message");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<bool>("muted");
        QTest::addColumn<bool>("onScreen");
        QTest::addColumn<bool>("expected");

        Message own = incoming(QStringLiteral("sent from my phone"));
        own.outgoing = true;
        own.sender = own.account;
        Message fromSelf = incoming(QStringLiteral("a note to myself"));
        fromSelf.sender = fromSelf.account; // e.g. a carbon of our own, however it is flagged
        Message retracted = incoming(QString());
        retracted.retracted = true;

        QTest::newRow("from a contact") << incoming(QStringLiteral("hi")) << true << false << false << true;
        QTest::newRow("switched off") << incoming(QStringLiteral("hi")) << false << false << false << false;
        QTest::newRow("muted chat") << incoming(QStringLiteral("hi")) << true << true << false << false;
        QTest::newRow("chat on screen") << incoming(QStringLiteral("hi")) << true << false << true << false;
        QTest::newRow("our own carbon") << own << true << false << false << false;
        QTest::newRow("sender is us") << fromSelf << true << false << false << false;
        QTest::newRow("blank") << incoming(QStringLiteral("  \n ")) << true << false << false << false;
        QTest::newRow("retracted") << retracted << true << false << false << false;
        Message deviceTrusted = incoming(QStringLiteral("1234"));
        deviceTrusted.kind = MessageKind::NewDeviceTrusted;
        Message deviceUntrusted = incoming(QStringLiteral("1234"));
        deviceUntrusted.kind = MessageKind::NewDeviceUntrusted;
        QTest::newRow("new device, trusted until verified")
            << deviceTrusted << true << false << false << false;
        QTest::newRow("new device, not trusted yet") << deviceUntrusted << true << false << false << true;
    }

    void shouldNotify()
    {
        QFETCH(Message, message);
        QFETCH(bool, enabled);
        QFETCH(bool, muted);
        QFETCH(bool, onScreen);
        QFETCH(bool, expected);
        NotificationPolicy::Context context;
        context.notificationsEnabled = enabled;
        context.chatMuted = muted;
        context.chatOnScreen = onScreen;
        QCOMPARE(NotificationPolicy::shouldNotify(message, context), expected);
    }

    void previewIsOneShortLine()
    {
        QCOMPARE(NotificationPolicy::preview(QStringLiteral("  two\nlines\t here ")),
            QStringLiteral("two lines here"));
        const QString longText(500, QLatin1Char('x'));
        const QString cut = NotificationPolicy::preview(longText, 160);
        QCOMPARE(cut.size(), 160);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        // An emoji straddling the cut is dropped whole, never split into half a surrogate pair.
        const QString emoji
            = QString(158, QLatin1Char('a')) + QString::fromUtf8("\xF0\x9F\xA7\x97") + QStringLiteral("bbb");
        const QString safe = NotificationPolicy::preview(emoji, 160);
        QVERIFY(!safe.at(safe.size() - 2).isHighSurrogate());
        QVERIFY(safe.endsWith(QChar(0x2026)));
        QCOMPARE(NotificationPolicy::preview(QStringLiteral("short"), 160), QStringLiteral("short"));
    }

    void summaryKeepsTheNewest()
    {
        QCOMPARE(NotificationPolicy::summary({ QStringLiteral("a"), QStringLiteral("b") }),
            QStringLiteral("a\nb"));
        const QStringList six { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
            QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6") };
        QCOMPARE(NotificationPolicy::summary(six, 4), QStringLiteral("(2 earlier messages)\n3\n4\n5\n6"));
        // What the notifier keeps: the last four, and a count of the rest.
        QCOMPARE(NotificationPolicy::summary(six.mid(2), 4, 2),
            QStringLiteral("(2 earlier messages)\n3\n4\n5\n6"));
        QCOMPARE(
            NotificationPolicy::summary(six.mid(3), 4, 3), QStringLiteral("(3 earlier messages)\n4\n5\n6"));
    }

    void switchSurvivesRestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            NotificationSettings settings(path);
            QVERIFY(settings.enabled()); // on until the person says otherwise
            int changes = 0;
            connect(&settings, &NotificationSettings::enabledChanged, this, [&] { ++changes; });
            settings.setEnabled(false);
            settings.setEnabled(false);
            QCOMPARE(changes, 1);
        }
        NotificationSettings again(path);
        QVERIFY(!again.enabled());
        again.setEnabled(true);
        QVERIFY(NotificationSettings(path).enabled());
    }
};

QTEST_GUILESS_MAIN(NotificationPolicyTest)
#include "tst_notificationpolicy.moc"
