// SPDX-License-Identifier: GPL-3.0-or-later
// A plain QXmpp client for the other side of a test (or for seeding the demo): connects,
// sends, and records what it receives. Independent of Isthmus' core on purpose.
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QXmppClient.h>
#include <QXmppMessage.h>

class QXmppCarbonManagerV2;
class QXmppRosterManager;

class XmppTestClient : public QObject
{
    Q_OBJECT
public:
    explicit XmppTestClient(QObject *parent = nullptr);

    // Connects with TLS required against the given loopback address; waits until online. The
    // resource is "test" unless `jid` is a full JID.
    bool connectTo(const QString &jid, const QString &password, const QString &host, quint16 port,
        int timeoutMs = 15000);
    void disconnect();

    bool sendMessage(const QString &to, const QString &body, const QString &id = {});
    // Sends a stanza exactly as written (for what other clients put on the wire that QXmpp's
    // classes would write differently); false if it is not well-formed or not acknowledged.
    bool sendRaw(const QString &xml);
    // Waits until a message with this body has arrived.
    bool waitForBody(const QString &body, int timeoutMs = 15000);
    // Enables message carbons (XEP-0280); sent/received copies then count as received.
    bool enableCarbons();
    bool addContact(const QString &jid, const QString &name, const QSet<QString> &groups);

    QXmppClient *client() { return &m_client; }
    const QList<QXmppMessage> &received() const { return m_received; }
    QString lastError() const { return m_lastError; }

private:
    QXmppClient m_client;
    QXmppRosterManager *m_roster;
    QXmppCarbonManagerV2 *m_carbons;
    QList<QXmppMessage> m_received;
    QString m_lastError;
};
