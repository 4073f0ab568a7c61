// SPDX-License-Identifier: GPL-3.0-or-later
// The two OMEMO wire formats one engine speaks, and their names on the wire.
#pragma once

#include <QString>

// The values are stored (the ns column of the omemo_* tables): never renumber.
enum class OmemoVersion { Legacy = 0, Omemo2 = 1 };

namespace OmemoNs {
inline const QString legacy = QStringLiteral("eu.siacs.conversations.axolotl");
inline const QString legacyDeviceList = QStringLiteral("eu.siacs.conversations.axolotl.devicelist");
inline QString legacyBundleNode(quint32 deviceId)
{
    return QStringLiteral("eu.siacs.conversations.axolotl.bundles:%1").arg(deviceId);
}
inline const QString omemo2 = QStringLiteral("urn:xmpp:omemo:2");
inline const QString omemo2Devices = QStringLiteral("urn:xmpp:omemo:2:devices");
inline const QString omemo2Bundles = QStringLiteral("urn:xmpp:omemo:2:bundles");
inline const QString sce = QStringLiteral("urn:xmpp:sce:1");
} // namespace OmemoNs

// The Signal message version libomemo-c writes for each: 3 is legacy OMEMO 0.3, 4 is OMEMO 2.
constexpr unsigned signalVersion(OmemoVersion version)
{
    return version == OmemoVersion::Legacy ? 3 : 4;
}
