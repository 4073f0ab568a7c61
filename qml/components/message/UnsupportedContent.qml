// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import org.kde.kirigami as Kirigami

// Content Isthmus cannot show yet (a file, a sticker, an unknown payload): a line saying so,
// rather than an empty bubble.
Controls.Label {
    id: line

    required property int kind // MessageKind 1..3
    required property bool outgoing
    required property string senderName

    // What each kind stands for (MessageKind 1..3).
    readonly property var kindNames: ["", qsTr("a file"), qsTr("a sticker"), qsTr("a kind of message it does not know")]

    objectName: "unsupportedLine"
    text: outgoing ? qsTr("You sent something Isthmus cannot show yet: %1").arg(kindNames[kind] ?? "")
        : qsTr("%1 sent something Isthmus cannot show yet: %2").arg(senderName).arg(kindNames[kind] ?? "")
    textFormat: Text.PlainText
    wrapMode: Text.Wrap
    font.italic: true
    color: Kirigami.Theme.disabledTextColor
}
