// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import org.kde.kirigami as Kirigami

// What a person can do with a message, once per chat page: one menu and one reaction picker for
// every bubble. A popup inside each bubble was created with each delegate (200 bubbles, 200 menus
// and pickers), and a popup destroyed while the list rebuilt its delegate crashed Qt (the chat
// list's per-row menu did, under a burst of messages).
Item {
    id: actions
    objectName: "messageActions"

    // The message the menu is for, copied when it opens: its bubble may be rebuilt meanwhile.
    property var messageId
    property string body
    property bool outgoing
    property bool retracted
    property bool isText: true
    property font emojiFont

    signal replyRequested(var messageId, string body)
    signal editRequested(var messageId, string body)
    signal retractRequested(var messageId)
    signal reactionToggled(var messageId, string emoji)

    readonly property alias menu: menu

    // at: where it was asked for, in window coordinates (a pointer position is not known for a
    // long press on a touch screen, nor for synthetic clicks).
    function openFor(bubble: var, at: point): void {
        actions.messageId = bubble.messageId
        actions.body = bubble.body
        actions.outgoing = bubble.outgoing
        actions.retracted = bubble.retracted
        actions.isText = bubble.kind === 0
        actions.emojiFont = bubble.emojiFont
        const local = actions.mapFromItem(null, at.x, at.y)
        menu.popup(local.x, local.y)
    }

    MessageMenu {
        id: menu
        outgoing: actions.outgoing
        retracted: actions.retracted
        isText: actions.isText
        emojiFont: actions.emojiFont
        onReplyRequested: actions.replyRequested(actions.messageId, actions.body)
        onEditRequested: actions.editRequested(actions.messageId, actions.body)
        onCopyRequested: {
            copyHelper.text = actions.body
            copyHelper.selectAll()
            copyHelper.copy()
        }
        onRetractRequested: actions.retractRequested(actions.messageId)
        onReactionPicked: (emoji) => actions.reactionToggled(actions.messageId, emoji)
        // Where the menu was: the message is beside it.
        onMoreReactionsRequested: {
            reactionPicker.x = menu.x
            reactionPicker.y = menu.y
            reactionPicker.open()
        }
    }

    // Any emoji as a reaction, from the same picker as the composer's.
    EmojiPicker {
        id: reactionPicker
        objectName: "reactionPicker"
        margins: Kirigami.Units.smallSpacing // kept inside the window
        onPicked: (emoji) => actions.reactionToggled(actions.messageId, emoji)
    }

    // The clipboard is reached through a text editor's copy().
    TextEdit {
        id: copyHelper
        visible: false
    }
}
