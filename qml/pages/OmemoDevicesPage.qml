// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// A contact's OMEMO devices and my own, with the fingerprints people compare (groups of eight
// hex digits) and the trust in each: blindly trusted before verification, verified, distrusted,
// or not decided (a new key of a contact whose keys I verified). Changing it is one choice.
Kirigami.ScrollablePage {
    id: page

    required property string account
    required property string jid // the contact (or my own account: only my devices)
    // RootController.controller("omemo"): OmemoController; null when OMEMO is not installed. A
    // capability's controller is found by name at run time and lives outside Isthmus.Core, so
    // its type is not known to qmllint: var, not QtObject.
    required property var omemo
    property var devices: []

    title: qsTr("Encryption keys")

    readonly property var trustNames: [qsTr("Not decided"), qsTr("Trusted (not verified)"), qsTr("Verified"), qsTr("Distrusted")]

    actions: [
        Kirigami.Action {
            icon.name: "view-barcode-qr"
            text: qsTr("Verify with QR code")
            onTriggered: (page.Controls.ApplicationWindow.window as Kirigami.ApplicationWindow).pageStack.push(Qt.resolvedUrl("OmemoQrPage.qml"), { omemo: page.omemo, account: page.account })
        }
    ]

    Component.onCompleted: reload()
    function reload() {
        if (page.omemo)
            page.omemo.requestDevices(page.account, page.jid)
    }

    Connections {
        target: page.omemo
        function onDevicesReady(account, jid, list) {
            if (account === page.account && jid === page.jid)
                page.devices = list
        }
        function onTrustChanged(account, jid) {
            if (account === page.account)
                page.reload()
        }
        function onOwnDeviceRemoved(account, deviceId, error) {
            if (account !== page.account)
                return
            const window = page.Controls.ApplicationWindow.window as Kirigami.ApplicationWindow
            window?.showPassiveNotification(error.length > 0 ? qsTr("Device %1 was not removed: %2").arg(deviceId).arg(qsTranslate("OmemoReason", error))
                                                             : qsTr("Device %1 was removed").arg(deviceId))
        }
    }

    Kirigami.PromptDialog {
        id: removeDialog
        objectName: "removeOwnDeviceDialog"
        property int deviceId: 0
        title: qsTr("Remove device %1?").arg(deviceId)
        subtitle: qsTr("Your contacts stop encrypting messages for it, and it can no longer read new ones. A device that is still in use adds itself back the next time it connects: sign out there first.")
        standardButtons: Kirigami.Dialog.Cancel
        customFooterActions: [
            Kirigami.Action {
                text: qsTr("Remove")
                icon.name: "edit-delete-remove"
                onTriggered: {
                    page.omemo.removeOwnDevice(page.account, removeDialog.deviceId)
                    removeDialog.close()
                }
            }
        ]
    }

    ListView {
        id: list
        model: page.devices
        section.property: "jid"
        section.delegate: Kirigami.ListSectionHeader {
            required property string section
            width: ListView.view.width
            text: section === page.account ? qsTr("My devices") : section
        }
        delegate: Controls.ItemDelegate {
            id: row
            objectName: "omemoDevice"
            required property var modelData
            width: ListView.view.width
            hoverEnabled: false
            down: false
            contentItem: GridLayout {
                columns: page.width > Kirigami.Units.gridUnit * 30 ? 2 : 1
                columnSpacing: Kirigami.Units.largeSpacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Kirigami.Units.smallSpacing / 2
                    Controls.Label {
                        text: row.modelData.own ? qsTr("This device · %1 · %2").arg(row.modelData.deviceId).arg(row.modelData.version)
                                                : qsTr("Device %1 · %2").arg(row.modelData.deviceId).arg(row.modelData.version)
                        font.bold: row.modelData.own
                    }
                    Controls.Label {
                        Layout.fillWidth: true
                        text: row.modelData.fingerprint.length > 0 ? row.modelData.fingerprint : qsTr("No key seen yet: it shows once a message was exchanged with this device.")
                        font.family: "monospace"
                        wrapMode: Text.Wrap
                        color: row.modelData.fingerprint.length > 0 ? Kirigami.Theme.textColor : Kirigami.Theme.disabledTextColor
                    }
                    // A key that came after the contact was verified: never silently trusted.
                    Controls.Label {
                        objectName: "undecidedDeviceWarning"
                        Layout.fillWidth: true
                        visible: !row.modelData.own && row.modelData.fingerprint.length > 0 && row.modelData.trust === 0
                        text: qsTr("New – not trusted yet: messages are not encrypted for this device until you verify or trust it.")
                        color: Kirigami.Theme.negativeTextColor
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                    Controls.ComboBox {
                        visible: !row.modelData.own && row.modelData.fingerprint.length > 0
                        model: page.trustNames
                        currentIndex: Math.max(0, row.modelData.trust)
                        onActivated: (index) => page.omemo.setTrust(page.account, row.modelData.jid, row.modelData.fingerprint, index)
                    }
                    // Another device of mine (an old phone, a reinstalled app): off my lists.
                    Controls.Button {
                        objectName: "removeOwnDevice"
                        visible: !row.modelData.own && row.modelData.jid === page.account
                        icon.name: "edit-delete-remove"
                        text: qsTr("Remove")
                        onClicked: {
                            removeDialog.deviceId = row.modelData.deviceId
                            removeDialog.open()
                        }
                    }
                }
            }
        }
        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: list.count === 0
            text: qsTr("No OMEMO devices known")
        }
    }
}
