// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// Under our message that waits because it cannot be encrypted yet: why, in words. It goes by
// itself once it can (the contact publishes a device, the keys can be fetched).
RowLayout {
    id: line
    objectName: "heldLine"

    required property string reason

    spacing: Kirigami.Units.smallSpacing
    Kirigami.Icon {
        Layout.preferredWidth: Kirigami.Units.iconSizes.small
        Layout.preferredHeight: Kirigami.Units.iconSizes.small
        source: "object-locked"
        color: Kirigami.Theme.neutralTextColor
        isMask: true
    }
    Controls.Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font: Kirigami.Theme.smallFont
        color: Kirigami.Theme.neutralTextColor
        text: qsTr("Waiting to send encrypted: %1").arg(line.reason)
    }
}
