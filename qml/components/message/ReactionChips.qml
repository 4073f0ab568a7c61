// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import org.kde.kirigami as Kirigami

// The reactions under a message, one chip per emoji with its count; ours are checked, and a
// click adds or takes back ours.
Flow {
    id: chips

    required property var reactions // [{ emoji, count, mine }]
    required property bool outgoing
    required property font emojiFont

    signal toggled(emoji: string)

    spacing: Kirigami.Units.smallSpacing
    layoutDirection: outgoing ? Qt.RightToLeft : Qt.LeftToRight
    Repeater {
        model: chips.reactions
        delegate: Controls.Button {
            id: chip
            required property var modelData
            flat: !modelData.mine
            checked: modelData.mine
            // No `text`: the desktop style draws a button's text itself, in the text font,
            // beside the content item. The emoji in the colour font; the count in the
            // text font.
            Accessible.name: modelData.emoji + " " + modelData.count
            contentItem: Row {
                spacing: Kirigami.Units.smallSpacing
                Controls.Label {
                    objectName: "reactionEmoji"
                    anchors.verticalCenter: parent.verticalCenter
                    text: chip.modelData.emoji
                    font: chips.emojiFont
                    textFormat: Text.PlainText
                }
                Controls.Label {
                    anchors.verticalCenter: parent.verticalCenter
                    text: chip.modelData.count
                    textFormat: Text.PlainText
                }
            }
            onClicked: chips.toggled(modelData.emoji)
            Controls.ToolTip.text: modelData.mine ? qsTr("Remove your reaction") : qsTr("React with %1").arg(modelData.emoji)
            Controls.ToolTip.visible: hovered
        }
    }
}
