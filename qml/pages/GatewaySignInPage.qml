// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Isthmus.Core

// Signing in to a network through its gateway: the gateway's form (its instructions, fields,
// a QR code to scan with the phone), sent back filled in. A gateway that logs in over several
// steps (two-factor codes, a QR code to confirm) runs its jabber:iq:register command instead,
// on the command page that replaces this one.
Kirigami.ScrollablePage {
    id: page

    required property RootController controllers
    property string account
    required property string gateway
    property string gatewayName
    readonly property Main app: Controls.ApplicationWindow.window as Main
    // For tests: the sign-in to use instead of one over the account's connection.
    property GatewaySignIn signIn: ownSignIn

    title: qsTr("Sign in to %1").arg(page.gatewayName.length > 0 ? page.gatewayName : page.gateway)

    GatewaySignIn {
        id: ownSignIn
        controllers: page.controllers
        account: page.account
        gateway: page.gateway
    }

    Component.onCompleted: if (page.signIn.state === "idle") page.signIn.load()

    Connections {
        target: page.signIn
        function onChanged() {
            if (page.signIn.state === "command")
                page.app.showRegisterCommand(page.gateway, page.account, page.signIn)
        }
    }

    actions: [
        Kirigami.Action {
            id: sendAction
            text: page.signIn.registered ? qsTr("Save") : qsTr("Sign in")
            icon.name: "dialog-ok-apply"
            enabled: page.signIn.state === "form"
            visible: page.signIn.state === "form" || page.signIn.state === "sending"
            onTriggered: page.signIn.submit()
        }
    ]

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.InlineMessage {
            Layout.fillWidth: true
            visible: page.signIn.errorText.length > 0 && page.signIn.state !== "command"
            type: Kirigami.MessageType.Error
            text: DisplayText.asPlainText(page.signIn.errorText) // the gateway's words
        }
        Kirigami.InlineMessage {
            Layout.fillWidth: true
            visible: page.signIn.state === "signedIn"
            type: Kirigami.MessageType.Positive
            text: qsTr("Signed in. The network's contacts arrive as the gateway adds them.")
        }
        Controls.BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: page.signIn.state === "loading" || page.signIn.state === "sending"
            running: visible
        }
        Kirigami.InlineMessage {
            Layout.fillWidth: true
            visible: page.signIn.state === "form" && page.signIn.registered
            type: Kirigami.MessageType.Information
            text: qsTr("You are signed in already; sending the form changes the sign-in.")
        }
        DataFormView {
            Layout.fillWidth: true
            visible: page.signIn.state === "form" || page.signIn.state === "sending"
            enabled: page.signIn.state === "form"
            form: page.signIn.form
            flickable: page.flickable
            onAccepted: page.signIn.submit()
        }
    }
}
