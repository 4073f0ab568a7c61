// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.components as Components
import Isthmus.Core

Kirigami.ScrollablePage {
    id: page

    required property RootController controllers
    // The main window, typed, so that its navigation calls are checked when the module is built.
    readonly property Main app: Controls.ApplicationWindow.window as Main

    title: qsTr("Chats")

    actions: [
        Kirigami.Action {
            text: qsTr("Search")
            icon.name: "search"
            onTriggered: page.app.showSearch()
        },
        Kirigami.Action {
            text: qsTr("Contacts")
            icon.name: "im-user"
            onTriggered: page.app.showContacts()
        },
        Kirigami.Action {
            text: qsTr("Networks")
            icon.name: "network-workgroup"
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: page.app.showNetworks()
        },
        Kirigami.Action {
            text: qsTr("Settings")
            icon.name: "settings-configure"
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: page.app.showSettings()
        }
    ]

    header: ColumnLayout {
        spacing: 0
        Kirigami.SearchField {
            id: filterField
            objectName: "chatFilter"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            placeholderText: qsTr("Filter chats…")
            // Ctrl+F searches all messages; this field only narrows the list.
            focusSequence: ""
            Keys.onDownPressed: {
                list.forceActiveFocus()
                list.currentIndex = 0
            }
            onAccepted: {
                if (filtered.count > 0)
                    page.app.openChat(filtered.valueAt(0, "jid"), filtered.valueAt(0, "name"),
                                        filtered.valueAt(0, "account"))
            }
        }
        ConnectionBanner {
            Layout.fillWidth: true
            accounts: page.controllers.accounts
            onChangeLoginRequested: page.app.showLogin()
        }
        Kirigami.InlineMessage {
            Layout.fillWidth: true
            position: Kirigami.InlineMessage.Position.Header
            type: Kirigami.MessageType.Warning
            visible: text.length > 0
            text: DisplayText.asPlainText(page.controllers.accounts.keychainNotice)
            showCloseButton: true
        }
    }

    // Typing filters at once; Down goes into the list, the menu key opens a chat's menu.
    Component.onCompleted: filterField.forceActiveFocus()

    // Today: the time; this week: the weekday; before: the date.
    function shortWhen(when: date): string {
        const now = new Date()
        if (when.toDateString() === now.toDateString())
            return DisplayText.shortTime(when)
        if (now - when < 6 * 24 * 3600 * 1000)
            return when.toLocaleDateString(Qt.locale(), "ddd")
        return when.toLocaleDateString(Qt.locale(), Locale.ShortFormat)
    }

    // One menu for every row, not one per row: a row's own menu, destroyed while the list built
    // that row again (a chat moving up as 20 contacts wrote at once), crashed the app in Qt's
    // QQuickMenu destructor; and 300 rows held 300 menus.
    Controls.Menu {
        id: chatMenu

        property var chatId: 0
        property bool pinned
        property bool muted

        // Where the row was clicked (x, y in the row); below the row's name from the keyboard or
        // a long press, from the keyboard with its first entry current so that Enter takes it.
        function openFor(row: var, fromKeyboard: bool, x: real, y: real): void {
            chatMenu.chatId = row.chatId
            chatMenu.pinned = row.pinned
            chatMenu.muted = row.muted
            if (x >= 0)
                chatMenu.popup(row, x, y)
            else
                chatMenu.popup(row, Kirigami.Units.gridUnit * 3, row.height)
            if (fromKeyboard)
                chatMenu.currentIndex = 0
        }

        Controls.MenuItem {
            text: chatMenu.pinned ? qsTr("Unpin") : qsTr("Pin to the top")
            icon.name: chatMenu.pinned ? "window-unpin" : "pin"
            onTriggered: page.controllers.chats.list.setPinned(chatMenu.chatId, !chatMenu.pinned)
        }
        Controls.MenuItem {
            text: chatMenu.muted ? qsTr("Unmute") : qsTr("Mute notifications")
            icon.name: chatMenu.muted ? "notifications" : "notifications-disabled"
            onTriggered: page.controllers.chats.list.setMuted(chatMenu.chatId, !chatMenu.muted)
        }
    }

    ChatFilterModel {
        id: filtered
        sourceModel: page.controllers.chats.list
        filterText: filterField.text
    }

    ListView {
        id: list
        // The proxy only while filtering: QSortFilterProxyModel turns each move of the chat list
        // into a layout change, which the view takes for a reset, so every incoming message
        // (its chat comes to the top) rebuilt every row. The chat list itself reports a move.
        model: filterField.text.length > 0 ? filtered : page.controllers.chats.list
        currentIndex: -1
        keyNavigationEnabled: true

        delegate: Controls.ItemDelegate {
            id: row

            required property int index
            required property var chatId
            required property string jid
            required property string account
            required property string name
            required property string lastMessage
            required property var lastActivity
            required property int unread
            required property bool pinned
            required property bool muted
            required property string draft
            required property int presence
            required property bool blocked
            required property string network

            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            onClicked: {
                list.currentIndex = row.index
                page.app.openChat(row.jid, row.name, row.account)
            }
            onPressAndHold: chatMenu.openFor(row, false, -1, -1)
            Keys.onMenuPressed: chatMenu.openFor(row, true, -1, -1)
            TapHandler {
                acceptedButtons: Qt.RightButton
                onTapped: (eventPoint) => chatMenu.openFor(row, false, eventPoint.position.x, eventPoint.position.y)
            }
            contentItem: RowLayout {
                spacing: Kirigami.Units.largeSpacing
                ContactAvatar {
                    Layout.preferredWidth: Kirigami.Units.iconSizes.medium
                    Layout.preferredHeight: Kirigami.Units.iconSizes.medium
                    name: row.name
                    presence: row.presence
                    network: row.network
                    blocked: row.blocked
                    accountColour: page.controllers.accounts.jids.length > 1
                        ? Components.NameUtils.colorsFromString(row.account) : "transparent"
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    RowLayout {
                        Controls.Label {
                            Layout.fillWidth: true
                            text: row.name
                            elide: Text.ElideRight
                            font.bold: row.unread > 0
                            textFormat: Text.PlainText
                        }
                        Kirigami.Icon {
                            visible: row.muted
                            source: "notifications-disabled"
                            implicitWidth: Kirigami.Units.iconSizes.small
                            implicitHeight: Kirigami.Units.iconSizes.small
                            color: Kirigami.Theme.disabledTextColor
                        }
                        // The contact's gateway is down: what is sent waits (the chat's banner says more).
                        Kirigami.Icon {
                            objectName: "gatewayDownIcon"
                            visible: gatewayWords.down
                            source: "dialog-warning"
                            implicitWidth: Kirigami.Units.iconSizes.small
                            implicitHeight: Kirigami.Units.iconSizes.small
                            Accessible.name: gatewayWords.headline
                            GatewayStateWords {
                                id: gatewayWords
                                controllers: page.controllers
                                account: row.account
                                jid: row.network.length > 0 ? row.jid : ""
                            }
                        }
                        Kirigami.Icon {
                            visible: row.pinned
                            source: "pin"
                            implicitWidth: Kirigami.Units.iconSizes.small
                            implicitHeight: Kirigami.Units.iconSizes.small
                            color: Kirigami.Theme.disabledTextColor
                        }
                        Controls.Label {
                            text: row.lastActivity ? page.shortWhen(row.lastActivity) : ""
                            color: Kirigami.Theme.disabledTextColor
                            font: Kirigami.Theme.smallFont
                        }
                    }
                    RowLayout {
                        Controls.Label {
                            Layout.fillWidth: true
                            text: row.draft.length > 0 ? qsTr("Draft: %1").arg(row.draft) : row.lastMessage
                            elide: Text.ElideRight
                            maximumLineCount: 1
                            textFormat: Text.PlainText
                            color: row.draft.length > 0 ? Kirigami.Theme.negativeTextColor : Kirigami.Theme.disabledTextColor
                        }
                        Controls.Label {
                            visible: row.unread > 0
                            text: row.unread
                            color: Kirigami.Theme.highlightedTextColor
                            font: Kirigami.Theme.smallFont
                            horizontalAlignment: Text.AlignHCenter
                            leftPadding: Kirigami.Units.smallSpacing * 2
                            rightPadding: Kirigami.Units.smallSpacing * 2
                            background: Rectangle {
                                radius: height / 2
                                color: Kirigami.Theme.highlightColor
                            }
                        }
                    }
                }
            }
        }

        // PlaceholderMessage types its icon with a type from Kirigami's private folder, which the
        // linter cannot resolve: the icon lines are exempt from those checks.
        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: list.count === 0 && filterField.text.length === 0
            icon.name: "dialog-messages" // qmllint disable unresolved-type unqualified missing-property
            text: qsTr("No chats yet")
            explanation: qsTr("Messages you send and receive show up here.")
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: list.count === 0 && filterField.text.length > 0
            icon.name: "search" // qmllint disable unresolved-type unqualified missing-property
            text: qsTr("No chat matches “%1”").arg(filterField.text)
            helpfulAction: Kirigami.Action {
                text: qsTr("Search all messages")
                icon.name: "search"
                onTriggered: page.app.showSearch()
            }
        }
    }
}
