// SPDX-License-Identifier: GPL-3.0-or-later
// Which network a gateway's disco#info identities name (XEP-0100 / the registrar's gateway types).
#include <QTest>

#include "roster/GatewayNetworks.h"

namespace {
QXmppDiscoveryIq::Identity identity(const QString &category, const QString &type, const QString &name = {})
{
    QXmppDiscoveryIq::Identity id;
    id.setCategory(category);
    id.setType(type);
    id.setName(name);
    return id;
}

QXmppDiscoveryIq info(const QList<QXmppDiscoveryIq::Identity> &identities, const QStringList &features = {})
{
    QXmppDiscoveryIq iq;
    iq.setIdentities(identities);
    iq.setFeatures(features);
    return iq;
}
} // namespace

class GatewayNetworksTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Which addresses a domain's network answer applies to: the domain and addresses on it,
    // not a longer domain that merely ends the same way.
    void onDomain()
    {
        const QString domain = QStringLiteral("irc.example.test");
        QVERIFY(GatewayNetworks::onDomain(domain, domain));
        QVERIFY(GatewayNetworks::onDomain(QStringLiteral("#chan%irc.freenode@irc.example.test"), domain));
        QVERIFY(!GatewayNetworks::onDomain(QStringLiteral("someone@myirc.example.test"), domain));
        QVERIFY(!GatewayNetworks::onDomain(QStringLiteral("x.irc.example.test"), domain));
        QVERIFY(!GatewayNetworks::onDomain(QStringLiteral("example.test"), domain));
    }

    void networkFromIdentities_data()
    {
        QTest::addColumn<QList<QXmppDiscoveryIq::Identity>>("identities");
        QTest::addColumn<QString>("network");
        const auto gateway
            = [](const char *type) { return identity(QStringLiteral("gateway"), QLatin1String(type)); };
        for (const char *known :
            { "irc", "telegram", "signal", "whatsapp", "matrix", "sms", "pstn", "discord" }) {
            QTest::addRow("gateway/%s", known) << QList { gateway(known) } << QString::fromLatin1(known);
        }
        QTest::addRow("type in capitals") << QList { gateway("Telegram") } << QStringLiteral("telegram");
        QTest::addRow("unknown type") << QList { gateway("carrier-pigeon") } << QStringLiteral("gateway");
        QTest::addRow("empty type") << QList { gateway("") } << QStringLiteral("gateway");
        QTest::addRow("biboumi (conference/irc)")
            << QList { identity(QStringLiteral("conference"), QStringLiteral("irc")) }
            << QStringLiteral("irc");
        QTest::addRow("a gateway among other identities")
            << QList { identity(QStringLiteral("pubsub"), QStringLiteral("service")), gateway("signal") }
            << QStringLiteral("signal");
        QTest::addRow("xmpp server") << QList { identity(QStringLiteral("server"), QStringLiteral("im")) }
                                     << QString();
        QTest::addRow("group chat service")
            << QList { identity(QStringLiteral("conference"), QStringLiteral("text")) } << QString();
        QTest::addRow("no identity") << QList<QXmppDiscoveryIq::Identity>() << QString();
    }
    void networkFromIdentities()
    {
        QFETCH(QList<QXmppDiscoveryIq::Identity>, identities);
        QFETCH(QString, network);
        QCOMPARE(GatewayNetworks::networkOf(identities), network);
    }

    // A server's items as a list of networks: a Slidge component that also announces a room
    // service is a gateway named by its gateway identity; Biboumi is IRC; a room service and an
    // upload service are not gateways.
    void gatewaysFromServerItems()
    {
        const auto slidge = GatewayNetworks::gatewayOf(QStringLiteral("telegram.example.test"),
            info({ identity(QStringLiteral("conference"), QStringLiteral("text"),
                       QStringLiteral("Telegram groups")),
                     identity(
                         QStringLiteral("gateway"), QStringLiteral("telegram"), QStringLiteral("Telegram")) },
                { QStringLiteral("jabber:iq:register"), QStringLiteral("jabber:iq:gateway"),
                    QStringLiteral("http://jabber.org/protocol/commands") }));
        QVERIFY(slidge);
        QCOMPARE(slidge->network, QStringLiteral("telegram"));
        QCOMPARE(slidge->name, QStringLiteral("Telegram"));
        QVERIFY(slidge->registration && slidge->prompt && slidge->commands && !slidge->escaping);

        const auto biboumi = GatewayNetworks::gatewayOf(QStringLiteral("irc.example.test"),
            info({ identity(QStringLiteral("conference"), QStringLiteral("irc"),
                     QStringLiteral("Biboumi XMPP-IRC gateway")) },
                { QStringLiteral("http://jabber.org/protocol/commands"),
                    QStringLiteral("jid\\20escaping") }));
        QVERIFY(biboumi);
        QCOMPARE(biboumi->network, QStringLiteral("irc"));
        QVERIFY(biboumi->commands && biboumi->escaping && !biboumi->registration);

        const auto unnamed = GatewayNetworks::gatewayOf(QStringLiteral("sms.example.test"),
            info({ identity(QStringLiteral("gateway"), QStringLiteral("sms")) }));
        QVERIFY(unnamed);
        QCOMPARE(unnamed->name, QStringLiteral("sms.example.test"));

        QVERIFY(!GatewayNetworks::gatewayOf(QStringLiteral("conference.example.test"),
            info({ identity(
                QStringLiteral("conference"), QStringLiteral("text"), QStringLiteral("Rooms")) })));
        QVERIFY(!GatewayNetworks::gatewayOf(QStringLiteral("upload.example.test"),
            info({ identity(QStringLiteral("store"), QStringLiteral("file")) })));
    }
};

QTEST_GUILESS_MAIN(GatewayNetworksTest)
#include "tst_gatewaynetworks.moc"
