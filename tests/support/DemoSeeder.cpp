// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeeder.h"

#include <vector>

#include <QTest>
#include <QXmppMessage.h>
#include <QXmppMessageReaction.h>
#include <QXmppPresence.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include "ProsodyServer.h"
#include "XmppTestClient.h"

namespace {
struct Contact
{
    const char *user;
    const char *name;
    const char *group;
    bool online; // after the conversation, with this show and status
    QXmppPresence::AvailableStatusType show = QXmppPresence::Online;
    const char *status = "";
};
const Contact contacts[] = {
    { "alice", "Alice Liddell", "Friends", true, QXmppPresence::Online, "Packing for Saturday" },
    { "bob", "Bob Marley", "Friends", true, QXmppPresence::Away, "Back in an hour" },
    { "carol", "Carol Shaw", "Work", true, QXmppPresence::DND, "In the design review" },
    { "dave", "Dave Cutler", "Work", false },
};

struct Line
{
    const char *from; // nullptr: the demo account itself (from its phone)
    const char *to;
    const char *text;
    const char *id = nullptr; // a fixed id, for the stanzas below that refer to it
};
const Line conversation[] = {
    { "carol", nullptr, "The design review moved to Thursday, 10:00." },
    { "dave", nullptr, "Could you look at my patch for the outbox before Friday?" },
    { nullptr, "dave", "Sure, I'll review it tomorrow morning." },
    { "bob", nullptr, "Did you see the photos from the concert?" },
    { nullptr, "alice", "Hi Alice! Are we still on for the climbing trip on Saturday?" },
    { "alice", nullptr, "Yes! I'll bring the rope and the snacks 🧗" },
    { nullptr, "alice", "Great. Meet at the station at 9?", "demo-meet" },
    { "alice", nullptr, "Perfect, see you there. Don't forget your *helmet* this time 😄" },
    { "alice", nullptr, "Route map: https://example.org/routes/saturday — _bring water_ and `2 ropes`",
        "alice-route" },
    { nullptr, "alice", "I'll be 10 minuts late", "demo-late" },
};

// A long chat (Dave's), for the button down to the newest message.
constexpr int longChatLines = 40;

// A raw stanza as another client writes it, sent by `client`.
bool sendRaw(XmppTestClient *client, const QString &xml)
{
    return client->sendRaw(xml);
}

QString jidOf(const char *user)
{
    return QString::fromLatin1(user) + QStringLiteral("@example.test");
}
} // namespace

const QString DemoSeeder::demoJid = QStringLiteral("demo@example.test");
const QString DemoSeeder::demoPassword = QStringLiteral("demo");

DemoSeeder::DemoSeeder(ProsodyServer &server) : m_server(server) { }

DemoSeeder::~DemoSeeder() = default;

int DemoSeeder::messageCount()
{
    // The conversation, the two replies, Alice's file share, Bob's sticker, Dave's long chat.
    return int(std::size(conversation)) + 2 + 1 + 1 + longChatLines;
}

