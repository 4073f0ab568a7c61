// SPDX-License-Identifier: GPL-3.0-or-later
// DisplayText, the pages' text singleton: remote words never become markup, only the link schemes
// the renderer makes are opened, and times show without seconds in every locale.
#include <QTest>

#include "models/DisplayText.h"

class DisplayTextTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Fails if the text is passed through: the tags would be rendered by a label that guesses.
    void remoteTextIsNeverMarkup()
    {
        const DisplayText text;
        QCOMPARE(text.asPlainText(QStringLiteral("<img src=\"https://x.test/a.png\"> & <b>bold</b>\nnext")),
            QStringLiteral(
                "<span>&lt;img src=&quot;https://x.test/a.png&quot;&gt; &amp; &lt;b&gt;bold&lt;/b&gt;<br>"
                "next</span>"));
        QCOMPARE(text.asPlainText(QString()), QString());
    }

    void onlyTheRenderedSchemesAreOpened_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("opened");
        QTest::newRow("https") << QStringLiteral("https://example.org/") << true;
        QTest::newRow("upper case") << QStringLiteral("HTTPS://example.org/") << true;
        QTest::newRow("xmpp") << QStringLiteral("xmpp:bob@example.org?message") << true;
        QTest::newRow("geo") << QStringLiteral("geo:52.5,13.4") << true;
        QTest::newRow("http") << QStringLiteral("http://example.org/") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("scheme later") << QStringLiteral("data:text/html,https:") << false;
        QTest::newRow("empty") << QString() << false;
    }

    // Fails if any scheme (or a scheme named anywhere in the link) is let through.
    void onlyTheRenderedSchemesAreOpened()
    {
        QFETCH(QString, link);
        QFETCH(bool, opened);
        QCOMPARE(DisplayText().isOpenableLink(link), opened);
    }

    // The C locale's short format is HH:mm:ss: fails without dropping the seconds.
    void timesHaveNoSeconds()
    {
        const QDateTime morning(QDate(2026, 12, 3), QTime(9, 5, 7));
        const QLocale previous;
        QLocale::setDefault(QLocale::c());
        QVERIFY(QLocale().timeFormat(QLocale::ShortFormat).contains(QLatin1String("ss")));
        QCOMPARE(DisplayText().shortTime(morning), QStringLiteral("09:05"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(DisplayText().shortTime(morning), QStringLiteral("09:05"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(
            DisplayText().shortTime(morning).remove(QChar(0x202f)).remove(u' '), QStringLiteral("9:05AM"));
        QLocale::setDefault(previous);
        QCOMPARE(DisplayText().shortTime(QDateTime()), QString());
    }
};

QTEST_GUILESS_MAIN(DisplayTextTest)
#include "tst_displaytext.moc"
