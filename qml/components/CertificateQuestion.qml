// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Isthmus.Core

// When a server's certificate could not be checked: its fingerprint, and the choice to trust
// exactly this certificate for this account. Shown only while there is such a question.
Kirigami.AbstractCard {
    id: question

    required property AccountsController accounts

    visible: accounts.certificateAccount.length > 0
    Accessible.name: qsTr("Certificate question")

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.Heading {
            Layout.fillWidth: true
            level: 3
            wrapMode: Text.Wrap
            text: qsTr("Do you trust this certificate for %1?").arg(question.accounts.certificateAccount)
        }
        Controls.Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("The server's certificate could not be checked. If your provider gave you this fingerprint (or you run the server yourself), compare it character by character. Trust it only if it is the same: Isthmus will then accept exactly this certificate for this account, and ask again if it ever changes.")
        }
        Controls.Label {
            Layout.fillWidth: true
            text: qsTr("SHA-256 fingerprint:")
            font.bold: true
        }
        Controls.TextArea {
            Layout.fillWidth: true
            readOnly: true
            selectByMouse: true
            wrapMode: Text.WrapAnywhere
            textFormat: TextEdit.PlainText
            font.family: "monospace"
            text: question.accounts.certificateFingerprint
            Accessible.name: qsTr("SHA-256 fingerprint")
        }
        RowLayout {
            Controls.Button {
                text: qsTr("Trust this certificate")
                icon.name: "security-medium"
                onClicked: question.accounts.trustCertificate(question.accounts.certificateAccount, question.accounts.certificateFingerprint)
            }
        }
    }
}
