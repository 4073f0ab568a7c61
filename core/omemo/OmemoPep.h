// SPDX-License-Identifier: GPL-3.0-or-later
// OMEMO's use of PEP, both versions, over QXmppPubSubManager: fetch and publish device lists and
// bundles, and hear device-list notifications (+notify in our caps). Runs on the GUI thread with
// the client; owns no OMEMO state (that is OmemoEngine's, on the database thread).
#pragma once

#include <functional>
#include <optional>

#include <QList>
#include <QPointer>
#include <QXmppClientExtension.h>
#include <QXmppPubSubEventHandler.h>

#include "omemo/OmemoBundle.h"
#include "omemo/OmemoVersion.h"
#include "omemo/SharedFetches.h"

class QXmppPubSubManager;

// QXmppPubSubEventHandler (QXmpp 1.10) has no virtual destructor; QXmppClient deletes us as a
// QXmppClientExtension, whose destructor is virtual.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wnon-virtual-dtor"
class OmemoPep : public QXmppClientExtension, public QXmppPubSubEventHandler
{
    Q_OBJECT
public:
    OmemoPep();

    // The object whose callbacks these are: once it is gone, answers that come later (a
    // request failing as the client goes down) call nothing.
    void setOwner(QObject *owner) { m_owner = owner; }

    QStringList discoveryFeatures() const override;
    bool handlePubSubEvent(
        const QDomElement &element, const QString &pubSubService, const QString &nodeName) override;

    // nullopt: the request failed; an empty list: the node or item does not exist. A fetch of
    // what is already on its way waits for that answer (one request for any number of callers).
    using DeviceListCallback = std::function<void(std::optional<QList<quint32>>)>;
    void fetchDeviceList(OmemoVersion version, const QString &jid, DeviceListCallback done);
    void fetchBundle(OmemoVersion version, const QString &jid, quint32 deviceId,
        std::function<void(std::optional<OmemoBundle>)> done);
    void publishDeviceList(
        OmemoVersion version, const QList<quint32> &deviceIds, std::function<void(bool)> done);
    void publishBundle(
        OmemoVersion version, quint32 deviceId, const OmemoBundle &bundle, std::function<void(bool)> done);
    // Takes the device's bundle off our PEP (the OMEMO 2 item, or the legacy node); one that is
    // not there counts as removed.
    void removeOwnBundle(OmemoVersion version, quint32 deviceId, std::function<void(bool)> done);

Q_SIGNALS:
    // A device list published by `jid` (a contact or our own account), from a notification.
    void deviceListChanged(OmemoVersion version, const QString &jid, const QList<quint32> &deviceIds);

private:
    template<typename T> std::function<void(T)> guarded(std::function<void(T)> done) const
    {
        return [owner = m_owner, done = std::move(done)](T value) {
            if (owner) {
                done(std::move(value));
            }
        };
    }
    QXmppPubSubManager *pubSub() const;
    QString ownBareJid() const;

    QPointer<QObject> m_owner;
    SharedFetches<std::optional<QList<quint32>>> m_deviceListFetches;
    SharedFetches<std::optional<OmemoBundle>> m_bundleFetches;
};
#pragma GCC diagnostic pop
