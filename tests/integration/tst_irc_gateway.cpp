// SPDX-License-Identifier: GPL-3.0-or-later
// Isthmus through a real IRC gateway: Biboumi as a component of the test Prosody, ngircd on a
// free loopback port that Biboumi only learns from the IRC server's "configure" ad-hoc command
// (XEP-0050) run by Isthmus, and a plain IRC client (tests/support/peers/irc_peer.py). The
// account discovers Biboumi among its server's items, configures the server, exchanges private
// messages both ways with the IRC user, and adds them as a contact that carries the IRC network
// in the roster and the chat list.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppPresence.h>

#include "IrcGateway.h"
#include "ProsodyServer.h"
#include "SessionLogin.h"
#include "StoredHistory.h"
#include "account/Account.h"
#include "gateways/GatewayContactAddress.h"
#include "models/AdHocCommandController.h"
#include "models/ChatListModel.h"
#include "models/ChatsController.h"
#include "models/ContactsController.h"
#include "models/GatewayListModel.h"
#include "models/RosterTreeModel.h"
#include "roster/GatewayNetworks.h"
#include "session/SessionCore.h"

namespace {
const QString gatewayDomain = QStringLiteral("irc.example.test");
const QString password = QStringLiteral("irc-test-pass");

ProsodyServer::Options withBiboumi()
{
    ProsodyServer::Options options;
    options.components = { gatewayDomain };
    return options;
}

// Rows of a flat or tree model whose JidRole is jid (searching one level of children).
QVariant roleOf(QAbstractItemModel *model, int jidRole, const QString &jid, int role)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (index.data(jidRole).toString() == jid) {
            return index.data(role);
        }
        for (int c = 0; c < model->rowCount(index); ++c) {
            const QModelIndex child = model->index(c, 0, index);
            if (child.data(jidRole).toString() == jid) {
                return child.data(role);
            }
        }
    }
    return {};
}
} // namespace

class IrcGatewayTest : public QObject
{
    Q_OBJECT
private:
    ProsodyServer m_server { withBiboumi() };
    IrcGateway m_irc;
    QTemporaryDir m_dataDir;
    QProcess m_peer;
    QByteArray m_peerOutput;

    bool peerSaid(const QByteArray &line)
    {
        m_peerOutput += m_peer.readAllStandardOutput();
        return m_peerOutput.contains(line);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        QVERIFY2(m_server.createAccount(QStringLiteral("alice"), password), qPrintable(m_server.error()));
        QVERIFY2(m_irc.start(m_server), qPrintable(m_irc.error()));
    }

    void cleanupTestCase()
    {
        if (m_peer.state() != QProcess::NotRunning) {
            m_peer.closeWriteChannel();
            m_peer.kill();
            m_peer.waitForFinished(2000);
        }
    }

