// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts, for QML: the roster tree, the subscription requests, a contact's presence, and
// what the person does to a contact (add, remove, rename, regroup, block, stop sharing presence).
// One call into the contacts capability (core/roster) per action; problems come back through
// RootController::notice.
#pragma once

#include <memory>

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantMap>

Q_MOC_INCLUDE("models/RosterTreeModel.h")
Q_MOC_INCLUDE("models/SubscriptionRequestModel.h")

class RosterTreeModel;
class SessionCore;
class SubscriptionRequestModel;

class ContactsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Reached through RootController.contacts")
    Q_PROPERTY(RosterTreeModel *roster READ roster CONSTANT)
    Q_PROPERTY(SubscriptionRequestModel *requests READ requests CONSTANT)
public:
    explicit ContactsController(SessionCore *core, QObject *parent = nullptr);
    ~ContactsController() override;

    RosterTreeModel *roster() const { return m_roster.get(); }
    SubscriptionRequestModel *requests() const { return m_requests.get(); }

    // For a chat's header: { presence (Presence::Availability), statusText, lastSeen (date or
    // undefined) } of a contact; presenceChanged() says when to ask again. Empty account: the
    // primary one.
    Q_INVOKABLE QVariantMap presence(const QString &jid, const QString &account = {}) const;
    // Roster changes through the account's server; the store and the roster model follow the
    // server's roster push. add() also asks the contact to share their presence, and returns why
    // it cannot be done ("" when it is under way).
    Q_INVOKABLE QString add(
        const QString &jid, const QString &name, const QString &group, const QString &account = {});
    Q_INVOKABLE void remove(const QString &jid, const QString &account = {});
    Q_INVOKABLE void rename(const QString &jid, const QString &name, const QString &account = {});
    Q_INVOKABLE void setGroups(const QString &jid, const QStringList &groups, const QString &account = {});
    // XEP-0191: the server drops everything from a blocked address and hides our presence from it.
    Q_INVOKABLE void block(const QString &jid, const QString &account = {});
    Q_INVOKABLE void unblock(const QString &jid, const QString &account = {});
    // RFC 6121: stop letting the contact see our presence (cancel, 3.2) or stop receiving
    // theirs (unsubscribe, 3.3). The contact stays on the roster.
    Q_INVOKABLE void cancelSubscription(const QString &jid, const QString &account = {});
    Q_INVOKABLE void unsubscribe(const QString &jid, const QString &account = {});

Q_SIGNALS:
    void presenceChanged(const QString &account, const QString &jid);

private:
    SessionCore *m_core;
    std::unique_ptr<RosterTreeModel> m_roster;
    std::unique_ptr<SubscriptionRequestModel> m_requests;
};
