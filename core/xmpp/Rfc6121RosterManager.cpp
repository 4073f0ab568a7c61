// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rfc6121RosterManager.h"

#include <QDomElement>
#include <QXmppPresence.h>
#include <QXmppPromise.h>
#include <QXmppStanza.h>
#include <QXmppUtils.h>

#include "Logging.h"
#include "SubscriptionAnswerQueue.h"

namespace {
const QString rosterNamespace = QStringLiteral("jabber:iq:roster");

QDomElement rosterQuery(const QDomElement &iq)
{
    for (QDomElement child = iq.firstChildElement(QStringLiteral("query")); !child.isNull();
        child = child.nextSiblingElement(QStringLiteral("query"))) {
        if (child.namespaceURI() == rosterNamespace) {
            return child;
        }
    }
    return {};
}

QXmppTask<Rfc6121RosterManager::Result> failedTask(const QString &text)
{
    QXmppPromise<Rfc6121RosterManager::Result> promise;
    promise.finish(QXmppError { text, {} });
    return promise.task();
}
} // namespace

void Rfc6121RosterManager::onRegistered(QXmppClient *client)
{
    connect(client, &QXmppClient::connected, this, [this] {
        // A resumed stream (XEP-0198) missed nothing: the server kept it interested in pushes.
        if (m_received && this->client()->streamManagementState() == QXmppClient::ResumedStream) {
            return;
        }
        m_received = false;
        if (m_storedRosterKnown) {
            requestRoster();
        } else {
            m_requestWaiting = true;
        }
    });
    connect(client, &QXmppClient::disconnected, this, [this] {
        if (this->client()->streamManagementState() == QXmppClient::NoStreamManagement) {
            m_received = false;
        }
    });
    connect(client, &QXmppClient::presenceReceived, this, &Rfc6121RosterManager::handlePresence);
}

void Rfc6121RosterManager::setStoredRoster(const QList<QXmppRosterIq::Item> &items, const QString &version)
{
    if (m_storedRosterKnown) {
        return;
    }
    m_storedRosterKnown = true;
    for (const QXmppRosterIq::Item &item : items) {
        m_items.insert(item.bareJid(), item);
    }
    m_version = version;
    if (m_requestWaiting && client() && client()->isAuthenticated()) {
        requestRoster();
    }
    m_requestWaiting = false;
}

void Rfc6121RosterManager::requestRoster()
{
    m_requestWaiting = false;
    QXmppRosterIq request;
    request.setType(QXmppIq::Get);
    // Only a version the server itself gave us: that is how we know it versions rosters
    // (§2.6.1 forbids 'ver' towards a server that does not; QXmpp does not show stream features).
    request.setVersion(m_version);
    const bool versioned = !m_version.isEmpty();
    client()->sendIq(std::move(request)).then(this, [this, versioned](QXmppClient::IqResult &&result) {
        const auto *error = std::get_if<QXmppError>(&result);
        const auto *element = std::get_if<QDomElement>(&result);
        if (error || element->attribute(QStringLiteral("type")) != QLatin1String("result")) {
            qCWarning(lcAccount) << "the server refused the roster request"
                                 << (error ? error->description : QString());
            // A server that stumbles over a version we kept gets one plain request. A
            // QXmppError is the stream going away (also while the client is being destroyed,
            // when client() is no longer a QXmppClient: UBSan caught that): never retry then.
            if (versioned && !error && client()->isAuthenticated()) {
                m_version.clear();
                requestRoster();
            }
            return;
        }
        handleAnswer(*element);
    });
}

void Rfc6121RosterManager::handleAnswer(const QDomElement &answer)
{
    if (rosterQuery(answer).isNull()) {
        // §2.6.3: the roster is as we have it; changes, if any, follow as pushes.
        ++m_unchangedAnswers;
        qCInfo(lcAccount) << client()->configuration().jidBare() << "roster unchanged at version"
                          << m_version;
    } else {
        QXmppRosterIq roster;
        roster.parse(answer);
        m_items.clear();
        const auto items = roster.items();
        for (const QXmppRosterIq::Item &item : items) {
            m_items.insert(item.bareJid(), item);
        }
        m_version = roster.version();
        ++m_fullAnswers;
        qCInfo(lcAccount) << client()->configuration().jidBare() << "roster received:" << m_items.size()
                          << "contacts, version" << m_version;
        Q_EMIT rosterReplaced();
    }
    m_received = true;
    Q_EMIT rosterReceived();
}

bool Rfc6121RosterManager::isFromAccount(const QDomElement &element) const
{
    // §2.1.6: a push comes from the account's bare JID, or carries no 'from' at all. Not from a
    // full JID, even one of our own: our other devices may send anything to this resource, but
    // only the server changes the roster.
    const QString from = element.attribute(QStringLiteral("from"));
    return from.isEmpty()
        || (!from.contains(QLatin1Char('/'))
            && from.compare(client()->configuration().jidBare(), Qt::CaseInsensitive) == 0);
}

