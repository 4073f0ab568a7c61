// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// One message. Remote text is shown as plain text, never as rich text.
Item {
    id: bubble

    required property string body
    required property bool outgoing
    required property string sender
    required property var time
    required property int deliveryState

    readonly property var stateIcons: ["clock", "checkmark", "checkmark", "view-visible", "dialog-error", ""]
    readonly property var stateNames: [qsTr("Sending"), qsTr("Sent"), qsTr("Delivered"), qsTr("Read"), qsTr("Failed"), ""]

    implicitHeight: box.height

    Rectangle {
        id: box
        anchors.right: bubble.outgoing ? parent.right : undefined
        anchors.left: bubble.outgoing ? undefined : parent.left
        anchors.leftMargin: Kirigami.Units.largeSpacing
        anchors.rightMargin: Kirigami.Units.largeSpacing
        width: Math.min(content.implicitWidth, bubble.width * 0.75) + Kirigami.Units.largeSpacing * 2
        height: content.implicitHeight + Kirigami.Units.largeSpacing
        radius: Kirigami.Units.cornerRadius * 2
        color: bubble.outgoing ? Qt.alpha(Kirigami.Theme.highlightColor, 0.25) : Kirigami.Theme.alternateBackgroundColor
        border.color: Qt.alpha(Kirigami.Theme.textColor, 0.1)

        ColumnLayout {
            id: content
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.largeSpacing * 2
            spacing: 0

            Controls.Label {
                Layout.fillWidth: true
                text: bubble.body
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: Kirigami.Units.smallSpacing
                Controls.Label {
                    text: Qt.formatTime(bubble.time, Locale.ShortFormat)
                    font: Kirigami.Theme.smallFont
                    color: Kirigami.Theme.disabledTextColor
                }
                Kirigami.Icon {
                    visible: bubble.outgoing
                    source: bubble.stateIcons[bubble.deliveryState] ?? ""
                    implicitWidth: Kirigami.Units.iconSizes.small
                    implicitHeight: Kirigami.Units.iconSizes.small
                    color: bubble.deliveryState === 4 ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.disabledTextColor
                    Controls.ToolTip.text: bubble.stateNames[bubble.deliveryState] ?? ""
                }
            }
        }
    }
}
