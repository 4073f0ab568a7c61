// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Isthmus.Core

// Leaving a network: the gateway forgets the sign-in; its contacts may go from the roster too.
Kirigami.Dialog {
    id: dialog

    required property Session session
    property string account
    property string gateway
    property string gatewayName

    signal removed(text: string)

    title: qsTr("Leave %1?").arg(dialog.gatewayName)
    padding: Kirigami.Units.largeSpacing
    preferredWidth: Kirigami.Units.gridUnit * 24
    standardButtons: Kirigami.Dialog.Cancel
    customFooterActions: [
        Kirigami.Action {
            text: qsTr("Leave")
            icon.name: "list-remove"
            onTriggered: {
                signIn.gateway = dialog.gateway
                signIn.unregister(dropContacts.checked)
            }
        }
    ]

    GatewaySignIn {
        id: signIn
        session: dialog.session
        account: dialog.account
        onChanged: {
            if (signIn.state === "removed") {
                dialog.removed(qsTr("Left %1.").arg(dialog.gatewayName))
                dialog.close()
            } else if (signIn.state === "failed") {
                dialog.removed(DisplayText.asPlainText(signIn.errorText))
                dialog.close()
            }
        }
    }

    ColumnLayout {
        Controls.Label {
            Layout.fillWidth: true
            text: qsTr("The gateway forgets your sign-in. Your chats with its contacts stay here.")
            wrapMode: Text.Wrap
        }
        Controls.CheckBox {
            id: dropContacts
            Layout.fillWidth: true
            text: qsTr("Also remove this network's contacts")
            checked: true
        }
    }
}
