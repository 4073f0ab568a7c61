// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmppTestClient.h"

#include <memory>
#include <optional>

#include <QDeadlineTimer>
#include <QDomDocument>
#include <QDomElement>
#include <QTest>
#include <QXmppCarbonManagerV2.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppElement.h>
#include <QXmppRosterManager.h>
#include <QXmppStanza.h>
#include <QXmppTask.h>

namespace {
// A stanza given as XML, written back as parsed (namespaces stay plain xmlns attributes).
class RawStanza : public QXmppStanza
{
public:
    explicit RawStanza(const QDomElement &element) : m_element(element) { }
    void parse(const QDomElement &) override { }
    void toXml(QXmlStreamWriter *writer) const override { m_element.toXml(writer); }

private:
    QXmppElement m_element;
};

template<typename Predicate> bool spinUntil(Predicate done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qSleep(1);
    }
    return done();
}
} // namespace

XmppTestClient::XmppTestClient(QObject *parent)
    : QObject(parent)
    , m_client(QXmppClient::BasicExtensions)
    , m_roster(m_client.findExtension<QXmppRosterManager>())
{
    connect(&m_client, &QXmppClient::messageReceived, this, [this](const QXmppMessage &message) {
        if (!message.body().isEmpty()) {
            m_received.append(message);
        }
    });
    m_carbons = m_client.addNewExtension<QXmppCarbonManagerV2>();
    connect(&m_client, &QXmppClient::errorOccurred, this,
        [this](const QXmppError &error) { m_lastError = error.description; });
}

bool XmppTestClient::connectTo(
    const QString &jid, const QString &password, const QString &host, quint16 port, int timeoutMs)
{
    QXmppConfiguration config;
    // A full JID names the resource (two clients of one account); else "test".
    const qsizetype slash = jid.indexOf(u'/');
    config.setJid(jid.left(slash));
    config.setResource(slash < 0 ? QStringLiteral("test") : jid.mid(slash + 1));
    config.setPassword(password);
    config.setHost(host);
    config.setPort(port);
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    m_client.connectToServer(config);
    return spinUntil([this] { return m_client.isAuthenticated() && m_client.isConnected(); }, timeoutMs);
}

void XmppTestClient::disconnect()
{
    m_client.disconnectFromServer();
}

bool XmppTestClient::sendRaw(const QString &xml)
{
    QDomDocument document;
    if (!document.setContent(xml)) {
        m_lastError = QStringLiteral("not well-formed: %1").arg(xml);
        return false;
    }
    auto outcome = std::make_shared<std::optional<bool>>();
    m_client.send(RawStanza(document.documentElement())).then(this, [outcome](QXmpp::SendResult result) {
        *outcome = std::holds_alternative<QXmpp::SendSuccess>(result);
    });
    return spinUntil([&] { return outcome->has_value(); }, 10000) && outcome->value_or(false);
}

bool XmppTestClient::sendMessage(const QString &to, const QString &body, const QString &id)
{
    QXmppMessage message(m_client.configuration().jid(), to, body);
    message.setType(QXmppMessage::Chat);
    if (!id.isEmpty()) {
        message.setId(id);
        message.setOriginId(id);
    }
    // Shared, not on the stack: the result may arrive after a timeout returned.
    auto outcome = std::make_shared<std::optional<bool>>();
    m_client.send(std::move(message)).then(this, [outcome](QXmpp::SendResult result) {
        *outcome = std::holds_alternative<QXmpp::SendSuccess>(result);
    });
    return spinUntil([&] { return outcome->has_value(); }, 10000) && outcome->value_or(false);
}

bool XmppTestClient::waitForBody(const QString &body, int timeoutMs)
{
    return spinUntil(
        [&] {
            return std::any_of(m_received.cbegin(), m_received.cend(),
                [&](const QXmppMessage &m) { return m.body() == body; });
        },
        timeoutMs);
}

bool XmppTestClient::enableCarbons()
{
    // QXmppCarbonManagerV2 enables carbons by itself on every new stream; wait until the
    // server has answered by sending an IQ after it (IQs are handled in order).
    QXmppDiscoveryIq ping;
    ping.setType(QXmppIq::Get);
    ping.setTo(m_client.configuration().domain());
    auto outcome = std::make_shared<std::optional<bool>>();
    m_client.sendIq(std::move(ping)).then(this, [outcome](QXmppClient::IqResult) { *outcome = true; });
    return spinUntil([&] { return outcome->has_value(); }, 10000);
}

bool XmppTestClient::addContact(const QString &jid, const QString &name, const QSet<QString> &groups)
{
    auto outcome = std::make_shared<std::optional<bool>>();
    m_roster->addRosterItem(jid, name, groups).then(this, [outcome](QXmppRosterManager::Result result) {
        *outcome = std::holds_alternative<QXmpp::Success>(result);
    });
    return spinUntil([&] { return outcome->has_value(); }, 10000) && outcome->value_or(false);
}