bool DemoSeeder::prepare()
{
    if (!m_server.createAccount(QStringLiteral("demo"), demoPassword)) {
        m_error = m_server.error();
        return false;
    }
    for (const Contact &contact : contacts) {
        if (!m_server.createAccount(QString::fromLatin1(contact.user), demoPassword)) {
            m_error = m_server.error();
            return false;
        }
    }
    XmppTestClient demo;
    if (!demo.connectTo(demoJid, demoPassword, m_server.address(), m_server.clientPort())) {
        m_error = QStringLiteral("demo account cannot log in: %1").arg(demo.lastError());
        return false;
    }
    // Each contact and the demo account share their presence both ways, as friends would.
    QXmppRosterManager *demoRoster = demo.client()->findExtension<QXmppRosterManager>();
    QObject::connect(demoRoster, &QXmppRosterManager::subscriptionRequestReceived, demoRoster,
        [demoRoster](const QString &from) { demoRoster->acceptSubscription(from); });
    for (const Contact &contact : contacts) {
        if (!demo.addContact(jidOf(contact.user), QString::fromUtf8(contact.name),
                { QString::fromLatin1(contact.group) })) {
            m_error = QStringLiteral("cannot add %1 to the roster").arg(jidOf(contact.user));
            return false;
        }
        XmppTestClient peer;
        if (!peer.connectTo(jidOf(contact.user), demoPassword, m_server.address(), m_server.clientPort())) {
            m_error = QStringLiteral("%1 cannot log in: %2").arg(jidOf(contact.user), peer.lastError());
            return false;
        }
        QXmppRosterManager *peerRoster = peer.client()->findExtension<QXmppRosterManager>();
        QObject::connect(peerRoster, &QXmppRosterManager::subscriptionRequestReceived, peerRoster,
            [peerRoster](const QString &from) {
                peerRoster->acceptSubscription(from);
                peerRoster->subscribeTo(from);
            });
        demoRoster->subscribeTo(jidOf(contact.user));
        const bool mutual = QTest::qWaitFor(
            [&] {
                return demoRoster->getRosterEntry(jidOf(contact.user)).subscriptionType()
                    == QXmppRosterIq::Item::Both;
            },
            10000);
        peer.disconnect();
        if (!mutual) {
            m_error
                = QStringLiteral("%1 and the demo account do not share presence").arg(jidOf(contact.user));
            return false;
        }
    }
    demo.disconnect();
    return true;
}

bool DemoSeeder::goOnline()
{
    for (const Contact &contact : contacts) {
        if (!contact.online)
            continue;
        auto client = std::make_unique<XmppTestClient>();
        if (!client->connectTo(
                jidOf(contact.user), demoPassword, m_server.address(), m_server.clientPort())) {
            m_error = QStringLiteral("%1 cannot log in: %2").arg(jidOf(contact.user), client->lastError());
            return false;
        }
        QXmppPresence presence(QXmppPresence::Available);
        presence.setAvailableStatusType(contact.show);
        presence.setStatusText(QString::fromUtf8(contact.status));
        client->client()->setClientPresence(presence);
        m_online.push_back(std::move(client));
    }
    return true;
}