bool Rfc6121RosterManager::handleStanza(const QDomElement &element)
{
    if (element.tagName() != QLatin1String("iq")
        || element.attribute(QStringLiteral("type")) != QLatin1String("set")
        || rosterQuery(element).isNull()) {
        return false;
    }
    if (!isFromAccount(element)) {
        // Not ours to answer: QXmpp refuses IQs no extension takes.
        qCWarning(lcAccount) << "ignored a roster push from" << element.attribute(QStringLiteral("from"));
        return false;
    }
    QXmppRosterIq push;
    push.parse(element);

    QXmppIq answer(QXmppIq::Result);
    answer.setId(push.id());
    answer.setTo(push.from());
    client()->sendPacket(answer);

    handlePush(push);
    return true;
}

void Rfc6121RosterManager::handlePush(const QXmppRosterIq &push)
{
    if (!push.version().isEmpty()) {
        m_version = push.version();
    }
    const auto items = push.items();
    for (const QXmppRosterIq::Item &item : items) {
        const QString jid = item.bareJid();
        if (item.subscriptionType() == QXmppRosterIq::Item::Remove) {
            if (m_items.remove(jid)) {
                Q_EMIT itemRemoved(jid);
            }
            continue;
        }
        const bool added = !m_items.contains(jid);
        m_items.insert(jid, item);
        if (added) {
            Q_EMIT itemAdded(jid);
        } else {
            Q_EMIT itemChanged(jid);
        }
    }
}

void Rfc6121RosterManager::handlePresence(const QXmppPresence &presence)
{
    if (presence.type() != QXmppPresence::Subscribe) {
        return;
    }
    const QString jid = QXmppUtils::jidToBareJid(presence.from());
    if (jid.isEmpty()) {
        return;
    }
    if (client()->configuration().autoAcceptSubscriptions()) {
        acceptSubscription(jid);
        subscribeTo(jid);
        return;
    }
    // A claimed former address (XEP-0283) is not verified here: it must not reach the UI.
    QXmppPresence request = presence;
    request.setOldJid({});
    Q_EMIT subscriptionRequestReceived(jid, request);
}

QXmppTask<Rfc6121RosterManager::Result> Rfc6121RosterManager::setItem(const QXmppRosterIq::Item &item)
{
    // The server answers, then pushes the change to every device (§2.3): the push updates us.
    QXmppRosterIq set;
    set.setType(QXmppIq::Set);
    set.addItem(item);
    return client()->sendGenericIq(std::move(set));
}

QXmppTask<Rfc6121RosterManager::Result> Rfc6121RosterManager::addRosterItem(
    const QString &bareJid, const QString &name, const QSet<QString> &groups)
{
    QXmppRosterIq::Item item;
    item.setBareJid(bareJid);
    item.setName(name);
    item.setGroups(groups);
    item.setSubscriptionType(QXmppRosterIq::Item::NotSet);
    return setItem(item);
}

QXmppTask<Rfc6121RosterManager::Result> Rfc6121RosterManager::removeRosterItem(const QString &bareJid)
{
    QXmppRosterIq::Item item;
    item.setBareJid(bareJid);
    item.setSubscriptionType(QXmppRosterIq::Item::Remove);
    return setItem(item);
}

QXmppTask<Rfc6121RosterManager::Result> Rfc6121RosterManager::renameRosterItem(
    const QString &bareJid, const QString &name)
{
    if (!m_items.contains(bareJid)) {
        return failedTask(tr("%1 is not in the contact list.").arg(bareJid));
    }
    QXmppRosterIq::Item item = m_items.value(bareJid);
    item.setName(name);
    // The server owns the subscription state (§2.1.2.5): a client does not send it.
    item.setSubscriptionType(QXmppRosterIq::Item::NotSet);
    item.setSubscriptionStatus({});
    return setItem(item);
}

QXmppTask<QXmpp::SendResult> Rfc6121RosterManager::subscribeTo(const QString &bareJid)
{
    QXmppPresence request(QXmppPresence::Subscribe);
    request.setTo(QXmppUtils::jidToBareJid(bareJid));
    return client()->sendSensitive(std::move(request));
}

QXmppTask<QXmpp::SendResult> Rfc6121RosterManager::unsubscribeFrom(const QString &bareJid)
{
    QXmppPresence request(QXmppPresence::Unsubscribe);
    request.setTo(QXmppUtils::jidToBareJid(bareJid));
    return client()->sendSensitive(std::move(request));
}

bool Rfc6121RosterManager::acceptSubscription(const QString &bareJid)
{
    QXmppPresence answer(QXmppPresence::Subscribed);
    answer.setTo(bareJid);
    return client()->sendPacket(answer);
}

void Rfc6121RosterManager::answerAll(const QStringList &bareJids, bool approve)
{
    if (!m_answers) {
        m_answers = new SubscriptionAnswerQueue(
            [this](QXmppPresence &&presence) {
                return presence.type() == QXmppPresence::Subscribe
                    ? client()->sendSensitive(std::move(presence))
                    : client()->send(std::move(presence));
            },
            40, this);
    }
    m_answers->answer(bareJids, approve);
}

bool Rfc6121RosterManager::refuseSubscription(const QString &bareJid)
{
    QXmppPresence answer(QXmppPresence::Unsubscribed);
    answer.setTo(bareJid);
    return client()->sendPacket(answer);
}
