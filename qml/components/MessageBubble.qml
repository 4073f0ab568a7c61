// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// One message. The text comes from the model as bodyHtml: every character of the remote body is
// escaped before the XEP-0393 styling tags (and https/xmpp/geo links) are added, so nothing the
// sender writes can become markup, an image or a request.
Item {
    id: bubble

    required property var messageId
    required property string body
    required property string bodyHtml
    required property bool outgoing
    required property string sender
    required property var time
    required property int deliveryState
    required property bool edited
    required property bool retracted
    required property var reactions
    required property bool isReply
    required property string errorText // failed: why
    // { sender, outgoing, body } of the answered message when loaded, or of the quote its sender
    // included (fallback: true); {} when neither is here.
    required property var replyQuote
    required property int kind // MessageKind: 0 text, else content we cannot show yet
    // The other person's name, for quotes of their messages.
    property string peerName
    required property bool firstOfDay
    required property var day

    signal replyRequested(var messageId, string body)
    signal editRequested(var messageId, string body)
    signal retractRequested(var messageId)
    signal retryRequested(var messageId)
    signal reactionToggled(var messageId, string emoji)

    // Sent, delivered and read as Kaidan, Dino and Conversations draw them: one tick, two ticks,
    // two ticks in the highlight colour.
    readonly property var stateIcons: ["clock", "checkmark", "checkmark", "checkmark", "dialog-error", ""]
    readonly property var stateNames: [qsTr("Sending"), qsTr("Sent"), qsTr("Delivered"), qsTr("Read"), qsTr("Failed"), ""]
    readonly property var quickReactions: ["👍", "❤️", "😂", "😮", "😢", "🙏"]
    // Emoji in the colour font first: the text font has a black ❤ (U+2764) of its own and would
    // draw it, dropping the emoji presentation selector (U+FE0F). As tall as a line of text: at
    // the same point size the colour glyphs come out smaller than the letters beside them.
    readonly property font emojiFont: Qt.font({ family: "Noto Color Emoji", pixelSize: Math.round(textMetrics.height * 0.85) })
    FontMetrics {
        id: textMetrics
        font: Kirigami.Theme.defaultFont
    }
    // What kind of content a line stands for that Isthmus cannot show yet (MessageKind 1..3).
    readonly property var unsupportedNames: ["", qsTr("a file"), qsTr("a sticker"), qsTr("a kind of message it does not know")]

    // A menu entry's action, run once the menu has closed: a closing menu gives the focus back
    // to the window, which would take it from the composer that Reply and Edit focus.
    property var afterMenu: null

    // The oldest message that was unread when the chat was opened: a marker goes above it.
    property bool firstUnread: false

    implicitHeight: column.implicitHeight + (dayHeader.visible ? dayHeader.implicitHeight : 0)
                    + (unreadHeader.visible ? unreadHeader.implicitHeight : 0)

    function openLink(link: string) {
        // The renderer only links these schemes; check again before anything leaves the app.
        if (/^(https:|xmpp:|geo:)/i.test(link))
            Qt.openUrlExternally(link)
    }

    Kirigami.ListSectionHeader {
        id: dayHeader
        visible: bubble.firstOfDay
        width: parent.width
        text: {
            const today = new Date()
            const yesterday = new Date(today.getTime() - 86400000)
            const day = new Date(bubble.day)
            if (day.toDateString() === today.toDateString())
                return qsTr("Today")
            if (day.toDateString() === yesterday.toDateString())
                return qsTr("Yesterday")
            return day.toLocaleDateString(Qt.locale(), Locale.LongFormat)
        }
    }

    RowLayout {
        id: unreadHeader
        visible: bubble.firstUnread
        anchors.top: dayHeader.visible ? dayHeader.bottom : parent.top
        width: parent.width
        spacing: Kirigami.Units.smallSpacing
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Kirigami.Theme.negativeTextColor
        }
        Controls.Label {
            text: qsTr("New messages")
            font: Kirigami.Theme.smallFont
            color: Kirigami.Theme.negativeTextColor
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Kirigami.Theme.negativeTextColor
        }
    }

    ColumnLayout {
        id: column
        anchors.top: unreadHeader.visible ? unreadHeader.bottom : dayHeader.visible ? dayHeader.bottom : parent.top
        anchors.left: bubble.outgoing ? undefined : parent.left
        anchors.right: bubble.outgoing ? parent.right : undefined
        anchors.leftMargin: Kirigami.Units.largeSpacing
        anchors.rightMargin: Kirigami.Units.largeSpacing
        width: Math.min(Math.max(box.implicitWidth, failure.visible ? failure.implicitWidth : 0), bubble.width * 0.75)
        spacing: Kirigami.Units.smallSpacing / 2

        Rectangle {
            id: box
            Layout.fillWidth: true
            Layout.alignment: bubble.outgoing ? Qt.AlignRight : Qt.AlignLeft
            implicitWidth: Math.min(content.implicitWidth, bubble.width * 0.75 - Kirigami.Units.largeSpacing * 2) + Kirigami.Units.largeSpacing * 2
            implicitHeight: content.implicitHeight + Kirigami.Units.largeSpacing
            radius: Kirigami.Units.cornerRadius * 2
            color: bubble.outgoing ? Qt.alpha(Kirigami.Theme.highlightColor, 0.25) : Kirigami.Theme.alternateBackgroundColor
            border.color: Qt.alpha(Kirigami.Theme.textColor, 0.1)

            TapHandler {
                acceptedButtons: Qt.RightButton
                onTapped: menu.popup()
            }
            TapHandler {
                acceptedDevices: PointerDevice.TouchScreen
                onLongPressed: menu.popup()
            }

            ColumnLayout {
                id: content
                anchors.centerIn: parent
                width: parent.width - Kirigami.Units.largeSpacing * 2
                spacing: 0

                // The answered message: who wrote it and how it began.
                RowLayout {
                    objectName: "replyQuote"
                    visible: bubble.isReply && !bubble.retracted
                    Layout.fillWidth: true
                    Layout.bottomMargin: Kirigami.Units.smallSpacing
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
                            text: bubble.replyQuote.sender === undefined ? qsTr("In reply to an earlier message")
                                : bubble.replyQuote.outgoing ? qsTr("You") : (bubble.peerName || bubble.replyQuote.sender)
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                            font.pointSize: Kirigami.Theme.smallFont.pointSize
                            font.bold: true
                            color: Kirigami.Theme.disabledTextColor
                        }
                        Controls.Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: bubble.replyQuote.body ?? ""
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                            font: Kirigami.Theme.smallFont
                            color: Kirigami.Theme.disabledTextColor
                        }
                    }
                }
                Controls.Label {
                    Layout.fillWidth: true
                    visible: !bubble.retracted && bubble.kind === 0
                    text: bubble.bodyHtml
                    // Markup built by Xep0393StylingParser::toSafeHtml from escaped text only.
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    onLinkActivated: (link) => bubble.openLink(link)
                    HoverHandler {
                        cursorShape: parent.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
                    }
                }
                Controls.Label {
                    visible: bubble.retracted
                    text: bubble.outgoing ? qsTr("You retracted this message") : qsTr("This message was retracted")
                    font.italic: true
                    color: Kirigami.Theme.disabledTextColor
                }
                // Content we cannot show yet: a line saying so, rather than nothing at all.
                Controls.Label {
                    objectName: "unsupportedLine"
                    Layout.fillWidth: true
                    visible: bubble.kind !== 0 && !bubble.retracted
                    text: bubble.outgoing ? qsTr("You sent something Isthmus cannot show yet: %1").arg(bubble.unsupportedNames[bubble.kind] ?? "")
                        : qsTr("%1 sent something Isthmus cannot show yet: %2").arg(bubble.peerName || bubble.sender).arg(bubble.unsupportedNames[bubble.kind] ?? "")
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    font.italic: true
                    color: Kirigami.Theme.disabledTextColor
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    spacing: Kirigami.Units.smallSpacing
                    Controls.Label {
                        visible: bubble.edited && !bubble.retracted
                        text: qsTr("edited")
                        font: Kirigami.Theme.smallFont
                        color: Kirigami.Theme.disabledTextColor
                    }
                    Controls.Label {
                        // The locale's short time, without seconds (some locales' short format has them).
                        text: bubble.time.toLocaleTimeString(Qt.locale(), Qt.locale().timeFormat(Locale.ShortFormat).replace(/[:.]ss/, ""))
                        font: Kirigami.Theme.smallFont
                        color: Kirigami.Theme.disabledTextColor
                    }
                    Item {
                        id: tick
                        objectName: "deliveryTick"
                        visible: bubble.outgoing
                        // Delivered and read: a second tick beside the first.
                        readonly property int ticks: bubble.deliveryState === 2 || bubble.deliveryState === 3 ? 2 : 1
                        readonly property color tint: bubble.deliveryState === 4 ? Kirigami.Theme.negativeTextColor
                             : bubble.deliveryState === 3 ? Kirigami.Theme.highlightColor : Kirigami.Theme.disabledTextColor
                        implicitWidth: Kirigami.Units.iconSizes.small * (ticks === 2 ? 1.5 : 1)
                        implicitHeight: Kirigami.Units.iconSizes.small
                        Kirigami.Icon {
                            width: Kirigami.Units.iconSizes.small
                            height: width
                            source: bubble.stateIcons[bubble.deliveryState] ?? ""
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
                        HoverHandler {
                            id: tickHover
                        }
                        Controls.ToolTip.text: bubble.stateNames[bubble.deliveryState] ?? ""
                        Controls.ToolTip.visible: tickHover.hovered
                    }
                }
            }
        }

        // A bounced message: why (the server's words among ours: plain text), and a way to retry.
        RowLayout {
            id: failure
            Layout.alignment: Qt.AlignRight
            Layout.fillWidth: true
            visible: bubble.outgoing && bubble.deliveryState === 4
            spacing: Kirigami.Units.smallSpacing
            Controls.Label {
                Layout.fillWidth: true
                text: bubble.errorText.length > 0 ? bubble.errorText : qsTr("Not delivered")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                font: Kirigami.Theme.smallFont
                color: Kirigami.Theme.negativeTextColor
            }
            Controls.Button {
                text: qsTr("Retry")
                icon.name: "view-refresh"
                onClicked: bubble.retryRequested(bubble.messageId)
            }
        }

        Flow {
            Layout.fillWidth: true
            visible: bubble.reactions.length > 0
            spacing: Kirigami.Units.smallSpacing
            layoutDirection: bubble.outgoing ? Qt.RightToLeft : Qt.LeftToRight
            Repeater {
                model: bubble.reactions
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
                            font: bubble.emojiFont
                            textFormat: Text.PlainText
                        }
                        Controls.Label {
                            anchors.verticalCenter: parent.verticalCenter
                            text: chip.modelData.count
                            textFormat: Text.PlainText
                        }
                    }
                    onClicked: bubble.reactionToggled(bubble.messageId, modelData.emoji)
                    Controls.ToolTip.text: modelData.mine ? qsTr("Remove your reaction") : qsTr("React with %1").arg(modelData.emoji)
                    Controls.ToolTip.visible: hovered
                }
            }
        }
    }

    Controls.Menu {
        id: menu
        objectName: "messageMenu"
        onClosed: {
            const action = bubble.afterMenu
            bubble.afterMenu = null
            if (action)
                action()
        }
        Controls.MenuItem {
            objectName: "replyItem"
            text: qsTr("Reply")
            icon.name: "mail-reply-sender"
            enabled: !bubble.retracted
            onTriggered: bubble.afterMenu = () => bubble.replyRequested(bubble.messageId, bubble.body)
        }
        Controls.MenuItem {
            text: qsTr("Edit")
            icon.name: "document-edit"
            visible: bubble.outgoing && !bubble.retracted && bubble.kind === 0
            height: visible ? implicitHeight : 0
            onTriggered: bubble.afterMenu = () => bubble.editRequested(bubble.messageId, bubble.body)
        }
        Controls.MenuItem {
            text: qsTr("Copy text")
            icon.name: "edit-copy"
            enabled: !bubble.retracted && bubble.kind === 0
            onTriggered: {
                copyHelper.text = bubble.body
                copyHelper.selectAll()
                copyHelper.copy()
            }
        }
        Controls.MenuItem {
            text: qsTr("Retract")
            icon.name: "edit-delete-remove"
            visible: bubble.outgoing && !bubble.retracted
            height: visible ? implicitHeight : 0
            onTriggered: bubble.retractRequested(bubble.messageId)
        }
        Controls.MenuSeparator {}
        Row {
            padding: Kirigami.Units.smallSpacing
            spacing: Kirigami.Units.smallSpacing
            Repeater {
                model: bubble.quickReactions
                delegate: Controls.ToolButton {
                    required property string modelData
                    objectName: "quickReaction"
                    text: modelData
                    font: bubble.emojiFont
                    onClicked: {
                        bubble.reactionToggled(bubble.messageId, modelData)
                        menu.close()
                    }
                }
            }
            Controls.ToolButton {
                icon.name: "list-add"
                text: qsTr("More reactions…")
                display: Controls.AbstractButton.IconOnly
                Controls.ToolTip.text: text
                Controls.ToolTip.visible: hovered
                onClicked: {
                    menu.close()
                    reactionPicker.open()
                }
            }
        }
    }

    // Any emoji as a reaction, from the same picker as the composer's.
    EmojiPicker {
        id: reactionPicker
        parent: column
        x: bubble.outgoing ? column.width - width : 0
        y: -height / 2
        onPicked: (emoji) => bubble.reactionToggled(bubble.messageId, emoji)
    }

    TextEdit {
        id: copyHelper
        visible: false
    }
}
