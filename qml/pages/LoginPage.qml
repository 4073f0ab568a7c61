// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Isthmus.Core
import "../components"

Kirigami.ScrollablePage {
    id: page

    required property AccountsController accounts
    // Opened to add another account: start empty instead of with the saved address.
    property bool addingAccount: false

    title: qsTr("Set up an account")

    function submit() {
        accounts.login(jidField.text, passwordField.text, hostField.text, parseInt(portField.text) || 0)
    }

    header: Kirigami.InlineMessage {
        position: Kirigami.InlineMessage.Position.Header
        type: Kirigami.MessageType.Error
        visible: page.accounts.connectionState === AccountsController.Failed && text.length > 0
        text: DisplayText.asPlainText(page.accounts.errorText)
        showCloseButton: false
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Heading {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Kirigami.Units.gridUnit * 2
            text: qsTr("Welcome to Isthmus")
        }
        Controls.Label {
            Layout.alignment: Qt.AlignHCenter
            // Fills a narrow column instead of overflowing it.
            Layout.fillWidth: true
            Layout.leftMargin: Kirigami.Units.largeSpacing
            Layout.rightMargin: Kirigami.Units.largeSpacing
            Layout.maximumWidth: Kirigami.Units.gridUnit * 24
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Log in with your chat address (XMPP). Contacts on every server, and on networks behind gateways, are reachable from one account.")
        }

        CertificateQuestion {
            Layout.alignment: Qt.AlignHCenter
            Layout.maximumWidth: Kirigami.Units.gridUnit * 30
            Layout.fillWidth: true
            accounts: page.accounts
        }

        Kirigami.FormLayout {
            Layout.fillWidth: true

            Controls.TextField {
                id: jidField
                Kirigami.FormData.label: qsTr("Chat address:")
                placeholderText: qsTr("name@example.org")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                text: page.addingAccount ? "" : page.accounts.savedJid
                focus: text.length === 0
                onAccepted: passwordField.forceActiveFocus()
            }
            Kirigami.PasswordField {
                id: passwordField
                Kirigami.FormData.label: qsTr("Password:")
                focus: jidField.text.length > 0
                onAccepted: page.submit()
            }
            Controls.TextField {
                id: hostField
                Kirigami.FormData.label: qsTr("Server (optional):")
                placeholderText: qsTr("taken from the address")
            }
            Controls.TextField {
                id: portField
                Kirigami.FormData.label: qsTr("Port (optional):")
                placeholderText: qsTr("automatic")
                inputMethodHints: Qt.ImhDigitsOnly
                validator: IntValidator { bottom: 1; top: 65535 }
                onAccepted: page.submit()
            }
            Controls.Button {
                text: page.accounts.connectionState === AccountsController.Connecting ? qsTr("Connecting…") : qsTr("Log in")
                icon.name: "go-next"
                enabled: jidField.text.length > 0 && passwordField.text.length > 0
                         && page.accounts.connectionState !== AccountsController.Connecting
                onClicked: page.submit()
            }
            Controls.Button {
                Kirigami.FormData.label: qsTr("No account yet?")
                text: qsTr("Create a new account…")
                icon.name: "list-add-user"
                flat: true
                onClicked: (Controls.ApplicationWindow.window as Kirigami.ApplicationWindow).pageStack.push(Qt.resolvedUrl("CreateAccountPage.qml"), { accounts: page.accounts })
            }
        }
    }
}
