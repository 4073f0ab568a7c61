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
    // The old facade, for the gateway chips until they move to a controller of their own.
    required property Session session

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
            enabled: address.text.trim().length > 0 && !networkChips.busy
            onTriggered: dialog.add()
        }
    ]

    function add() {
        if (!addAction.enabled)
            return
        const account = accountBox.visible ? accountBox.currentText : ""
        if (networkChips.gateway.length > 0 && !address.text.includes("@" + networkChips.gateway))
            return networkChips.resolve(address.text) // adds once the gateway named the JID
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
        networkChips.reset()
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

        // Other networks through the account's gateways (components/gateways).
        GatewayChips {
            id: networkChips
            Layout.fillWidth: true
            session: dialog.session
            account: accountBox.visible ? accountBox.currentText : ""
            onResolved: (legacyId, jid) => { if (address.text.trim() === legacyId) { address.text = jid; dialog.add() } }
            onFailed: text => { errorMessage.text = DisplayText.asPlainText(text); errorMessage.visible = true }
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
                Kirigami.FormData.label: networkChips.prompt.length > 0 ? qsTr("%1:").arg(DisplayText.asPlainText(networkChips.prompt)) : qsTr("Address:")
                placeholderText: networkChips.prompt.length > 0 ? networkChips.prompt : qsTr("name@example.org")
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
