// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami

// The chat header's lock: whether this chat is encrypted (on by default when the contact
// publishes OMEMO devices), and the switch. The choice is kept with the chat.
Kirigami.Action {
    id: action

    required property string account
    required property string chatJid
    // RootController.controller("omemo"): OmemoController; null when OMEMO is not installed. A
    // capability's controller is found by name at run time and lives outside Isthmus.Core, so
    // its type is not known to qmllint: var, not QtObject.
    required property var omemo

    checkable: true
    icon.name: checked ? "object-locked" : "object-unlocked"
    text: checked ? qsTr("Encrypted") : qsTr("Not encrypted")
    tooltip: checked ? qsTr("Messages in this chat are encrypted with OMEMO; click to send them unencrypted")
                     : qsTr("Messages in this chat are sent unencrypted; click to encrypt them")
    displayHint: Kirigami.DisplayHint.KeepVisible

    onTriggered: if (omemo) omemo.setChatEncryption(action.account, action.chatJid, action.checked)
    Component.onCompleted: if (omemo) omemo.requestChatEncryption(action.account, action.chatJid)

    property Connections answers: Connections {
        target: action.omemo
        function onChatEncryptionChanged(account, jid, encrypted) {
            if (account === action.account && jid === action.chatJid)
                action.checked = encrypted
        }
    }
}
