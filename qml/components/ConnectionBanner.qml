// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami
import Isthmus.Core

// Says why the account is not connected, in words, above the page content.
Kirigami.InlineMessage {
    id: banner

    required property AccountsController accounts
    signal changeLoginRequested()

    position: Kirigami.InlineMessage.Position.Header
    visible: accounts.connectionState === AccountsController.Failed || accounts.connectionState === AccountsController.Connecting
    type: accounts.connectionState === AccountsController.Failed ? Kirigami.MessageType.Error : Kirigami.MessageType.Information
    text: DisplayText.asPlainText(accounts.connectionState === AccountsController.Connecting ? qsTr("Connecting to %1…").arg(accounts.primaryJid) : accounts.errorText)
    showCloseButton: false
    actions: [
        Kirigami.Action {
            visible: banner.accounts.connectionState === AccountsController.Failed
            text: qsTr("Change login details")
            icon.name: "document-edit"
            onTriggered: banner.changeLoginRequested()
        }
    ]
}