    void discoverConfigureAndTalk()
    {
        const QString alice = QStringLiteral("alice@") + m_server.domain();
        auto session
            = loginSession(m_server, m_dataDir.filePath(QStringLiteral("alice.sqlite")), alice, password);
        QVERIFY(waitForCatchUp(*session));

        // Discovery: Biboumi (conference/irc) is an IRC gateway among the server's items; the
        // group-chat service next to it is not a gateway.
        GatewayNetworks *networks = session->core()->gatewayNetworks();
        QTRY_VERIFY_WITH_TIMEOUT(!networks->gateways(alice).isEmpty(), 15000);
        const QList<Gateway> gateways = networks->gateways(alice);
        QCOMPARE(gateways.size(), 1);
        QCOMPARE(gateways.at(0).jid, gatewayDomain);
        QCOMPARE(gateways.at(0).network, QStringLiteral("irc"));
        QVERIFY(gateways.at(0).commands);
        GatewayListModel networkList;
        networkList.setControllers(session.get());
        QCOMPARE(networkList.count(), 1);
        QCOMPARE(networkList.index(0).data(GatewayListModel::NetworkRole).toString(), QStringLiteral("irc"));
        QCOMPARE(networkList.index(0).data(GatewayListModel::JidRole).toString(), gatewayDomain);

        // Configure the IRC server behind the gateway with its ad-hoc command: the port ngircd
        // listens on (no TLS), and our nick.
        const QString ircServer = IrcGateway::ircHost() + QLatin1Char('@') + gatewayDomain;
        AdHocCommandController commands;
        commands.setControllers(session.get());
        commands.setAccount(alice);
        commands.setJid(ircServer);
        commands.listCommands();
        QTRY_VERIFY_WITH_TIMEOUT(commands.state() != QStringLiteral("listing"), 15000);
        QVERIFY2(commands.errorText().isEmpty(), qPrintable(commands.errorText()));
        bool hasConfigure = false;
        for (const QVariant &command : commands.commands()) {
            hasConfigure = hasConfigure
                || command.toMap().value(QStringLiteral("node")) == QStringLiteral("configure");
        }
        QVERIFY(hasConfigure);
        commands.run(QStringLiteral("configure"));
        QTRY_VERIFY_WITH_TIMEOUT(commands.state() != QStringLiteral("waiting"), 15000);
        QCOMPARE(commands.state(), QStringLiteral("executing"));
        DataFormModel *form = commands.form();
        QStringList keys;
        int set = 0;
        for (int row = 0; row < form->rowCount(); ++row) {
            const QString key = form->index(row).data(DataFormModel::KeyRole).toString();
            keys.append(key);
            if (key == u"ports") {
                form->setValue(row, QString::number(m_irc.ircPort()));
                ++set;
            } else if (key == u"tls_ports") {
                form->setValue(row, QString());
                ++set;
            } else if (key == u"nick") {
                form->setValue(row, QStringLiteral("isthmus"));
                ++set;
            }
        }
        QVERIFY2(set == 3, qPrintable(keys.join(u',')));
        if (commands.canComplete()) {
            commands.complete();
        } else {
            commands.execute();
        }
        QTRY_VERIFY_WITH_TIMEOUT(commands.state() != QStringLiteral("waiting"), 15000);
        QCOMPARE(commands.state(), QStringLiteral("completed"));

        // The IRC user, in a channel on that server.
        m_peer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_peer.start(QStringLiteral("python3"),
            { qEnvironmentVariable("ISTHMUS_SOURCE_DIR") + QStringLiteral("/tests/support/peers/irc_peer.py"),
                QStringLiteral("--port"), QString::number(m_irc.ircPort()), QStringLiteral("--nick"),
                QStringLiteral("ircpeer"), QStringLiteral("--channel"), QStringLiteral("#test") });
        QTRY_VERIFY_WITH_TIMEOUT(peerSaid("ready"), 15000);

        // Biboumi connects an account to an IRC server when it joins a channel there; group chats
        // are not built yet, so the test's own presence joins.
        const QString channel = QStringLiteral("#test%") + ircServer;
        QXmppPresence join;
        join.setTo(channel + QStringLiteral("/isthmus"));
        join.setMucSupported(true);
        QVERIFY(session->core()->account(alice)->client()->sendPacket(join));
        QTRY_VERIFY2_WITH_TIMEOUT(peerSaid("JOIN isthmus"), qPrintable(m_irc.log().right(3000)), 20000);

        // IRC → XMPP: a private message from the IRC user arrives from nick%server@gateway.
        const QString ircUser = QStringLiteral("ircpeer%") + ircServer;
        m_peer.write("PRIVMSG isthmus :hello from IRC\n");
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto history = storedHistory(*session, ircUser);
                return !history.isEmpty() && history.constLast().body == QStringLiteral("hello from IRC");
            }(),
            15000);

        // XMPP → IRC.
        session->chats()->send(ircUser, QStringLiteral("hello from XMPP"));
        QTRY_VERIFY_WITH_TIMEOUT(peerSaid("PRIVMSG isthmus ircpeer :hello from XMPP"), 15000);

        // The IRC user as a contact, added in the gateway's terms (nick%server; Biboumi has no
        // jabber:iq:gateway, so the fallback writes the address): in the roster, with the IRC
        // network, as is their chat.
        GatewayContactAddress address(
            Xep0050AdHocCommands::senderFor(session->core()->account(alice)->client()));
        const Gateway &irc = gateways.at(0);
        std::optional<GatewayContactAddress::Result> translated;
        address
            .jidFor({ irc.jid, irc.network, irc.prompt, irc.escaping, {} },
                QStringLiteral("ircpeer%") + IrcGateway::ircHost())
            .then(this, [&](GatewayContactAddress::Result &&r) { translated = r; });
        QTRY_VERIFY_WITH_TIMEOUT(translated.has_value(), 15000);
        QVERIFY(std::holds_alternative<QString>(*translated));
        QCOMPARE(std::get<QString>(*translated), ircUser);
        QCOMPARE(session->contacts()->add(ircUser, QStringLiteral("IRC peer"), {}), QString());
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(session->contacts()->roster(), RosterTreeModel::JidRole, ircUser,
                                      RosterTreeModel::NetworkRole)
                                      .toString(),
            QStringLiteral("irc"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(
            roleOf(session->chats()->list(), ChatListModel::JidRole, ircUser, ChatListModel::NetworkRole)
                .toString(),
            QStringLiteral("irc"), 15000);
    }
};

QTEST_GUILESS_MAIN(IrcGatewayTest)
#include "tst_irc_gateway.moc"
