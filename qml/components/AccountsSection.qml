// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import Isthmus.Core

// The accounts set up on this device, for the settings page: each with its state, a switch
// to disable it (disconnected, not connected at start, history kept), removal after asking,
// and a way to add another one.
ColumnLayout {
    id: section

    required property AccountsController accounts
    // Where "Add another account" leads; the setup page by default.
    signal addAccountRequested()
    onAddAccountRequested: (Controls.ApplicationWindow.window as Kirigami.ApplicationWindow).pageStack.push(Qt.resolvedUrl("../pages/LoginPage.qml"), { accounts: section.accounts, addingAccount: true })

    spacing: 0

    function stateText(state: int, errorText: string): string {
        switch (state) {
        case AccountListModel.Disabled: return qsTr("Disabled")
        case AccountListModel.Connecting: return qsTr("Connecting…")
        case AccountListModel.Connected: return qsTr("Connected")
        case AccountListModel.Failed: return errorText.length > 0 ? errorText : qsTr("Not connected")
        default: return qsTr("Not connected")
        }
    }

    CertificateQuestion {
        Layout.fillWidth: true
        Layout.bottomMargin: Kirigami.Units.largeSpacing
        accounts: section.accounts
    }

    FormCard.FormHeader {
        title: qsTr("Accounts")
    }
    FormCard.FormCard {
        FormCard.FormTextDelegate {
            visible: section.accounts.list.count === 0
            text: qsTr("No account is set up yet.")
        }
        Repeater {
            model: section.accounts.list
            delegate: FormCard.AbstractFormDelegate {
                id: row

                required property string jid
                required property bool accountEnabled
                required property int connectionState
                required property string errorText

                Layout.fillWidth: true
                background: null
                Accessible.name: jid
                contentItem: RowLayout {
                    spacing: Kirigami.Units.largeSpacing
                    Kirigami.Icon {
                        source: row.connectionState === AccountListModel.Connected ? "network-connect"
                            : row.connectionState === AccountListModel.Failed ? "dialog-error" : "network-disconnect"
                        implicitWidth: Kirigami.Units.iconSizes.medium
                        implicitHeight: Kirigami.Units.iconSizes.medium
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Controls.Label {
                            Layout.fillWidth: true
                            text: row.jid
                            textFormat: Text.PlainText
                            elide: Text.ElideRight
                        }
                        Controls.Label {
                            Layout.fillWidth: true
                            text: section.stateText(row.connectionState, row.errorText)
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            color: row.connectionState === AccountListModel.Failed ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.disabledTextColor
                            font: Kirigami.Theme.smallFont
                        }
                    }
                    Controls.Switch {
                        checked: row.accountEnabled
                        Accessible.name: qsTr("Enable %1").arg(row.jid)
                        Controls.ToolTip.text: checked ? qsTr("Disable: disconnect and stay off at start; the history stays") : qsTr("Enable and connect")
                        Controls.ToolTip.visible: hovered
                        onToggled: section.accounts.setEnabled(row.jid, checked)
                    }
                    Controls.ToolButton {
                        icon.name: "edit-delete-remove"
                        text: qsTr("Remove")
                        display: Controls.AbstractButton.IconOnly
                        Controls.ToolTip.text: qsTr("Remove %1 from this device").arg(row.jid)
                        Controls.ToolTip.visible: hovered
                        onClicked: {
                            removeDialog.jid = row.jid
                            removeDialog.open()
                        }
                    }
                }
            }
        }
        FormCard.FormDelegateSeparator {}
        FormCard.FormButtonDelegate {
            text: qsTr("Add another account…")
            icon.name: "list-add-user"
            onClicked: section.addAccountRequested()
        }
    }

    Kirigami.PromptDialog {
        id: removeDialog

        property string jid

        title: qsTr("Remove %1?").arg(jid)
        subtitle: qsTr("It is disconnected and its password is removed from the system keychain. The account on the server is not deleted, and the history stays on this device.")
        standardButtons: Kirigami.Dialog.Ok | Kirigami.Dialog.Cancel
        onAccepted: section.accounts.remove(jid)
    }
}
