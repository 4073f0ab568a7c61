// SPDX-License-Identifier: GPL-3.0-or-later
// Adds a contact by address (with an optional name and group) and asks them to share presence.
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Isthmus.Core

Kirigami.Dialog {
    id: dialog

    required property RootController controllers

    // The address was put on the roster and asked to share presence.
    signal contactAdded(jid: string)

    title: qsTr("Add Contact")
    preferredWidth: Kirigami.Units.gridUnit * 24
    padding: Kirigami.Units.largeSpacing
    standardButtons: Kirigami.Dialog.Cancel
    customFooterActions: [
        Kirigami.Action {
            id: addAction
            text: qsTr("Add")
            icon.name: "list-add-user"
            enabled: address.text.trim().length > 0
            onTriggered: dialog.add()
        }
    ]

    function add() {
        if (!addAction.enabled)
            return
        const account = accountBox.visible ? accountBox.currentText : ""
        const error = dialog.controllers.contacts.add(address.text, name.text, group.editText, account)
        if (error.length > 0) {
            errorMessage.text = DisplayText.asPlainText(error)
            errorMessage.visible = true
            address.forceActiveFocus()
            return
        }
        dialog.contactAdded(address.text.trim().toLowerCase())
        dialog.close()
    }

    onOpened: {
        address.clear()
        name.clear()
        group.editText = ""
        group.currentIndex = -1
        errorMessage.visible = false
        address.forceActiveFocus()
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.InlineMessage {
            id: errorMessage
            Layout.fillWidth: true
            type: Kirigami.MessageType.Error
            visible: false
        }

        Kirigami.FormLayout {
            Layout.fillWidth: true

            Controls.ComboBox {
                id: accountBox
                Layout.fillWidth: true
                Kirigami.FormData.label: qsTr("Account:")
                visible: dialog.controllers.accounts.jids.length > 1
                model: dialog.controllers.accounts.jids
            }
            Controls.TextField {
                id: address
                Layout.fillWidth: true
                Kirigami.FormData.label: qsTr("Address:")
                placeholderText: qsTr("name@example.org")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onTextEdited: errorMessage.visible = false
                onAccepted: dialog.add()
            }
            Controls.TextField {
                id: name
                Layout.fillWidth: true
                Kirigami.FormData.label: qsTr("Name:")
                placeholderText: qsTr("Optional")
                onAccepted: dialog.add()
            }
            Controls.ComboBox {
                id: group
                Layout.fillWidth: true
                Kirigami.FormData.label: qsTr("Group:")
                editable: true
                model: dialog.controllers.contacts.roster.groups
                currentIndex: -1
                Accessible.description: qsTr("Optional; pick an existing group or type a new one")
                onAccepted: dialog.add()
            }
        }
    }
}
