// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami
import Isthmus.Core

// Says why the account is not connected, in words, above the page content.
Kirigami.InlineMessage {
    id: banner

    required property Session session
    signal changeLoginRequested()

    position: Kirigami.InlineMessage.Position.Header
    visible: session.connectionState === Session.Failed || session.connectionState === Session.Connecting
    type: session.connectionState === Session.Failed ? Kirigami.MessageType.Error : Kirigami.MessageType.Information
    text: DisplayText.asPlainText(session.connectionState === Session.Connecting ? qsTr("Connecting to %1…").arg(session.accountJid) : session.errorText)
    showCloseButton: false
    actions: [
        Kirigami.Action {
            visible: banner.session.connectionState === Session.Failed
            text: qsTr("Change login details")
            icon.name: "document-edit"
            onTriggered: banner.changeLoginRequested()
        }
    ]
}
