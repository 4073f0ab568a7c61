// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// The answered message at the top of a reply: who wrote it and how it began.
RowLayout {
    id: quote

    // { sender, outgoing, body } of the answered message when loaded, or of the quote its sender
    // included (fallback: true); {} when neither is here.
    required property var replyQuote
    // The other person's name, for quotes of their messages.
    property string peerName

    objectName: "replyQuote"
    spacing: Kirigami.Units.smallSpacing
    Rectangle {
        Layout.fillHeight: true
        implicitWidth: 3
        radius: 1
        color: Kirigami.Theme.highlightColor
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 0
        Controls.Label {
            Layout.fillWidth: true
            text: quote.replyQuote.sender === undefined ? qsTr("In reply to an earlier message")
                : quote.replyQuote.outgoing ? qsTr("You") : (quote.peerName || quote.replyQuote.sender)
            textFormat: Text.PlainText
            elide: Text.ElideRight
            font.pointSize: Kirigami.Theme.smallFont.pointSize
            font.bold: true
            color: Kirigami.Theme.disabledTextColor
        }
        Controls.Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: quote.replyQuote.body ?? ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            font: Kirigami.Theme.smallFont
            color: Kirigami.Theme.disabledTextColor
        }
    }
}
