// SPDX-License-Identifier: GPL-3.0-or-later
// A legacy contact's id turned into a JID behind a gateway, with the gateway's answers injected:
// jabber:iq:gateway (prompt, translation, an answer pointing elsewhere refused, silence), the
// XEP-0106 and "%" fallbacks, and phone numbers normalised for sms/pstn gateways.
#include <QDomDocument>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppPromise.h>

#include "InjectedIqs.h"
#include "gateways/GatewayContactAddress.h"
#include "xmpp/Xep0106JidEscaping.h"

using namespace std::chrono_literals;

namespace {
struct Gateway : InjectedIqs
{
    void answer(const QString &query)
    {
        finishWith(QStringLiteral("<iq xmlns='jabber:client' type='result' from='sms.example.test' id='x'>"
                                  "<query xmlns='jabber:iq:gateway'>%1</query></iq>")
                .arg(query));
    }
};

QString jidOf(const GatewayContactAddress::Result &result)
{
    if (const auto *e = std::get_if<QXmppError>(&result)) {
        return QStringLiteral("error: ") + e->description;
    }
    return std::get<QString>(result);
}

GatewayContactAddress::Target target(const QString &network, bool prompt, bool escaping)
{
    return { QStringLiteral("%1.example.test").arg(network), network, prompt, escaping,
        QStringLiteral("DE") };
}
} // namespace

class GatewayContactAddressTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escaping_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("escaped");
        QTest::addRow("space and at") << QStringLiteral("d'artagnan@musketeers.lit tower")
                                      << QStringLiteral("d\\27artagnan\\40musketeers.lit\\20tower");
        QTest::addRow("every escapable")
            << QStringLiteral(" \"&'/:<>@") << QStringLiteral("\\20\\22\\26\\27\\2f\\3a\\3c\\3e\\40");
        QTest::addRow("backslash not an escape") << QStringLiteral("c:\\net") << QStringLiteral("c\\3a\\net");
        QTest::addRow("backslash that looks like one")
            << QStringLiteral("a\\20b") << QStringLiteral("a\\5c20b");
        QTest::addRow("percent untouched")
            << QStringLiteral("nick%irc.host") << QStringLiteral("nick%irc.host");
    }
    void escaping()
    {
        QFETCH(QString, raw);
        QFETCH(QString, escaped);
        QCOMPARE(Xep0106JidEscaping::escape(raw), escaped);
        QCOMPARE(Xep0106JidEscaping::unescape(escaped), raw);
    }

    void fallbacks()
    {
        QCOMPARE(jidOf(GatewayContactAddress::fallbackJid(
                     target(QStringLiteral("irc"), false, false), QStringLiteral("ircpeer@127.0.0.1"))),
            QStringLiteral("ircpeer%127.0.0.1@irc.example.test"));
        QCOMPARE(jidOf(GatewayContactAddress::fallbackJid(
                     target(QStringLiteral("irc"), false, true), QStringLiteral("ircpeer%127.0.0.1"))),
            QStringLiteral("ircpeer%127.0.0.1@irc.example.test"));
        QCOMPARE(jidOf(GatewayContactAddress::fallbackJid(
                     target(QStringLiteral("matrix"), false, true), QStringLiteral("@ann:matrix.org"))),
            QStringLiteral("\\40ann\\3amatrix.org@matrix.example.test"));
        // Without escaping, what cannot be a local part is refused rather than mangled.
        QVERIFY(jidOf(GatewayContactAddress::fallbackJid(
                          target(QStringLiteral("matrix"), false, false), QStringLiteral("@ann:matrix.org")))
                .startsWith(QStringLiteral("error:")));
        QVERIFY(jidOf(GatewayContactAddress::fallbackJid(
                          target(QStringLiteral("irc"), false, false), QStringLiteral("  ")))
                .startsWith(QStringLiteral("error:")));
    }

    void phoneNumbers()
    {
        QCOMPARE(GatewayContactAddress::normalisedPhone(QStringLiteral("030 1234567"), QStringLiteral("DE")),
            QStringLiteral("+49301234567"));
        QCOMPARE(
            GatewayContactAddress::normalisedPhone(QStringLiteral("+1 (650) 253-0000"), QStringLiteral("DE")),
            QStringLiteral("+16502530000"));
        QCOMPARE(GatewayContactAddress::normalisedPhone(QStringLiteral("call me"), QStringLiteral("DE")),
            QString());
        QCOMPARE(GatewayContactAddress::normalisedPhone(QString(200, u'1'), QStringLiteral("DE")), QString());
        // An sms gateway gets the normalised number, also on the fallback.
        QCOMPARE(jidOf(GatewayContactAddress::fallbackJid(
                     target(QStringLiteral("sms"), false, false), QStringLiteral("0151 2345 6789"))),
            QStringLiteral("+4915123456789@sms.example.test"));
        QVERIFY(jidOf(GatewayContactAddress::fallbackJid(
                          target(QStringLiteral("pstn"), false, false), QStringLiteral("not a number")))
                .startsWith(QStringLiteral("error:")));
    }

    void asksTheGateway()
    {
        Gateway gateway;
        GatewayContactAddress address(gateway.sender());
        std::optional<GatewayContactAddress::Result> prompt;
        address.prompt(target(QStringLiteral("sms"), true, false)).then(this, [&](auto &&r) { prompt = r; });
        QVERIFY(gateway.sent.last().contains(QStringLiteral("type=\"get\"")));
        gateway.answer(QStringLiteral("<desc>Enter the number</desc><prompt>Phone number</prompt>"));
        QVERIFY(prompt);
        QCOMPARE(jidOf(*prompt), QStringLiteral("Phone number"));

        std::optional<GatewayContactAddress::Result> jid;
        address.jidFor(target(QStringLiteral("sms"), true, false), QStringLiteral("0151 2345 6789"))
            .then(this, [&](auto &&r) { jid = r; });
        QVERIFY(gateway.sent.last().contains(QStringLiteral("<prompt>+4915123456789</prompt>")));
        gateway.answer(QStringLiteral("<jid>+4915123456789@sms.example.test</jid>"));
        QVERIFY(jid);
        QCOMPARE(jidOf(*jid), QStringLiteral("+4915123456789@sms.example.test"));
    }

    void refusesAnAddressElsewhere()
    {
        Gateway gateway;
        GatewayContactAddress address(gateway.sender());
        std::optional<GatewayContactAddress::Result> jid;
        address.jidFor(target(QStringLiteral("sms"), true, false), QStringLiteral("+4915123456789"))
            .then(this, [&](auto &&r) { jid = r; });
        gateway.answer(QStringLiteral("<jid>mallory@evil.example</jid>"));
        QVERIFY(jid);
        QVERIFY(jidOf(*jid).contains(QStringLiteral("not its own")));
    }

    void aSilentGatewayTimesOut()
    {
        Gateway gateway;
        GatewayContactAddress address(gateway.sender());
        address.setTimeout(300ms);
        std::optional<GatewayContactAddress::Result> jid;
        address.jidFor(target(QStringLiteral("telegram"), true, false), QStringLiteral("ann"))
            .then(this, [&](auto &&r) { jid = r; });
        QTRY_VERIFY_WITH_TIMEOUT(jid.has_value(), 5000);
        QVERIFY(jidOf(*jid).contains(QStringLiteral("did not answer")));
    }
};

QTEST_GUILESS_MAIN(GatewayContactAddressTest)
#include "tst_gatewaycontactaddress.moc"
