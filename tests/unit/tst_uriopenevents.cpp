// SPDX-License-Identifier: GPL-3.0-or-later
// The macOS path for xmpp: links: a QFileOpenEvent sent to the application becomes the URI to
// open; other schemes and files are left alone.
#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QSignalSpy>
#include <QTest>

#include "desktop/UriOpenEvents.h"

class TestUriOpenEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anXmppLinkIsOpened()
    {
        UriOpenEvents events(qApp);
        QSignalSpy opened(&events, &UriOpenEvents::uriOpened);
        QFileOpenEvent event(QUrl(QStringLiteral("xmpp:alice@example.org?message")));
        QVERIFY(QCoreApplication::sendEvent(qApp, &event));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("xmpp:alice@example.org?message"));
    }

    void otherSchemesAndFilesAreNotAddresses()
    {
        UriOpenEvents events(qApp);
        QSignalSpy opened(&events, &UriOpenEvents::uriOpened);
        QFileOpenEvent file(QStringLiteral("/tmp/notes.txt"));
        QFileOpenEvent web(QUrl(QStringLiteral("https://example.org/xmpp:alice@example.org")));
        QCoreApplication::sendEvent(qApp, &file);
        QCoreApplication::sendEvent(qApp, &web);
        QCOMPARE(opened.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUriOpenEvents)
#include "tst_uriopenevents.moc"
