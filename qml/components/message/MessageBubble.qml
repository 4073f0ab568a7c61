// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// One message in a chat: the frame every kind shares (day and unread markers, the bubble with
// the reply quote and the footer, the failure line, reactions). What the bubble holds is picked
// by MessageContentChooser; its menu is the chat page's MessageActions.
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
    required property string holdReason // pending and held back by the outgoing chain: why
    required property var replyQuote
    required property int kind // MessageKind: 0 text, else content we cannot show yet
    required property int encryption // MessageEncryption (EncryptionMark)
    // The other person's name, for quotes of their messages.
    property string peerName
    required property bool firstOfDay
    required property var day

    // Right click or long press, where (in the window): the chat page's one MessageActions opens
    // there for this message.
    signal menuRequested(point at)
    signal retryRequested(var messageId)
    signal reactionToggled(var messageId, string emoji)
    signal devicesRequested

    // Emoji in the colour font first: the text font has a black ❤ (U+2764) of its own and would
    // draw it, dropping the emoji presentation selector (U+FE0F). As tall as a line of text: at
    // the same point size the colour glyphs come out smaller than the letters beside them.
    readonly property font emojiFont: Qt.font({ family: "Noto Color Emoji", pixelSize: Math.round(textMetrics.height * 0.85) })
    FontMetrics {
        id: textMetrics
        font: Kirigami.Theme.defaultFont
    }

    // The oldest message that was unread when the chat was opened: a marker goes above it.
    property bool firstUnread: false

    implicitHeight: column.implicitHeight + (dayHeader.visible ? dayHeader.implicitHeight : 0)
                    + (unreadHeader.visible ? unreadHeader.implicitHeight : 0)

    DayHeader {
        id: dayHeader
        visible: bubble.firstOfDay
        width: parent.width
        day: bubble.day
    }

    UnreadMarker {
        id: unreadHeader
        visible: bubble.firstUnread
        anchors.top: dayHeader.visible ? dayHeader.bottom : parent.top
        width: parent.width
    }

    ColumnLayout {
        id: column
        anchors.top: unreadHeader.visible ? unreadHeader.bottom : dayHeader.visible ? dayHeader.bottom : parent.top
        anchors.left: bubble.outgoing ? undefined : parent.left
        anchors.right: bubble.outgoing ? parent.right : undefined
        anchors.leftMargin: Kirigami.Units.largeSpacing
        anchors.rightMargin: Kirigami.Units.largeSpacing
        width: Math.min(Math.max(box.implicitWidth, failure.visible ? failure.implicitWidth : 0,
                                 held.visible ? held.implicitWidth : 0), bubble.width * 0.75)
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
                onTapped: (eventPoint) => bubble.menuRequested(box.mapToItem(null, eventPoint.position))
            }
            TapHandler {
                id: touch
                acceptedDevices: PointerDevice.TouchScreen
                onLongPressed: bubble.menuRequested(box.mapToItem(null, touch.point.position))
            }

            ColumnLayout {
                id: content
                anchors.centerIn: parent
                width: parent.width - Kirigami.Units.largeSpacing * 2
                spacing: 0

                ReplyQuote {
                    visible: bubble.isReply && !bubble.retracted
                    Layout.fillWidth: true
                    Layout.bottomMargin: Kirigami.Units.smallSpacing
                    replyQuote: bubble.replyQuote
                    peerName: bubble.peerName
                }
                MessageContentChooser {
                    Layout.fillWidth: true
                    kind: bubble.kind
                    retracted: bubble.retracted
                    outgoing: bubble.outgoing
                    bodyHtml: bubble.bodyHtml
                    senderName: bubble.peerName || bubble.sender
                    errorText: bubble.errorText
                    body: bubble.body
                    onDevicesRequested: bubble.devicesRequested()
                }
                MessageFooter {
                    Layout.alignment: Qt.AlignRight
                    edited: bubble.edited && !bubble.retracted
                    time: bubble.time
                    outgoing: bubble.outgoing
                    deliveryState: bubble.deliveryState
                    encryption: bubble.encryption
                }
            }
        }

        FailureLine {
            id: failure
            Layout.alignment: Qt.AlignRight
            Layout.fillWidth: true
            visible: bubble.outgoing && bubble.deliveryState === 4
            errorText: bubble.errorText
            onRetryRequested: bubble.retryRequested(bubble.messageId)
        }

        HeldLine {
            id: held
            Layout.alignment: Qt.AlignRight
            Layout.fillWidth: true
            visible: bubble.outgoing && bubble.deliveryState === 0 && bubble.holdReason.length > 0
            reason: bubble.holdReason
        }

        ReactionChips {
            Layout.fillWidth: true
            visible: bubble.reactions.length > 0
            reactions: bubble.reactions
            outgoing: bubble.outgoing
            emojiFont: bubble.emojiFont
            onToggled: (emoji) => bubble.reactionToggled(bubble.messageId, emoji)
        }
    }

}
