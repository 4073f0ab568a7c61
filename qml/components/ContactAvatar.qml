// SPDX-License-Identifier: GPL-3.0-or-later
// A contact's picture (initials) with what matters at a glance: a presence dot, the network a
// gateway bridges to, and a mark when the contact is blocked.
import QtQuick
import QtQuick.Controls as Controls
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.components as Components
import Isthmus.Core

Item {
    id: avatar

    property string name
    property int presence: Presence.Offline
    property string network // "" for XMPP contacts
    property bool blocked: false
    // When several accounts are set up: a ring in the account's colour (transparent: none).
    property color accountColour: "transparent"

    implicitWidth: Kirigami.Units.iconSizes.medium
    implicitHeight: Kirigami.Units.iconSizes.medium

    // Short, license-free badges instead of brand logos; the tooltip names the network.
    // The badge's colour; the name comes from NetworkNames.
    readonly property var networks: ({
        irc: { label: "IRC", colour: "#6c7a89" },
        telegram: { label: "TG", colour: "#2aabee" },
        signal: { label: "SIG", colour: "#3a76f0" },
        whatsapp: { label: "WA", colour: "#25d366" },
        matrix: { label: "MX", colour: "#0dbd8b" },
        sms: { label: "SMS", colour: "#8e44ad" },
        discord: { label: "DC", colour: "#5865f2" },
        slack: { label: "SL", colour: "#4a154b" }
    })
    readonly property var networkInfo: network.length === 0 ? null
        : (networks[network] ?? { label: "GW", colour: "#7f8c8d" })
    readonly property string networkTitle: NetworkNames.title(network) || qsTr("another network")

    readonly property color presenceColour: {
        switch (avatar.presence) {
        case Presence.Online: return Kirigami.Theme.positiveTextColor
        case Presence.Away:
        case Presence.ExtendedAway: return Kirigami.Theme.neutralTextColor
        case Presence.DoNotDisturb: return Kirigami.Theme.negativeTextColor
        default: return "transparent"
        }
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: -2
        radius: width / 2
        color: "transparent"
        border.width: avatar.accountColour.a > 0 ? 2 : 0
        border.color: avatar.accountColour
    }

    Components.Avatar {
        anchors.fill: parent
        name: avatar.name
        opacity: avatar.blocked ? 0.4 : 1
    }

    Rectangle {
        visible: avatar.presence !== Presence.Offline && !avatar.blocked
        width: Math.round(avatar.width * 0.3)
        height: width
        radius: width / 2
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        color: avatar.presenceColour
        border.width: 2
        border.color: Kirigami.Theme.backgroundColor
    }

    Kirigami.Icon {
        visible: avatar.blocked
        anchors.centerIn: parent
        width: avatar.width * 0.6
        height: width
        source: "im-ban-user"
        color: Kirigami.Theme.negativeTextColor
    }

    Rectangle {
        visible: avatar.networkInfo !== null
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.leftMargin: -Kirigami.Units.smallSpacing
        anchors.bottomMargin: -2
        height: badgeText.implicitHeight + 2
        width: badgeText.implicitWidth + Kirigami.Units.smallSpacing * 2
        radius: height / 2
        color: avatar.networkInfo ? avatar.networkInfo.colour : "transparent"
        border.width: 1
        border.color: Kirigami.Theme.backgroundColor
        Controls.Label {
            id: badgeText
            anchors.centerIn: parent
            text: avatar.networkInfo ? avatar.networkInfo.label : ""
            color: "white"
            font.pixelSize: Math.max(8, Math.round(avatar.height * 0.24))
            font.bold: true
        }
        // Not a HoverHandler: see TextContent (QTBUG-135975).
        MouseArea {
            id: badgeHover
            anchors.fill: parent
            hoverEnabled: true
            acceptedButtons: Qt.NoButton
        }
        Controls.ToolTip.visible: badgeHover.containsMouse
        Controls.ToolTip.text: avatar.networkInfo ? qsTr("On %1, through a gateway").arg(avatar.networkTitle) : ""
    }
}
