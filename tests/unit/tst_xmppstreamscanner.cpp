// SPDX-License-Identifier: GPL-3.0-or-later
// Where XmppStreamScanner cuts a stream, however the bytes are split, and what it refuses.
#include <QElapsedTimer>
#include <QTest>

#include "xmpp/XmppStreamScanner.h"

namespace {
const QByteArray header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' id='s1' from='example.test' "
                          "version='1.0'>";
const QByteArray features = "<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                            "<mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>";
// Quotes hide '>' and '/>' in attribute values; CDATA and comments hide tags.
const QByteArray tricky = "<message to='a@b/c>d' id=\"x/>y\"><body><![CDATA[</message><b>]]></body>"
                          "<!-- </message> --><x xmlns='u'/></message>";
const QByteArray empty = "<presence from='a@b/c'/>";
const QByteArray restart
    = "<stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'>";

// Feeds `stream` in pieces of `step` bytes; returns the units taken after each piece.
QList<QByteArray> units(const QByteArray &stream, qsizetype step)
{
    XmppStreamScanner scanner;
    QList<QByteArray> taken;
    for (qsizetype i = 0; i < stream.size(); i += step) {
        if (!scanner.feed(QByteArrayView(stream).mid(i, step))) {
            taken.append("ERROR: " + scanner.error().toUtf8());
            break;
        }
        const QByteArray complete = scanner.takeComplete();
        if (!complete.isEmpty()) {
            taken.append(complete);
        }
    }
    return taken;
}
} // namespace

class XmppStreamScannerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every split of the stream hands on the same bytes, each piece ending at a unit's end.
    void cutsOnlyAtUnitEnds()
    {
        const QByteArray stream
            = header + features + tricky + " " + empty + restart + features + "</stream:stream>";
        const QList<QByteArray> ends
            = { header, features, tricky, " ", empty, restart, features, "</stream:stream>" };
        for (qsizetype step = 1; step <= stream.size(); ++step) {
            const QList<QByteArray> taken = units(stream, step);
            QCOMPARE(taken.join(), stream);
            // Each handed-on piece is a run of whole units.
            qsizetype at = 0;
            int unit = 0;
            for (const QByteArray &piece : taken) {
                at += piece.size();
                qsizetype boundary = 0;
                for (unit = 0; unit < ends.size() && boundary < at; ++unit) {
                    boundary += ends[unit].size();
                }
                QVERIFY2(boundary == at, qPrintable(QStringLiteral("step %1 cut at %2").arg(step).arg(at)));
            }
        }
        // Read whole, one unit at a time as they complete.
        QCOMPARE(units(header + tricky, 1).size(), 2);
        QCOMPARE(units(header + tricky, 1).at(1), tricky);
    }

    void keepsAnIncompleteStanza()
    {
        XmppStreamScanner scanner;
        QVERIFY(scanner.feed(header + "<message><body>"));
        QCOMPARE(scanner.takeComplete(), header);
        QCOMPARE(scanner.pendingSize(), qsizetype(15));
        QVERIFY(scanner.feed(QByteArray(1000, 'x')));
        QCOMPARE(scanner.takeComplete(), QByteArray());
        QCOMPARE(scanner.pendingSize(), qsizetype(1015));
        QVERIFY(scanner.feed("</body></message>"));
        QCOMPARE(scanner.takeComplete().size(), 1032);
        QCOMPARE(scanner.pendingSize(), qsizetype(0));
    }

    void refusesDeclarations_data()
    {
        QTest::addColumn<QByteArray>("declaration");
        QTest::addRow("doctype") << QByteArray("<!DOCTYPE lol [<!ENTITY a 'aaaa'>]>");
        QTest::addRow("entity") << QByteArray("<!ENTITY a 'b'>");
        QTest::addRow("element") << QByteArray("<!ELEMENT x ANY>");
        QTest::addRow("inside a stanza") << QByteArray("<message><!DOCTYPE x></message>");
    }
    void refusesDeclarations()
    {
        QFETCH(QByteArray, declaration);
        for (qsizetype step : { qsizetype(1), qsizetype(3), declaration.size() }) {
            const QList<QByteArray> taken = units(header + declaration + empty, step);
            QVERIFY(!taken.isEmpty());
            QCOMPARE(taken.last(), QByteArray("ERROR: a document type declaration in the stream"));
            QVERIFY(!taken.join().contains("<!"));
        }
        XmppStreamScanner scanner;
        QVERIFY(!scanner.feed(header + declaration));
        QVERIFY(!scanner.feed(empty)); // stays failed
        scanner.reset();
        QVERIFY(scanner.feed(header + empty));
        QCOMPARE(scanner.takeComplete(), header + empty);
    }

    // A megabyte in 1 KiB pieces is kept whole (the guard, not the scanner, caps it).
    void scansEachByteOnce()
    {
        XmppStreamScanner scanner;
        QVERIFY(scanner.feed(header + "<message><body>"));
        scanner.takeComplete();
        const QByteArray piece(1024, 'x');
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 1024; ++i) {
            QVERIFY(scanner.feed(piece));
        }
        qInfo("1 MiB in 1 KiB pieces: %lld ms", clock.elapsed());
        QCOMPARE(scanner.pendingSize(), qsizetype(1024 * 1024 + 15));
    }
};

QTEST_GUILESS_MAIN(XmppStreamScannerTest)
#include "tst_xmppstreamscanner.moc"
