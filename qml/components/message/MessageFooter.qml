// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Isthmus.Core

// The bottom line of a bubble: "edited", the time, and for our own messages the ticks.
RowLayout {
    id: footer

    required property bool edited
    required property var time
    required property bool outgoing
    required property int deliveryState
    property int encryption // MessageEncryption

    spacing: Kirigami.Units.smallSpacing
    Controls.Label {
        visible: footer.edited
        text: qsTr("edited")
        font: Kirigami.Theme.smallFont
        color: Kirigami.Theme.disabledTextColor
    }
    Controls.Label {
        text: DisplayText.shortTime(footer.time)
        font: Kirigami.Theme.smallFont
        color: Kirigami.Theme.disabledTextColor
    }
    EncryptionMark {
        encryption: footer.encryption
    }
    DeliveryTicks {
        visible: footer.outgoing
        deliveryState: footer.deliveryState
    }
}
