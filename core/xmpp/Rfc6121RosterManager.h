// SPDX-License-Identifier: GPL-3.0-or-later
// The account's roster (RFC 6121 §2) with roster versioning (§2.6), in place of QXmppRosterManager:
// QXmpp 1.10 asks for the whole roster on every new stream and has no way to send the version of
// a roster we already keep. This manager starts from the stored roster and its version, asks with
// that version, and takes the server's answer as it comes: nothing (unchanged, or the changes
// follow as pushes) or a whole new roster. Pushes are accepted only from the account itself.
// Subscription requests (RFC 6121 §3) are handled here too, since they arrive as presences the
// same manager must see.
#pragma once

#include <variant>

#include <QHash>
#include <QXmppClient.h>
#include <QXmppClientExtension.h>
#include <QXmppRosterIq.h>
#include <QXmppTask.h>

class QXmppPresence;

class SubscriptionAnswerQueue;

class Rfc6121RosterManager : public QXmppClientExtension
{
    Q_OBJECT
public:
    using Result = std::variant<QXmpp::Success, QXmppError>;

    // The roster as stored after an earlier session. Until this is called the manager waits with
    // its request (asking without a version would fetch everything again); an empty version
    // asks for the whole roster.
    void setStoredRoster(const QList<QXmppRosterIq::Item> &items, const QString &version);

    bool isRosterReceived() const { return m_received; }
    const QString &version() const { return m_version; }
    QStringList getRosterBareJids() const { return m_items.keys(); }
    // An empty item (no bare JID) for someone who is not in the roster.
    QXmppRosterIq::Item getRosterEntry(const QString &bareJid) const { return m_items.value(bareJid); }
    bool contains(const QString &bareJid) const { return m_items.contains(bareJid); }
    // How many roster requests this stream so far were answered in full, and how many with
    // "unchanged" (for tests and the log).
    int fullAnswers() const { return m_fullAnswers; }
    int unchangedAnswers() const { return m_unchangedAnswers; }

    QXmppTask<Result> addRosterItem(const QString &bareJid, const QString &name, const QSet<QString> &groups);
    QXmppTask<Result> removeRosterItem(const QString &bareJid);
    QXmppTask<Result> renameRosterItem(const QString &bareJid, const QString &name);

    QXmppTask<QXmpp::SendResult> subscribeTo(const QString &bareJid);
    QXmppTask<QXmpp::SendResult> unsubscribeFrom(const QString &bareJid);
    bool acceptSubscription(const QString &bareJid);
    bool refuseSubscription(const QString &bareJid);
    // Many requests answered as one decision (approving subscribes back), paced in batches the
    // server has acknowledged (SubscriptionAnswerQueue).
    void answerAll(const QStringList &bareJids, bool approve);

    bool handleStanza(const QDomElement &element) override;
    // The server's result to our roster request: the whole roster, or nothing when ours is current.
    void handleAnswer(const QDomElement &answer);

Q_SIGNALS:
    // The server sent the whole roster: it replaces what was there (and its version).
    void rosterReplaced();
    // The roster is now known to be current, whether it was replaced or confirmed unchanged.
    void rosterReceived();
    // One contact added, changed or removed by a roster push; version() is already the push's.
    void itemAdded(const QString &bareJid);
    void itemChanged(const QString &bareJid);
    void itemRemoved(const QString &bareJid);
    void subscriptionRequestReceived(const QString &bareJid, const QXmppPresence &presence);

protected:
    void onRegistered(QXmppClient *client) override;

private:
    void requestRoster();
    QXmppTask<Result> setItem(const QXmppRosterIq::Item &item);
    bool isFromAccount(const QDomElement &element) const;
    void handlePush(const QXmppRosterIq &push);
    void handlePresence(const QXmppPresence &presence);

    QHash<QString, QXmppRosterIq::Item> m_items;
    SubscriptionAnswerQueue *m_answers = nullptr;
    QString m_version;
    bool m_storedRosterKnown = false;
    bool m_requestWaiting = false;
    bool m_received = false;
    int m_fullAnswers = 0;
    int m_unchangedAnswers = 0;
};
