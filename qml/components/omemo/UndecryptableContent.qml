// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// An encrypted message this device cannot read (MessageKind 4): that it came, and why it cannot
// be shown, in words; never the sender's fallback text.
RowLayout {
    id: line
    objectName: "undecryptableLine"

    required property string reason
    required property string senderName

    spacing: Kirigami.Units.smallSpacing
    Kirigami.Icon {
        Layout.alignment: Qt.AlignTop
        Layout.preferredWidth: Kirigami.Units.iconSizes.small
        Layout.preferredHeight: Kirigami.Units.iconSizes.small
        source: "object-locked"
        color: Kirigami.Theme.neutralTextColor
        isMask: true
    }
    Controls.Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        textFormat: Text.PlainText // the reason may quote what the sender claimed
        font.italic: true
        text: line.reason.length > 0
            ? qsTr("%1 sent an encrypted message this device cannot read: %2.").arg(line.senderName).arg(qsTranslate("OmemoReason", line.reason))
            : qsTr("%1 sent an encrypted message this device cannot read.").arg(line.senderName)
    }
}
