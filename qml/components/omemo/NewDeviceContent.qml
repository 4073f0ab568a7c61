// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// A line from Isthmus, not from the contact (MessageKind 5 and 6): the contact added an OMEMO
// device. Trusted blindly while none of their keys is verified; after that the new device is not
// encrypted for until the user decides, which this line says in the warning colour with a way
// to the devices page (its fingerprint is there: the bundle may not be fetched yet).
RowLayout {
    id: line
    objectName: trusted ? "newDeviceLine" : "newUntrustedDeviceLine"

    required property bool trusted
    required property string senderName
    required property string deviceId

    signal devicesRequested

    spacing: Kirigami.Units.smallSpacing
    Kirigami.Icon {
        Layout.alignment: Qt.AlignTop
        Layout.preferredWidth: Kirigami.Units.iconSizes.small
        Layout.preferredHeight: Kirigami.Units.iconSizes.small
        source: line.trusted ? "security-medium" : "security-low"
        color: line.trusted ? Kirigami.Theme.neutralTextColor : Kirigami.Theme.negativeTextColor
        isMask: true
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Kirigami.Units.smallSpacing
        Controls.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText // the name is the contact's
            font.italic: true
            color: line.trusted ? Kirigami.Theme.textColor : Kirigami.Theme.negativeTextColor
            text: line.trusted
                ? qsTr("%1 added a new device (device %2). It is trusted until you verify %1's devices.").arg(line.senderName).arg(line.deviceId)
                : qsTr("%1 added a new device (device %2) that is not trusted yet: messages are not encrypted for it until you decide.").arg(line.senderName).arg(line.deviceId)
        }
        Controls.Button {
            objectName: "reviewDevicesButton"
            text: line.trusted ? qsTr("Show devices") : qsTr("Review devices")
            icon.name: "view-certificate"
            onClicked: line.devicesRequested()
        }
    }
}
