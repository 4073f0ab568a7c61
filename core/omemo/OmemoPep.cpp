// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmemoPep.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppPubSubManager.h>
#include <QXmppUtils.h>

#include "omemo/OmemoBundleItem.h"
#include "omemo/OmemoDeviceListItem.h"
#include "omemo/OmemoLog.h"

namespace {

QString deviceListNode(OmemoVersion version)
{
    return version == OmemoVersion::Legacy ? OmemoNs::legacyDeviceList : OmemoNs::omemo2Devices;
}

// "Not found" answers (no such node or item) mean "no devices", not a failure.
bool isMissing(const QXmppError &error)
{
    if (const auto stanzaError = error.value<QXmppStanza::Error>()) {
        return stanzaError->condition() == QXmppStanza::Error::ItemNotFound;
    }
    return false;
}

QXmppPubSubPublishOptions openAccess(bool maxItems)
{
    QXmppPubSubPublishOptions options;
    options.setAccessModel(QXmppPubSubPublishOptions::Open);
    if (maxItems) {
        options.setMaxItems(QXmppPubSubPublishOptions::Max {});
    }
    return options;
}

} // namespace

OmemoPep::OmemoPep() = default;

QStringList OmemoPep::discoveryFeatures() const
{
    return { OmemoNs::legacyDeviceList + QStringLiteral("+notify"),
        OmemoNs::omemo2Devices + QStringLiteral("+notify") };
}

QXmppPubSubManager *OmemoPep::pubSub() const
{
    return client()->findExtension<QXmppPubSubManager>();
}

QString OmemoPep::ownBareJid() const
{
    return client()->configuration().jidBare();
}

bool OmemoPep::handlePubSubEvent(
    const QDomElement &element, const QString &pubSubService, const QString &nodeName)
{
    OmemoVersion version;
    if (nodeName == OmemoNs::legacyDeviceList) {
        version = OmemoVersion::Legacy;
    } else if (nodeName == OmemoNs::omemo2Devices) {
        version = OmemoVersion::Omemo2;
    } else {
        return false;
    }
    // PEP notifications come from the publisher's bare JID; one from a full JID or a server
    // component pretending to be a person's PEP service is not a device list.
    const QString from = element.attribute(QStringLiteral("from"));
    if (from.isEmpty() || from != QXmppUtils::jidToBareJid(from) || pubSubService != from
        || !from.contains(u'@')) {
        qCInfo(lcOmemo) << "ignored a device list event from" << from;
        return true;
    }
    const QDomElement items
        = element.firstChildElement(QStringLiteral("event")).firstChildElement(QStringLiteral("items"));
    for (QDomElement item = items.firstChildElement(QStringLiteral("item")); !item.isNull();
        item = item.nextSiblingElement(QStringLiteral("item"))) {
        if (item.attribute(QStringLiteral("id")) != u"current") {
            continue;
        }
        const auto list = OmemoDeviceListItem::fromPayload(item.firstChildElement());
        if (list && list->version() == version) {
            Q_EMIT deviceListChanged(version, from, list->deviceIds());
        }
    }
    return true;
}

void OmemoPep::fetchDeviceList(OmemoVersion version, const QString &jid, DeviceListCallback done)
{
    const QString key = QString::number(int(version)) + u' ' + jid;
    if (!m_deviceListFetches.join(key, guarded(std::move(done)))) {
        return;
    }
    pubSub()
        ->requestItem<OmemoDeviceListItem>(jid, deviceListNode(version), QStringLiteral("current"))
        .then(this, [this, version, key](QXmppPubSubManager::ItemResult<OmemoDeviceListItem> &&result) {
            if (auto *error = std::get_if<QXmppError>(&result)) {
                if (isMissing(*error)) {
                    m_deviceListFetches.finish(key, QList<quint32>());
                } else {
                    qCInfo(lcOmemo) << "device list fetch failed:" << error->description;
                    m_deviceListFetches.finish(key, std::nullopt);
                }
                return;
            }
            const auto &item = std::get<OmemoDeviceListItem>(result);
            m_deviceListFetches.finish(key, item.version() == version ? item.deviceIds() : QList<quint32>());
        });
}

