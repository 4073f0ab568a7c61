// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import org.kde.kirigami as Kirigami

// What a person can do with one message (right click, or a long press on a touch screen): reply,
// edit or retract their own, copy the text, react.
Controls.Menu {
    id: menu

    required property bool outgoing
    required property bool retracted
    required property bool isText // MessageKind Text: something to edit and copy
    required property font emojiFont

    signal replyRequested()
    signal editRequested()
    signal copyRequested()
    signal retractRequested()
    signal reactionPicked(emoji: string)
    signal moreReactionsRequested()

    readonly property var quickReactions: ["👍", "❤️", "😂", "😮", "😢", "🙏"]

    // An entry's action, run once the menu has closed: a closing menu gives the focus back to the
    // window, which would take it from the composer that Reply and Edit focus.
    property var afterMenu: null

    objectName: "messageMenu"
    onClosed: {
        const action = menu.afterMenu
        menu.afterMenu = null
        if (action)
            action()
    }
    Controls.MenuItem {
        objectName: "replyItem"
        text: qsTr("Reply")
        icon.name: "mail-reply-sender"
        enabled: !menu.retracted
        onTriggered: menu.afterMenu = () => menu.replyRequested()
    }
    Controls.MenuItem {
        objectName: "editItem"
        text: qsTr("Edit")
        icon.name: "document-edit"
        visible: menu.outgoing && !menu.retracted && menu.isText
        height: visible ? implicitHeight : 0
        onTriggered: menu.afterMenu = () => menu.editRequested()
    }
    Controls.MenuItem {
        text: qsTr("Copy text")
        icon.name: "edit-copy"
        enabled: !menu.retracted && menu.isText
        onTriggered: menu.copyRequested()
    }
    Controls.MenuItem {
        text: qsTr("Retract")
        icon.name: "edit-delete-remove"
        visible: menu.outgoing && !menu.retracted
        height: visible ? implicitHeight : 0
        onTriggered: menu.retractRequested()
    }
    Controls.MenuSeparator {}
    Row {
        padding: Kirigami.Units.smallSpacing
        spacing: Kirigami.Units.smallSpacing
        Repeater {
            model: menu.quickReactions
            delegate: Controls.ToolButton {
                required property string modelData
                objectName: "quickReaction"
                text: modelData
                font: menu.emojiFont
                onClicked: {
                    menu.reactionPicked(modelData)
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
                menu.moreReactionsRequested()
            }
        }
    }
}
