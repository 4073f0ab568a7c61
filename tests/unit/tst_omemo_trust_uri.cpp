// SPDX-License-Identifier: GPL-3.0-or-later
// The OMEMO trust URI of a verification QR code: the legacy omemo-sid- form (Conversations, Dino,
// Monal) and XEP-0450's trust message (Kaidan), read as those clients write them and written so
// they read it back; hostile text (wrong scheme, bad JID, odd hex, huge input) gives a reason.
#include <QTest>

#include "omemo/OmemoTrustUri.h"

namespace {
const QString hexA = QStringLiteral("6850019d7ed0feb6d3823072498ceb4f616c6025586f8f666dc6b9c81ef7e0a4");
const QString hexB = QStringLiteral("9a7b3c5d1e2f40516273849506a7b8c9dadbecfd0e1f2031425364758697a8b9");
QByteArray bytes(const QString &hex)
{
    return QByteArray::fromHex(hex.toLatin1());
}
} // namespace

class OmemoTrustUriTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsConversationsForm()
    {
        // As Conversations shares a contact: several devices joined by ';'.
        const auto uri = OmemoTrustUri::parse(
            QStringLiteral("xmpp:Alice@Example.org?omemo-sid-1234567=%1;omemo-sid-42=%2").arg(hexA, hexB));
        QVERIFY2(uri.isValid(), qPrintable(uri.error));
        QCOMPARE(uri.jid, QStringLiteral("alice@example.org"));
        QCOMPARE(uri.trusted.size(), 2);
        QCOMPARE(uri.trusted.at(0), (OmemoTrustUri::Key { bytes(hexA), 1234567, true }));
        QCOMPARE(uri.trusted.at(1), (OmemoTrustUri::Key { bytes(hexB), 42, true }));
        // '&' between parameters and the 05 type byte in front, upper-case hex: still read.
        const auto loose = OmemoTrustUri::parse(
            QStringLiteral("xmpp:alice@example.org?message&omemo-sid-7=05%1").arg(hexA.toUpper()));
        QVERIFY2(loose.isValid(), qPrintable(loose.error));
        QCOMPARE(loose.trusted, (QList<OmemoTrustUri::Key> { { bytes(hexA), 7, true } }));
    }

    void readsKaidanForm()
    {
        const auto uri = OmemoTrustUri::parse(QStringLiteral(
            "xmpp:bob@example.org?trust-message;encryption=urn:xmpp:omemo:2;trust=%1;distrust=%2")
                .arg(hexA, hexB));
        QVERIFY2(uri.isValid(), qPrintable(uri.error));
        QCOMPARE(uri.jid, QStringLiteral("bob@example.org"));
        QCOMPARE(uri.trusted, (QList<OmemoTrustUri::Key> { { bytes(hexA), 0, false } }));
        QCOMPARE(uri.distrusted, QList<QByteArray> { bytes(hexB) });
        // Percent-encoded as QUrl may leave it.
        const auto encoded = OmemoTrustUri::parse(
            QStringLiteral("xmpp:bob%40example.org?trust-message;encryption=urn%3Axmpp%3Aomemo%3A2;trust=%1")
                .arg(hexA));
        QVERIFY2(encoded.isValid(), qPrintable(encoded.error));
        QCOMPARE(encoded.jid, QStringLiteral("bob@example.org"));
    }

    void buildsWhatBothRead()
    {
        const QList<OmemoTrustUri::Key> keys { { bytes(hexA), 99, false }, { bytes(hexB), 99, true } };
        const QString text = OmemoTrustUri::build(QStringLiteral("me@example.org"), keys);
        QCOMPARE(text,
            QStringLiteral(
                "xmpp:me@example.org?trust-message;encryption=urn:xmpp:omemo:2;trust=%1;omemo-sid-99=%2")
                .arg(hexA, hexB));
        const auto back = OmemoTrustUri::parse(text);
        QVERIFY2(back.isValid(), qPrintable(back.error));
        QCOMPARE(back.jid, QStringLiteral("me@example.org"));
        // The XEP-0450 form carries no device id: everything else comes back.
        QCOMPARE(back.trusted,
            (QList<OmemoTrustUri::Key> { { bytes(hexA), 0, false }, { bytes(hexB), 99, true } }));
        // Only legacy keys: Conversations' own form, no trust-message action.
        QCOMPARE(OmemoTrustUri::build(QStringLiteral("me@example.org"), { { bytes(hexB), 5, true } }),
            QStringLiteral("xmpp:me@example.org?omemo-sid-5=%1").arg(hexB));
        QVERIFY(OmemoTrustUri::build(QStringLiteral("me@example.org"), {}).isEmpty());
    }

    void hostileTextGivesAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("other scheme") << QStringLiteral("https://example.org/?omemo-sid-1=%1").arg(hexA);
        QTest::newRow("no key") << QStringLiteral("xmpp:alice@example.org");
        QTest::newRow("no local part") << QStringLiteral("xmpp:example.org?omemo-sid-1=%1").arg(hexA);
        QTest::newRow("resource") << QStringLiteral("xmpp:a@example.org/phone?omemo-sid-1=%1").arg(hexA);
        QTest::newRow("space in jid") << QStringLiteral("xmpp:a b@example.org?omemo-sid-1=%1").arg(hexA);
        QTest::newRow("odd hex") << QStringLiteral("xmpp:a@example.org?omemo-sid-1=%1").arg(hexA.left(63));
        QTest::newRow("not hex") << QStringLiteral("xmpp:a@example.org?omemo-sid-1=%1zz").arg(hexA.left(62));
        QTest::newRow("short key") << QStringLiteral("xmpp:a@example.org?omemo-sid-1=abcd");
        QTest::newRow("device not a number") << QStringLiteral("xmpp:a@example.org?omemo-sid-x=%1").arg(hexA);
        QTest::newRow("device too big")
            << QStringLiteral("xmpp:a@example.org?omemo-sid-99999999999=%1").arg(hexA);
        QTest::newRow("device zero") << QStringLiteral("xmpp:a@example.org?omemo-sid-0=%1").arg(hexA);
        QTest::newRow("openpgp trust")
            << QStringLiteral("xmpp:a@example.org?trust-message;encryption=urn:xmpp:openpgp:0;trust=%1")
                   .arg(hexA);
        QTest::newRow("trust without encryption") << QStringLiteral("xmpp:a@example.org?trust=%1").arg(hexA);
        QTest::newRow("huge") << QStringLiteral("xmpp:a@example.org?omemo-sid-1=") + QString(1 << 20, u'a');
        QString many = QStringLiteral("xmpp:a@example.org?");
        for (int i = 1; i <= 100; ++i) {
            many += QStringLiteral("omemo-sid-%1=%2;").arg(i).arg(hexA);
        }
        QTest::newRow("too many keys") << many;
        QTest::newRow("bad percent") << QStringLiteral("xmpp:%ff%fe@example.org?omemo-sid-1=%1").arg(hexA);
    }

    void hostileTextGivesAReason()
    {
        QFETCH(QString, text);
        const auto uri = OmemoTrustUri::parse(text);
        QVERIFY(!uri.isValid());
        QVERIFY(uri.error.size() > 10);
        QVERIFY(uri.error.size() < 200); // never the whole hostile input echoed back
        QVERIFY(uri.trusted.isEmpty() || !uri.isValid());
    }
};

QTEST_GUILESS_MAIN(OmemoTrustUriTest)
#include "tst_omemo_trust_uri.moc"
