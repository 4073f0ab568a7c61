// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import Isthmus.Core
import "../components"

// Creating an account on a server that allows it (XEP-0077): pick the server, fill in the form
// it sends, and the new account logs in.
FormCard.FormCardPage {
    id: page

    required property AccountsController accounts
    readonly property AccountCreation creation: accounts.creation
    readonly property bool busy: creation.step === AccountCreation.FetchingForm || creation.step === AccountCreation.Submitting
    readonly property bool haveForm: creation.form.count > 0

    title: qsTr("Create an account")

    function fetchForm() {
        creation.requestForm(serverField.text, hostField.text, parseInt(portField.text) || 0)
    }

    header: Kirigami.InlineMessage {
        position: Kirigami.InlineMessage.Position.Header
        type: Kirigami.MessageType.Error
        visible: page.creation.step === AccountCreation.Failed
        text: DisplayText.asPlainText(page.creation.errorText)
        showCloseButton: false
    }

    FormCard.FormHeader {
        title: qsTr("Server")
    }
    FormCard.FormCard {
        FormCard.FormTextDelegate {
            text: qsTr("Your address will be name@server. Anyone on any server can reach you there.")
            textItem.wrapMode: Text.Wrap
        }
        FormCard.FormTextFieldDelegate {
            id: serverField
            label: qsTr("Server:")
            placeholderText: qsTr("example.org")
            text: page.creation.domain
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            onAccepted: page.fetchForm()
        }
        FormCard.FormTextFieldDelegate {
            id: hostField
            label: qsTr("Connect to (optional):")
            placeholderText: qsTr("taken from the server name")
        }
        FormCard.FormTextFieldDelegate {
            id: portField
            label: qsTr("Port (optional):")
            placeholderText: qsTr("automatic")
            inputMethodHints: Qt.ImhDigitsOnly
            validator: IntValidator { bottom: 1; top: 65535 }
        }
        FormCard.FormButtonDelegate {
            text: page.creation.step === AccountCreation.FetchingForm ? qsTr("Asking the server…") : qsTr("Ask the server for its form")
            icon.name: "download"
            enabled: serverField.text.length > 0 && !page.busy
            onClicked: page.fetchForm()
        }
    }

    DataFormView {
        Layout.fillWidth: true
        Layout.topMargin: Kirigami.Units.largeSpacing
        visible: page.haveForm
        form: page.creation.form
        flickable: page.flickable
        onAccepted: page.creation.submit()
    }

    FormCard.FormCard {
        Layout.topMargin: Kirigami.Units.largeSpacing
        visible: page.haveForm
        FormCard.FormButtonDelegate {
            text: page.creation.step === AccountCreation.Submitting ? qsTr("Creating the account…")
                : page.creation.step === AccountCreation.Created ? qsTr("Created; logging in…") : qsTr("Create the account")
            icon.name: "list-add-user"
            enabled: !page.busy && page.creation.step !== AccountCreation.Created
            onClicked: page.creation.submit()
        }
    }
}