bool DemoSeeder::converse()
{
    std::vector<std::unique_ptr<XmppTestClient>> clients;
    auto clientFor = [&](const QString &jid) -> XmppTestClient * {
        for (const auto &client : clients) {
            if (client->client()->configuration().jidBare() == jid) {
                return client.get();
            }
        }
        auto client = std::make_unique<XmppTestClient>();
        if (!client->connectTo(jid, demoPassword, m_server.address(), m_server.clientPort())) {
            m_error = QStringLiteral("%1 cannot log in: %2").arg(jid, client->lastError());
            return nullptr;
        }
        clients.push_back(std::move(client));
        return clients.back().get();
    };
    for (const Line &line : conversation) {
        const QString from = line.from ? jidOf(line.from) : demoJid;
        const QString to = line.to ? jidOf(line.to) : demoJid;
        XmppTestClient *client = clientFor(from);
        if (!client
            || !client->sendMessage(
                to, QString::fromUtf8(line.text), line.id ? QString::fromLatin1(line.id) : QString())) {
            return false;
        }
        QTest::qWait(300); // distinct times, in order
    }
    // What happens after messages are sent: a correction, a receipt, reactions and replies, and
    // content the app cannot show yet, written as Dino and Kaidan write them.
    XmppTestClient *phone = clientFor(demoJid);
    XmppTestClient *alice = clientFor(jidOf("alice"));
    XmppTestClient *bob = clientFor(jidOf("bob"));
    XmppTestClient *dave = clientFor(jidOf("dave"));
    if (!phone || !alice || !bob || !dave) {
        return false;
    }
    for (int i = 1; i <= longChatLines; ++i) {
        if (!dave->sendMessage(demoJid, QStringLiteral("Patch review note %1: looks fine so far").arg(i)))
            return false;
    }
    QXmppMessage correction(demoJid, jidOf("alice"), QStringLiteral("I'll be 10 minutes late"));
    correction.setType(QXmppMessage::Chat);
    correction.setReplaceId(QStringLiteral("demo-late"));
    QXmppMessage reaction(jidOf("alice"), demoJid);
    reaction.setType(QXmppMessage::Chat);
    QXmppMessageReaction thumbsUp;
    thumbsUp.setMessageId(QStringLiteral("demo-meet"));
    thumbsUp.setEmojis({ QStringLiteral("👍"), QStringLiteral("❤️") });
    reaction.setReaction(thumbsUp);
    // Alice's phone got "Meet at the station at 9?": a receipt (XEP-0184); the later ones stay sent.
    const QString receipt
        = QStringLiteral("<message xmlns='jabber:client' to='%1' type='chat' id='rcpt-meet'>"
                         "<received xmlns='urn:xmpp:receipts' id='demo-meet'/></message>")
              .arg(demoJid);
    // A reply as Dino sends it: to the author's full JID, with the quote as a fallback.
    const QString quoted = QStringLiteral("> I'll be 10 minutes late\n");
    const QString reply = QStringLiteral(
        "<message xmlns='jabber:client' to='%1' type='chat' id='alice-wait'>"
        "<body>%2No problem, I'll wait at the café.</body>"
        "<reply xmlns='urn:xmpp:reply:0' to='%3' id='demo-late'/>"
        "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'><body start='0' end='%4'/></fallback>"
        "<origin-id xmlns='urn:xmpp:sid:0' id='alice-wait'/></message>")
                              .arg(demoJid, quoted.toHtmlEscaped(), phone->client()->configuration().jid())
                              .arg(quoted.size());
    // Kaidan's photo before its upload finished: a file share without a source or a body.
    const QString fileShare = QStringLiteral(
        "<message xmlns='jabber:client' to='%1' type='chat' id='alice-photo'>"
        "<file-sharing xmlns='urn:xmpp:sfs:0' disposition='inline'><file xmlns='urn:xmpp:file:metadata:0'>"
        "<media-type>image/jpeg</media-type><name>station.jpg</name><size>48213</size></file><sources/>"
        "</file-sharing><origin-id xmlns='urn:xmpp:sid:0' id='alice-photo'/></message>")
                                  .arg(demoJid);
    // Bob answers something from long ago (not here): the quote he included shows.
    const QString oldReply = QStringLiteral(
        "<message xmlns='jabber:client' to='%1' type='chat' id='bob-photos'>"
        "<body>&gt; Send me the concert photos when you can\nHere they are, finally!</body>"
        "<reply xmlns='urn:xmpp:reply:0' to='%1/laptop' id='long-ago'/>"
        "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'><body start='0' end='42'/></fallback>"
        "<origin-id xmlns='urn:xmpp:sid:0' id='bob-photos'/></message>")
                                 .arg(demoJid);
    // And a sticker, which Isthmus cannot show yet.
    const QString sticker = QStringLiteral(
        "<message xmlns='jabber:client' to='%1' type='chat' id='bob-sticker'>"
        "<file-sharing xmlns='urn:xmpp:sfs:0'><file xmlns='urn:xmpp:file:metadata:0'>"
        "<media-type>image/webp</media-type><desc>dancing cat</desc></file><sources/></file-sharing>"
        "<sticker xmlns='urn:xmpp:stickers:0' pack='cats'/><origin-id xmlns='urn:xmpp:sid:0' "
        "id='bob-sticker'/>"
        "</message>")
                                .arg(demoJid);
    const bool sent = phone->client()->sendPacket(correction) && alice->client()->sendPacket(reaction)
        && sendRaw(alice, receipt) && sendRaw(alice, reply) && sendRaw(alice, fileShare)
        && sendRaw(bob, oldReply) && sendRaw(bob, sticker);
    QTest::qWait(300);
    // Signed off properly: a dropped stream would leave them "online" until the server gives up
    // waiting for a resumption (stream management).
    for (const auto &client : clients)
        client->disconnect();
    for (const auto &client : clients) {
        (void)QTest::qWaitFor(
            [&] { return client->client()->state() == QXmppClient::DisconnectedState; }, 5000);
    }
    QTest::qWait(300);
    return sent;
}
