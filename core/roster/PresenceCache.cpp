// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenceCache.h"

#include <QDateTime>
#include <QXmppClient.h>
#include <QXmppMucIq.h>
#include <QXmppPresence.h>
#include <QXmppUtils.h>

#include "Logging.h"
#include "account/Account.h"
#include "storage/PresenceStore.h"
#include "xmpp/Rfc6121RosterManager.h"

namespace {
Presence::Availability availabilityOf(const QXmppPresence &presence)
{
    if (presence.type() != QXmppPresence::Available) {
        return Presence::Offline;
    }
    switch (presence.availableStatusType()) {
    case QXmppPresence::Away:
        return Presence::Away;
    case QXmppPresence::XA:
        return Presence::ExtendedAway;
    case QXmppPresence::DND:
        return Presence::DoNotDisturb;
    case QXmppPresence::Online:
    case QXmppPresence::Chat:
    case QXmppPresence::Invisible:
        break;
    }
    return Presence::Online;
}

// Status texts are untrusted and could be a novel: keep what a row can show.
constexpr qsizetype maxStatusLength = 500;
} // namespace

PresenceCache::PresenceCache(PresenceStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    // The last known state from earlier runs; never newer than what arrived meanwhile.
    store->all()
        .then(this,
            [this](const QList<ContactPresence> &rows) {
                for (const ContactPresence &row : rows) {
                    const QString key = keyOf(row.account, row.jid);
                    if (m_entries.contains(key)) {
                        continue;
                    }
                    Entry &entry = m_entries[key];
                    entry.shown = row;
                    // Not live: shown offline, with the words it went offline with.
                    entry.shown.availability = Presence::Offline;
                    if (row.availability != Presence::Offline) {
                        entry.shown.statusText.clear();
                    }
                    Q_EMIT presenceChanged(row.account, row.jid);
                }
            })
        .onFailed(this, [](const std::exception &e) {
            qCWarning(lcStorage) << "loading the last known presences failed:" << e.what();
        });
}

QString PresenceCache::keyOf(const QString &account, const QString &jid)
{
    return account + QLatin1Char('\n') + jid;
}

void PresenceCache::watch(Account *account)
{
    const QString jid = account->jid();
    Rfc6121RosterManager *contacts = account->roster();
    connect(account->client(), &QXmppClient::presenceReceived, this,
        [this, jid, contacts](const QXmppPresence &presence) {
            // Only contacts count: presence from anyone else would grow the cache (and the
            // database) without bound.
            const QString from = QXmppUtils::jidToBareJid(presence.from());
            if (contacts->getRosterEntry(from).bareJid().isEmpty())
                return;
            handlePresence(jid, presence);
        });
    // Presences are stale when the account is logged out, or when a new stream starts (the server
    // sends them all again then). A resumed stream (XEP-0198) keeps them: the server sends none.
    QXmppClient *client = account->client();
    connect(account, &Account::stateChanged, this, [this, jid, client](Account::State state) {
        const bool newStream = state == Account::State::Connected
            && client->streamManagementState() != QXmppClient::ResumedStream;
        if (state == Account::State::Disconnected || newStream) {
            accountOffline(jid);
        }
    });
    // Servers need not say "unavailable" when we stop receiving a contact's presence (RFC 6121
    // 3.3.3 leaves it to the contact's server); the roster says it for sure.
    Rfc6121RosterManager *roster = account->roster();
    connect(roster, &Rfc6121RosterManager::itemChanged, this, [this, jid, roster](const QString &contact) {
        const auto type = roster->getRosterEntry(contact).subscriptionType();
        if (type != QXmppRosterIq::Item::To && type != QXmppRosterIq::Item::Both) {
            presenceWithdrawn(jid, contact);
        }
    });
    connect(roster, &Rfc6121RosterManager::itemRemoved, this,
        [this, jid](const QString &contact) { presenceWithdrawn(jid, contact); });
}

void PresenceCache::presenceWithdrawn(const QString &account, const QString &jid)
{
    const auto it = m_entries.find(keyOf(account, jid));
    if (it != m_entries.end() && !it->resources.isEmpty()) {
        it->resources.clear();
        update(*it, {});
    }
}

void PresenceCache::handlePresence(const QString &account, const QXmppPresence &presence)
{
    switch (presence.type()) {
    case QXmppPresence::Available:
    case QXmppPresence::Unavailable:
    case QXmppPresence::Error:
        break;
    default:
        return; // subscriptions and probes say nothing about availability
    }
    const QString bare = QXmppUtils::jidToBareJid(presence.from());
    // Our own other devices, and occupants of group chats (room@service/nick), are no contacts.
    if (bare.isEmpty() || bare == account || !presence.mucItem().isNull()
        || !presence.mucStatusCodes().isEmpty()) {
        return;
    }
    const QString resource = QXmppUtils::jidToResource(presence.from());
    Entry &entry = m_entries[keyOf(account, bare)];
    entry.shown.account = account;
    entry.shown.jid = bare;
    const Presence::Availability availability = availabilityOf(presence);
    if (availability == Presence::Offline && resource.isEmpty()) {
        entry.resources.clear(); // the server (or a gateway) speaks for the whole contact
    } else if (availability == Presence::Offline) {
        entry.resources.remove(resource);
    } else {
        entry.resources.insert(
            resource, { availability, presence.statusText().left(maxStatusLength), presence.priority() });
    }
    // Going offline may come with parting words ("Gone to bed"), shown while they are away.
    const QString parting = presence.type() == QXmppPresence::Unavailable
        ? presence.statusText().left(maxStatusLength)
        : QString();
    update(entry, parting);
}

void PresenceCache::update(Entry &entry, const QString &partingStatus)
{
    // The most available resource wins; among equals, the one with the higher priority.
    const Resource *best = nullptr;
    for (const Resource &resource : std::as_const(entry.resources)) {
        if (!best || resource.availability < best->availability
            || (resource.availability == best->availability && resource.priority > best->priority)) {
            best = &resource;
        }
    }
    const ContactPresence before = entry.shown;
    entry.shown.availability = best ? best->availability : Presence::Offline;
    entry.shown.statusText = best ? best->statusText : partingStatus;
    if (entry.shown == before) {
        return;
    }
    if (entry.shown.availability != Presence::Offline || before.availability != Presence::Offline) {
        entry.shown.lastSeen = QDateTime::currentMSecsSinceEpoch();
    }
    publish(entry);
}

void PresenceCache::accountOffline(const QString &account)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (Entry &entry : m_entries) {
        if (entry.shown.account != account
            || (entry.resources.isEmpty() && entry.shown.availability == Presence::Offline)) {
            continue;
        }
        entry.resources.clear();
        if (entry.shown.availability != Presence::Offline) {
            entry.shown.lastSeen = now; // seen until we lost the connection
        }
        entry.shown.availability = Presence::Offline;
        entry.shown.statusText.clear();
        publish(entry);
    }
}

void PresenceCache::publish(const Entry &entry)
{
    m_store->save(entry.shown).onFailed(this, [](const std::exception &e) {
        qCWarning(lcStorage) << "storing a presence failed:" << e.what();
    });
    Q_EMIT presenceChanged(entry.shown.account, entry.shown.jid);
}

ContactPresence PresenceCache::presence(const QString &account, const QString &jid) const
{
    const auto it = m_entries.constFind(keyOf(account, jid));
    if (it != m_entries.cend()) {
        return it->shown;
    }
    ContactPresence unknown;
    unknown.account = account;
    unknown.jid = jid;
    return unknown;
}
