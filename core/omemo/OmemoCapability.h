// SPDX-License-Identifier: GPL-3.0-or-later
// OMEMO (both versions) as a capability: the decrypt stage in the receive pipeline, the encrypt
// stage in the outgoing chain, and per account its OmemoAccount (over a QXmppPubSubManager),
// started when the account connects: our device and bundle published, the store's keys used.
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include "capability/Capability.h"

class CapabilityHost;
class OmemoAccount;
class OmemoController;

class OmemoCapability : public QObject, public Capability
{
    Q_OBJECT
public:
    explicit OmemoCapability(QObject *parent = nullptr);
    ~OmemoCapability() override;

    QString name() const override { return QStringLiteral("omemo"); }
    void install(CapabilityHost &host) override;
    QObject *controller() const override;

    // The account's OMEMO by its bare JID; null before the account is added or after it went.
    OmemoAccount *account(const QString &jid) const;

Q_SIGNALS:
    // An account's OMEMO is started and its device published.
    void accountReady(const QString &jid);

private:
    // The chat with the contact gets a line per device it added (kept in the history).
    void addDeviceNotice(
        const QString &account, const QString &contact, const QList<quint32> &ids, bool trusted);

    CapabilityHost *m_host = nullptr;
    QHash<QString, QPointer<OmemoAccount>> m_accounts;
    // A child (not a unique_ptr): a QObject handed to QML without a parent would be QML's to
    // delete when its engine goes.
    OmemoController *m_controller = nullptr;
};
