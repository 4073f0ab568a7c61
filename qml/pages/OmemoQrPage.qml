// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Dialogs as Dialogs
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.prison as Prison
import Isthmus.Core

// Verification by QR code: my account's code for a contact to scan (the xmpp: trust URI with the
// keys of all my devices, read by Conversations, Dino, Monal and Kaidan), and a contact's code
// read from pasted text or an image file. The keys a code names become Verified.
Kirigami.ScrollablePage {
    id: page

    required property string account
    // RootController.controller("omemo"): OmemoController (var: see OmemoDevicesPage).
    required property var omemo
    property string ownUri: ""

    title: qsTr("Verify with QR code")

    Component.onCompleted: {
        if (page.omemo)
            page.omemo.requestOwnTrustUri(page.account)
    }

    Connections {
        target: page.omemo
        function onOwnTrustUriReady(account, uri) {
            if (account === page.account)
                page.ownUri = uri
        }
        function onTrustUriApplied(account, jid, verified, unknown, message) {
            if (account !== page.account)
                return
            result.type = jid.length === 0 ? Kirigami.MessageType.Error
                        : verified > 0 ? Kirigami.MessageType.Positive : Kirigami.MessageType.Warning
            result.text = message
            result.visible = true
        }
    }

    function apply(text) {
        if (page.omemo && text.trim().length > 0)
            page.omemo.applyTrustUri(page.account, text)
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Heading {
            level: 3
            text: qsTr("My code")
        }
        Controls.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: page.ownUri.length > 0 ? qsTr("Let your contact scan this code to verify the keys of all your devices (%1).").arg(page.account)
                                         : qsTr("No code yet: this account's encryption keys are not ready.")
        }
        // Black on white in both colour schemes: what cameras read best.
        Rectangle {
            visible: page.ownUri.length > 0
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Kirigami.Units.gridUnit * 14
            Layout.preferredHeight: Kirigami.Units.gridUnit * 14
            color: "white"
            radius: Kirigami.Units.cornerRadius
            Prison.Barcode {
                objectName: "ownQrCode"
                anchors.fill: parent
                anchors.margins: Kirigami.Units.largeSpacing
                barcodeType: Prison.Barcode.QRCode
                content: page.ownUri
                foregroundColor: "black"
                backgroundColor: "white"
                Accessible.name: qsTr("QR code to verify my devices")
            }
        }
        Controls.TextArea {
            objectName: "ownTrustUri"
            visible: page.ownUri.length > 0
            Layout.fillWidth: true
            text: page.ownUri
            readOnly: true
            selectByMouse: true
            wrapMode: Text.WrapAnywhere
            font.family: "monospace"
            font.pointSize: Kirigami.Theme.smallFont.pointSize
        }

        Kirigami.Separator {
            Layout.fillWidth: true
        }
        Kirigami.Heading {
            level: 3
            text: qsTr("A contact's code")
        }
        Controls.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Paste the text of your contact's code (xmpp:…), or open a picture of it.")
        }
        Controls.TextField {
            id: uriField
            objectName: "trustUriField"
            Layout.fillWidth: true
            placeholderText: qsTr("xmpp:name@example.org?…")
            onAccepted: page.apply(text)
        }
        RowLayout {
            Controls.Button {
                objectName: "applyTrustUri"
                text: qsTr("Verify")
                icon.name: "security-high"
                enabled: uriField.text.trim().length > 0
                onClicked: page.apply(uriField.text)
            }
            Controls.Button {
                objectName: "openQrImage"
                text: qsTr("Open image…")
                icon.name: "document-open"
                onClicked: imageDialog.open()
            }
        }
        Kirigami.InlineMessage {
            id: result
            objectName: "trustUriResult"
            Layout.fillWidth: true
            visible: false
            showCloseButton: true
        }
    }

    Dialogs.FileDialog {
        id: imageDialog
        title: qsTr("Open a picture of a QR code")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)")]
        onAccepted: {
            const text = QrImageReader.read(imageDialog.selectedFile)
            if (text.length === 0) {
                result.type = Kirigami.MessageType.Error
                result.text = qsTr("No QR code found in this image.")
                result.visible = true
                return
            }
            uriField.text = text
            page.apply(text)
        }
    }
}
