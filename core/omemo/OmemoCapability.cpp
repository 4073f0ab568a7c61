// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoCapability.h"

#include <QDateTime>
#include <QXmppPubSubManager.h>

#include "account/Account.h"
#include "capability/AccountParts.h"
#include "capability/CapabilityHost.h"
#include "capability/MessagePipeline.h"
#include "capability/OutgoingChain.h"
#include "omemo/OmemoAccount.h"
#include "omemo/OmemoAtm.h"
#include "omemo/OmemoController.h"
#include "omemo/OmemoDecryptStage.h"
#include "omemo/OmemoEncryptStage.h"
#include "omemo/OmemoLog.h"
#include "storage/MessageStore.h"
#include "xmpp/Rfc6121RosterManager.h"

OmemoCapability::OmemoCapability(QObject *parent) : QObject(parent) { }

OmemoCapability::~OmemoCapability() = default;

OmemoAccount *OmemoCapability::account(const QString &jid) const
{
    return m_accounts.value(jid).data();
}

QObject *OmemoCapability::controller() const
{
    return m_controller;
}

void OmemoCapability::install(CapabilityHost &host)
{
    m_host = &host;
    auto lookup = [this](const QString &jid) { return account(jid); };
    host.pipeline()->addStage(std::make_unique<OmemoDecryptStage>(lookup));
    host.outgoing()->addStage(std::make_unique<OmemoEncryptStage>(lookup, host.messageStore()));
    m_controller = new OmemoController(host.database(), host.messageStore(), lookup, this);

    host.onAccountAdded([this](AccountParts &parts) {
        Account *account = parts.account();
        QXmppClient *client = account->client();
        if (!client->findExtension<QXmppPubSubManager>()) {
            client->addExtension(new QXmppPubSubManager);
        }
        // Its database row is found when it starts (the account may be new).
        auto *omemo = parts.add(std::make_unique<OmemoAccount>(client, m_host->database(), 0));
        const QString jid = parts.jid();
        m_accounts.insert(jid, omemo);
        omemo->setContactFilter([account](const QString &bareJid) {
            return account->roster() && account->roster()->contains(bareJid);
        });
        auto retry = [this, account, jid] {
            if (account->state() == Account::State::Connected) {
                m_host->retryHeld(jid);
            }
        };
        connect(omemo, &OmemoAccount::ready, this, [this, retry, jid] {
            Q_EMIT accountReady(jid);
            retry();
        });
        connect(omemo, &OmemoAccount::devicesChanged, this, retry);
        // A trust message verified or distrusted keys: the pages show it, held messages may go.
        connect(omemo->atm(), &OmemoAtm::trustChanged, this, [this, retry, jid](const QString &contact) {
            Q_EMIT m_controller->trustChanged(jid, contact);
            retry();
        });
        connect(omemo, &OmemoAccount::devicesAdded, this,
            [this, jid](const QString &contact, const QList<quint32> &ids, bool trusted) {
                addDeviceNotice(jid, contact, ids, trusted);
            });
        connect(omemo, &OmemoAccount::startFailed, this, [jid](const QString &reason) {
            qCWarning(lcOmemo) << "OMEMO did not start for" << jid << reason;
        });
        auto startWhenConnected = [account, omemo] {
            if (account->state() == Account::State::Connected && !omemo->isStarted()) {
                omemo->start();
            }
        };
        connect(account, &Account::stateChanged, omemo, startWhenConnected);
        startWhenConnected();
    });
    host.onAccountRemoved([this](const QString &jid) { m_accounts.remove(jid); });
}

void OmemoCapability::addDeviceNotice(
    const QString &account, const QString &contact, const QList<quint32> &ids, bool trusted)
{
    // One line per device, stored like a message from the contact so that it stays in the
    // history; the page words it (translated) from the kind, the body is the device id.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (quint32 id : ids) {
        Message notice;
        notice.account = account;
        notice.chatJid = contact;
        notice.sender = contact;
        notice.body = QString::number(id);
        notice.timestamp = now;
        notice.state = MessageState::Received;
        notice.kind = trusted ? MessageKind::NewDeviceTrusted : MessageKind::NewDeviceUntrusted;
        m_host->messageStore()->addMessage(notice);
    }
}
