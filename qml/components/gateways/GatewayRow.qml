// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import Isthmus.Core

// One gateway in the networks list: its network's badge, its name (its own words, plain text),
// whether the account is signed in and whether the gateway is up, and the actions that fit.
FormCard.AbstractFormDelegate {
    id: row

    required property Session session
    required property string account
    required property string jid
    required property string name
    required property string network
    required property bool canRegister
    required property bool hasCommands
    required property bool registered
    required property string gatewayState
    required property string statusText

    signal signInRequested(jid: string, name: string)
    signal commandsRequested(jid: string)
    signal removeRequested(jid: string, name: string)

    objectName: "gatewayRow"
    background: null

    readonly property string stateText: {
        if (!row.registered)
            return row.canRegister ? qsTr("Not signed in") : qsTr("No sign-in needed")
        switch (row.gatewayState) {
        case "online": return qsTr("Signed in · connected")
        case "connecting": return qsTr("Signed in · logging in…")
        case "offline": return qsTr("Signed in · gateway unreachable, messages wait")
        case "loginFailed": return qsTr("Login failed")
        }
        return qsTr("Signed in")
    }

    contentItem: RowLayout {
        spacing: Kirigami.Units.largeSpacing
        ContactAvatar {
            name: row.name
            network: row.network
            presence: row.gatewayState === "online" ? Presence.Online : Presence.Offline
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Controls.Label {
                Layout.fillWidth: true
                text: row.name
                textFormat: Text.PlainText
                elide: Text.ElideRight
            }
            Controls.Label {
                Layout.fillWidth: true
                objectName: "gatewayState"
                text: row.statusText.length > 0 && row.registered
                      ? qsTr("%1 — %2").arg(row.stateText).arg(row.statusText) : row.stateText
                textFormat: Text.PlainText // the gateway's words
                elide: Text.ElideRight
                font: Kirigami.Theme.smallFont
                color: row.gatewayState === "loginFailed" || row.gatewayState === "offline" ? Kirigami.Theme.negativeTextColor
                                                                               : Kirigami.Theme.disabledTextColor
            }
            Controls.Label {
                Layout.fillWidth: true
                text: row.jid
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                font: Kirigami.Theme.smallFont
                color: Kirigami.Theme.disabledTextColor
            }
        }
        Flow {
            Layout.maximumWidth: row.width * 0.55
            spacing: Kirigami.Units.smallSpacing
            layoutDirection: Qt.RightToLeft
            Controls.Button {
                objectName: "signIn"
                visible: row.canRegister && (!row.registered || row.gatewayState === "loginFailed")
                text: row.registered ? qsTr("Sign in again") : qsTr("Sign in")
                icon.name: "go-next"
                onClicked: row.signInRequested(row.jid, row.name)
            }
            Controls.Button {
                visible: row.registered && row.canRegister && row.gatewayState !== "loginFailed"
                text: qsTr("Change")
                icon.name: "document-edit"
                onClicked: row.signInRequested(row.jid, row.name)
            }
            Controls.Button {
                objectName: "commands"
                visible: row.hasCommands
                text: qsTr("Commands")
                icon.name: "system-run"
                onClicked: row.commandsRequested(row.jid)
            }
            Controls.Button {
                visible: row.registered
                text: qsTr("Remove")
                icon.name: "list-remove"
                onClicked: row.removeRequested(row.jid, row.name)
            }
        }
    }
}