void OmemoPep::fetchBundle(OmemoVersion version, const QString &jid, quint32 deviceId,
    std::function<void(std::optional<OmemoBundle>)> done)
{
    const QString key = QStringLiteral("%1 %2 %3").arg(int(version)).arg(deviceId).arg(jid);
    if (!m_bundleFetches.join(key, guarded(std::move(done)))) {
        return;
    }
    auto handle = [this, version, key](QXmppPubSubManager::ItemsResult<OmemoBundleItem> &&result) {
        if (auto *error = std::get_if<QXmppError>(&result)) {
            qCInfo(lcOmemo) << "bundle fetch failed:" << error->description;
            m_bundleFetches.finish(key, std::nullopt);
            return;
        }
        for (const auto &item : std::get<QXmppPubSubManager::Items<OmemoBundleItem>>(result).items) {
            if (item.version() == version && item.bundle().isComplete()) {
                m_bundleFetches.finish(key, item.bundle());
                return;
            }
        }
        m_bundleFetches.finish(key, std::nullopt);
    };
    if (version == OmemoVersion::Legacy) {
        // Legacy clients name the item "current" or something else: take any.
        pubSub()
            ->requestItems<OmemoBundleItem>(jid, OmemoNs::legacyBundleNode(deviceId))
            .then(this, std::move(handle));
    } else {
        pubSub()
            ->requestItems<OmemoBundleItem>(jid, OmemoNs::omemo2Bundles, { QString::number(deviceId) })
            .then(this, std::move(handle));
    }
}

void OmemoPep::publishDeviceList(
    OmemoVersion version, const QList<quint32> &deviceIds, std::function<void(bool)> done)
{
    done = guarded(std::move(done));
    pubSub()
        ->publishOwnPepItem(
            deviceListNode(version), OmemoDeviceListItem(version, deviceIds), openAccess(false))
        .then(this, [done = std::move(done)](QXmppPubSubManager::PublishItemResult &&result) {
            if (auto *error = std::get_if<QXmppError>(&result)) {
                qCWarning(lcOmemo) << "publishing the device list failed:" << error->description;
                done(false);
                return;
            }
            done(true);
        });
}

void OmemoPep::publishBundle(
    OmemoVersion version, quint32 deviceId, const OmemoBundle &bundle, std::function<void(bool)> done)
{
    done = guarded(std::move(done));
    const QString node
        = version == OmemoVersion::Legacy ? OmemoNs::legacyBundleNode(deviceId) : OmemoNs::omemo2Bundles;
    pubSub()
        ->publishOwnPepItem(
            node, OmemoBundleItem(version, bundle, deviceId), openAccess(version == OmemoVersion::Omemo2))
        .then(this, [done = std::move(done)](QXmppPubSubManager::PublishItemResult &&result) {
            if (auto *error = std::get_if<QXmppError>(&result)) {
                qCWarning(lcOmemo) << "publishing the bundle failed:" << error->description;
                done(false);
                return;
            }
            done(true);
        });
}

void OmemoPep::removeOwnBundle(OmemoVersion version, quint32 deviceId, std::function<void(bool)> done)
{
    done = guarded(std::move(done));
    auto handle = [done = std::move(done)](QXmppPubSubManager::Result &&result) {
        if (auto *error = std::get_if<QXmppError>(&result); error && !isMissing(*error)) {
            qCInfo(lcOmemo) << "removing a bundle failed:" << error->description;
            done(false);
            return;
        }
        done(true);
    };
    if (version == OmemoVersion::Legacy) {
        pubSub()->deleteOwnPepNode(OmemoNs::legacyBundleNode(deviceId)).then(this, std::move(handle));
    } else {
        pubSub()
            ->retractOwnPepItem(OmemoNs::omemo2Bundles, QString::number(deviceId))
            .then(this, std::move(handle));
    }
}
