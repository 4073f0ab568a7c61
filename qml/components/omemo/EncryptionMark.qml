// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// How a message travelled, in its footer: a lock for an OMEMO message; for a plaintext message
// in an encrypted chat a warning and the word, so nobody takes it for private. Nothing otherwise.
RowLayout {
    id: mark
    objectName: "encryptionMark"

    required property int encryption // MessageEncryption: 0 none, 1 OMEMO 0.3, 2 OMEMO 2, 3 plaintext in an encrypted chat

    visible: encryption !== 0
    spacing: Kirigami.Units.smallSpacing / 2

    Kirigami.Icon {
        Layout.preferredWidth: Kirigami.Units.iconSizes.small
        Layout.preferredHeight: Kirigami.Units.iconSizes.small
        source: mark.encryption === 3 ? "security-low" : "object-locked"
        color: mark.encryption === 3 ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.disabledTextColor
        isMask: true

        Controls.ToolTip.visible: hover.containsMouse
        Controls.ToolTip.text: mark.encryption === 3 ? qsTr("Sent unencrypted in an encrypted chat")
            : mark.encryption === 2 ? qsTr("Encrypted (OMEMO 2)") : qsTr("Encrypted (OMEMO)")
        // Not a HoverHandler: see TextContent (QTBUG-135975).
        MouseArea {
            id: hover
            anchors.fill: parent
            hoverEnabled: true
            acceptedButtons: Qt.NoButton
        }
    }
    Controls.Label {
        visible: mark.encryption === 3
        text: qsTr("unencrypted")
        font: Kirigami.Theme.smallFont
        color: Kirigami.Theme.negativeTextColor
    }
}
