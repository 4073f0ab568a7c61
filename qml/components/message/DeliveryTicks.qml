// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import org.kde.kirigami as Kirigami

// Sent, delivered and read as Kaidan, Dino and Conversations draw them: one tick, two ticks, two
// ticks in the highlight colour; a clock while sending, a warning when it failed.
Item {
    id: tick

    required property int deliveryState // MessageState: pending, sent, delivered, read, failed

    readonly property var stateIcons: ["clock", "checkmark", "checkmark", "checkmark", "dialog-error", ""]
    readonly property var stateNames: [qsTr("Sending"), qsTr("Sent"), qsTr("Delivered"), qsTr("Read"), qsTr("Failed"), ""]
    // Delivered and read: a second tick beside the first.
    readonly property int ticks: deliveryState === 2 || deliveryState === 3 ? 2 : 1
    readonly property color tint: deliveryState === 4 ? Kirigami.Theme.negativeTextColor
         : deliveryState === 3 ? Kirigami.Theme.highlightColor : Kirigami.Theme.disabledTextColor

    objectName: "deliveryTick"
    implicitWidth: Kirigami.Units.iconSizes.small * (ticks === 2 ? 1.5 : 1)
    implicitHeight: Kirigami.Units.iconSizes.small
    Kirigami.Icon {
        width: Kirigami.Units.iconSizes.small
        height: width
        source: tick.stateIcons[tick.deliveryState] ?? ""
        isMask: true // tinted: read is the highlight colour
        color: tick.tint
    }
    Kirigami.Icon {
        x: Kirigami.Units.iconSizes.small / 2
        width: Kirigami.Units.iconSizes.small
        height: width
        visible: tick.ticks === 2
        source: "checkmark"
        isMask: true
        color: tick.tint
    }
    // Not a HoverHandler: see TextContent (QTBUG-135975).
    MouseArea {
        id: tickHover
        anchors.fill: parent
        hoverEnabled: true
        acceptedButtons: Qt.NoButton
    }
    Controls.ToolTip.text: tick.stateNames[tick.deliveryState] ?? ""
    Controls.ToolTip.visible: tickHover.containsMouse
}
