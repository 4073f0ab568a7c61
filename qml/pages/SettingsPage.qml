// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import Isthmus.Core

FormCard.FormCardPage {
    id: page

    required property RootController controllers
    // The main window, typed, so that its navigation calls are checked when the module is built.
    readonly property Main app: Controls.ApplicationWindow.window as Main

    title: qsTr("Settings")

    actions: [
        Kirigami.Action {
            text: qsTr("Chats")
            icon.name: "dialog-messages"
            onTriggered: page.app.showChats()
        }
    ]

    FormCard.FormHeader {
        title: qsTr("Appearance")
    }
    FormCard.FormCard {
        FormCard.FormComboBoxDelegate {
            id: schemeChooser
            objectName: "colourScheme"
            text: qsTr("Colours")
            description: qsTr("Light or dark, or as the rest of the desktop.")
            textRole: "text"
            valueRole: "value"
            model: [
                { text: qsTr("Follow the system"), value: Appearance.FollowSystem },
                { text: qsTr("Light"), value: Appearance.Light },
                { text: qsTr("Dark"), value: Appearance.Dark }
            ]
            Component.onCompleted: currentIndex = indexOfValue(Appearance.scheme)
            onActivated: Appearance.scheme = currentValue
        }
    }

    FormCard.FormHeader {
        title: qsTr("Notifications")
    }
    FormCard.FormCard {
        FormCard.FormSwitchDelegate {
            objectName: "notificationsSwitch"
            text: qsTr("Show notifications")
            description: qsTr("For new messages in chats that are not muted and not on screen; reply from the notification.")
            checked: page.controllers.notificationSettings.enabled
            onToggled: page.controllers.notificationSettings.enabled = checked
        }
    }

    AccountsSection {
        Layout.fillWidth: true
        accounts: page.controllers.accounts
    }

    FormCard.FormHeader {
        title: qsTr("About")
    }
    FormCard.FormCard {
        FormCard.FormTextDelegate {
            text: qsTr("Isthmus %1").arg(Qt.application.version)
            description: qsTr("A messenger for everyone you talk to, over XMPP and its gateways.")
        }
    }
}
