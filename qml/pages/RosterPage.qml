// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts of all accounts, grouped by roster group or by network, in a tree; a contact opens
// its chat.
pragma ComponentBehavior: Bound

import QtQuick
import QtQml.Models
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
    // Groups the person folded, by roster group name ("" for "Contacts"); all others are open.
    property var collapsedGroups: []

    title: qsTr("Contacts")

    // People asking to see when this account is online: approve (and ask back) or deny.
    header: ColumnLayout {
        spacing: 0
        GatewayRequestBanner {
            id: gatewayRequests
            Layout.fillWidth: true
            controllers: page.controllers
        }
        Repeater {
            model: gatewayRequests.singles // without those of a gateway's (or a flood's) banner
            delegate: Kirigami.InlineMessage {
                id: request
                required property int index
                required property string jid
                required property string message
                Layout.fillWidth: true
                position: Kirigami.InlineMessage.Position.Header
                visible: true
                type: Kirigami.MessageType.Information
                // The request's note is the sender's text: shown as written, never as markup.
                text: DisplayText.asPlainText(message.length > 0 ? qsTr("%1 wants to add you as a contact: “%2”").arg(jid).arg(message)
                                                                  : qsTr("%1 wants to add you as a contact.").arg(jid))
                actions: [
                    Kirigami.Action {
                        text: qsTr("Approve")
                        icon.name: "dialog-ok-apply"
                        onTriggered: page.controllers.contacts.requests.approve(gatewayRequests.sourceRow(request.index))
                    },
                    Kirigami.Action {
                        text: qsTr("Deny")
                        icon.name: "dialog-cancel"
                        onTriggered: page.controllers.contacts.requests.deny(gatewayRequests.sourceRow(request.index))
                    }
                ]
            }
        }
    }

    actions: [
        Kirigami.Action {
            text: qsTr("Chats")
            icon.name: "dialog-messages"
            onTriggered: page.app.showChats()
        },
        Kirigami.Action {
            id: addAction
            text: qsTr("Add contact")
            icon.name: "list-add-user"
            shortcut: StandardKey.New
            onTriggered: addDialog.open()
        },
        Kirigami.Action {
            text: qsTr("Networks")
            icon.name: "network-workgroup"
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: page.app.showNetworks()
        },
        Kirigami.Action {
            text: qsTr("Online first")
            icon.name: "im-user-online"
            checkable: true
            checked: page.controllers.contacts.roster.sortOrder === RosterTreeModel.OnlineFirst
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onToggled: page.controllers.contacts.roster.sortOrder = checked ? RosterTreeModel.OnlineFirst : RosterTreeModel.ByName
        },
        Kirigami.Action {
            text: qsTr("Group by network")
            icon.name: "network-workgroup"
            checkable: true
            checked: page.controllers.contacts.roster.grouping === RosterTreeModel.ByNetwork
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onToggled: page.controllers.contacts.roster.grouping = checked ? RosterTreeModel.ByNetwork : RosterTreeModel.ByRosterGroup
        }
    ]

    // A group row toggles, a contact row opens its chat.
    function activate(viewRow: int) {
        const index = tree.index(viewRow, 0)
        const roster = page.controllers.contacts.roster
        if (!index.valid)
            return
        if (roster.data(index, RosterTreeModel.IsGroupRole)) {
            tree.toggleExpanded(viewRow)
            return
        }
        page.openChat(roster.data(index, RosterTreeModel.JidRole), roster.data(index, RosterTreeModel.NameRole),
                      roster.data(index, RosterTreeModel.AccountRole))
    }

    function notify(text: string) {
        page.app.showPassiveNotification(DisplayText.asPlainText(text))
    }

    function openChat(jid: string, name: string, account: string) {
        page.app.openChat(jid, name, account)
    }

    // Opens the groups again after the model was reset (TreeView then shows them all folded),
    // except those the person folded.
    function restoreExpansion() {
        const roster = page.controllers.contacts.roster
        for (let row = 0; row < roster.rowCount(); ++row) {
            const group = roster.index(row, 0)
            if (page.collapsedGroups.indexOf(roster.data(group, RosterTreeModel.GroupNameRole)) < 0
                    && roster.rowCount(group) > 0)
                tree.expandToIndex(roster.index(0, 0, group))
        }
    }

    function groupNameAt(viewRow: int): string {
        return page.controllers.contacts.roster.data(tree.index(viewRow, 0), RosterTreeModel.GroupNameRole) ?? ""
    }

    // The menu of the contact in viewRow (nothing for group rows): at the pointer, or below the
    // row's item when asked from the keyboard.
    function showContextMenu(viewRow: int, below: Item) {
        const index = tree.index(viewRow, 0)
        const roster = page.controllers.contacts.roster
        if (!index.valid || roster.data(index, RosterTreeModel.IsGroupRole))
            return
        tree.selectionModel.setCurrentIndex(index, ItemSelectionModel.NoUpdate)
        contactMenu.jid = roster.data(index, RosterTreeModel.JidRole)
        contactMenu.name = roster.data(index, RosterTreeModel.NameRole)
        contactMenu.account = roster.data(index, RosterTreeModel.AccountRole)
        contactMenu.groups = roster.data(index, RosterTreeModel.GroupsRole)
        contactMenu.blocked = roster.data(index, RosterTreeModel.BlockedRole)
        contactMenu.subscription = roster.data(index, RosterTreeModel.SubscriptionRole)
        if (below)
            contactMenu.popup(below, Kirigami.Units.gridUnit * 2, below.height)
        else
            contactMenu.popup()
    }

    // The address of a contact just added, until it shows up in the tree.
    property string pendingSelection
    // Where the tree's cursor is (a group node has no jid). Every roster change resets the
    // model (a push, a regrouping), which drops the cursor: Enter then opened nothing and
    // keyboard users lost their place.
    property var cursorAt: ({ account: "", jid: "", group: "" })

    // Puts the cursor on a node; takeFocus also unfolds its group and scrolls to it. A node in a
    // group folded meanwhile stays folded and gets no cursor.
    function placeCursor(node: var, takeFocus: bool): bool {
        if (!node.valid)
            return false
        if (takeFocus) {
            tree.expandToIndex(node)
            tree.forceLayout()
        }
        if (tree.rowAtIndex(node) < 0)
            return false
        tree.selectionModel.setCurrentIndex(node, ItemSelectionModel.NoUpdate)
        if (takeFocus) {
            tree.positionViewAtRow(tree.rowAtIndex(node), TableView.Contain)
            tree.forceActiveFocus()
        }
        return true
    }

    // After a reset or an insertion: the contact just added, else where the cursor was.
    function restoreCursor() {
        const roster = page.controllers.contacts.roster
        if (page.pendingSelection.length > 0) {
            if (page.placeCursor(roster.nodeOf("", page.pendingSelection), true))
                page.pendingSelection = ""
        } else if (!tree.selectionModel.currentIndex.valid) {
            const at = page.cursorAt
            if (at.jid.length > 0 || at.group.length > 0)
                page.placeCursor(roster.nodeOf(at.account, at.jid, at.group), false)
        }
    }

    Connections {
        target: tree.selectionModel
        function onCurrentChanged(current: var, previous: var) {
            if (!current.valid)
                return
            const roster = page.controllers.contacts.roster
            const isGroup = roster.data(current, RosterTreeModel.IsGroupRole)
            page.cursorAt = {
                account: isGroup ? "" : roster.data(current, RosterTreeModel.AccountRole),
                jid: isGroup ? "" : roster.data(current, RosterTreeModel.JidRole),
                group: roster.data(isGroup ? current : current.parent, RosterTreeModel.GroupNameRole)
            }
        }
    }

    Connections {
        target: page.controllers.contacts.roster
        function onModelReset() {
            Qt.callLater(page.restoreExpansion)
            Qt.callLater(page.restoreCursor)
        }
        function onRowsInserted() { Qt.callLater(page.restoreCursor) }
    }

    Component.onCompleted: Qt.callLater(page.restoreExpansion)

    TreeView {
        id: tree
        objectName: "rosterTree"

        model: page.controllers.contacts.roster
        selectionModel: ItemSelectionModel {}
        focus: true
        clip: true
        alternatingRows: false
        columnWidthProvider: () => tree.width
        onWidthChanged: forceLayout()

        onExpanded: (row, depth) => {
            const opened = page.groupNameAt(row)
            page.collapsedGroups = page.collapsedGroups.filter(name => name !== opened)
        }
        onCollapsed: (row, recursively) => {
            const name = page.groupNameAt(row)
            if (page.collapsedGroups.indexOf(name) < 0)
                page.collapsedGroups = page.collapsedGroups.concat([name])
        }

        Keys.onReturnPressed: page.activate(tree.currentRow)
        Keys.onEnterPressed: page.activate(tree.currentRow)
        Keys.onMenuPressed: page.showContextMenu(tree.currentRow, tree.itemAtCell(Qt.point(0, tree.currentRow)))

        delegate: Controls.ItemDelegate {
            id: entry

            // Set by TreeView.
            required property TreeView treeView
            required property bool expanded
            required property int depth
            required property int row
            required property bool current
            // Roles of RosterTreeModel.
            required property string name
            required property string jid
            required property bool isGroup
            required property int contactCount
            required property int presence
            required property string statusText
            required property bool blocked
            required property string network
            required property string account
            required property int subscription

            implicitWidth: treeView.width
            focusPolicy: Qt.NoFocus // the tree keeps the focus, for its arrow keys
            highlighted: current
            leftPadding: Kirigami.Units.largeSpacing + depth * Kirigami.Units.gridUnit
            topPadding: isGroup ? Kirigami.Units.mediumSpacing : Kirigami.Units.smallSpacing
            bottomPadding: topPadding
            Accessible.name: isGroup ? qsTr("%1, %n contact(s)", "", contactCount).arg(name) : name

            onClicked: {
                treeView.selectionModel.setCurrentIndex(treeView.index(row, 0), ItemSelectionModel.NoUpdate)
                treeView.forceActiveFocus()
                page.activate(row)
            }
            onPressAndHold: page.showContextMenu(row, null)

            TapHandler {
                acceptedButtons: Qt.RightButton
                onTapped: page.showContextMenu(entry.row, null)
            }

            contentItem: Loader {
                sourceComponent: entry.isGroup ? groupRow : contactRow

                Component {
                    id: groupRow
                    RowLayout {
                        spacing: Kirigami.Units.smallSpacing
                        Kirigami.Icon {
                            Layout.preferredWidth: Kirigami.Units.iconSizes.small
                            Layout.preferredHeight: Kirigami.Units.iconSizes.small
                            source: entry.expanded ? "go-down-symbolic"
                                                   : (entry.mirrored ? "go-previous-symbolic" : "go-next-symbolic")
                            color: entry.highlighted ? Kirigami.Theme.highlightedTextColor
                                                     : Kirigami.Theme.disabledTextColor
                        }
                        Kirigami.Heading {
                            Layout.fillWidth: true
                            level: 5
                            text: entry.name
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                        }
                        Controls.Label {
                            text: entry.contactCount
                            color: entry.highlighted ? Kirigami.Theme.highlightedTextColor
                                                     : Kirigami.Theme.disabledTextColor
                            font: Kirigami.Theme.smallFont
                        }
                    }
                }

                Component {
                    id: contactRow
                    RowLayout {
                        spacing: Kirigami.Units.largeSpacing
                        ContactAvatar {
                            Layout.preferredWidth: Kirigami.Units.iconSizes.medium
                            Layout.preferredHeight: Kirigami.Units.iconSizes.medium
                            name: entry.name
                            presence: entry.presence
                            network: entry.network
                            blocked: entry.blocked
                            accountColour: page.controllers.accounts.jids.length > 1
                                ? Components.NameUtils.colorsFromString(entry.account) : "transparent"
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Controls.Label {
                                Layout.fillWidth: true
                                text: entry.name
                                elide: Text.ElideRight
                                textFormat: Text.PlainText
                            }
                            Controls.Label {
                                Layout.fillWidth: true
                                objectName: gatewayWords.down ? "gatewayDownLine" : ""
                                // Their gateway is down (what is sent to them waits), else their
                                // status message (their words: plain text), else the address.
                                text: entry.blocked ? qsTr("Blocked · %1").arg(entry.jid)
                                    : gatewayWords.down ? gatewayWords.headline
                                    : entry.statusText.length > 0 ? entry.statusText : entry.jid
                                elide: Text.ElideRight
                                textFormat: Text.PlainText
                                color: entry.highlighted ? Kirigami.Theme.highlightedTextColor
                                    : gatewayWords.down ? Kirigami.Theme.neutralTextColor
                                    : Kirigami.Theme.disabledTextColor

                                GatewayStateWords {
                                    id: gatewayWords
                                    controllers: page.controllers
                                    account: entry.account
                                    jid: entry.network.length > 0 ? entry.jid : ""
                                }
                                opacity: entry.highlighted ? 0.8 : 1
                                font: Kirigami.Theme.smallFont
                            }
                        }
                    }
                }
            }
        }

        Kirigami.PlaceholderMessage {
            parent: tree
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: page.controllers.contacts.roster.count === 0
            // Typed with a Kirigami-private type the linter cannot resolve: exempt.
            icon.name: "im-user" // qmllint disable unresolved-type unqualified missing-property
            text: qsTr("No contacts yet")
            explanation: qsTr("Add the people you talk to by their chat address, like name@example.org.")
            helpfulAction: addAction
        }
    }

    AddContactDialog {
        id: addDialog
        controllers: page.controllers
        onContactAdded: jid => {
            page.notify(qsTr("Asked %1 to share their online status with you.").arg(jid))
            // Selected once the server's roster push brings it in: Enter then opens the chat.
            page.pendingSelection = jid
            page.restoreCursor()
        }
    }

    Controls.Menu {
        id: contactMenu

        property string jid
        property string name
        property string account
        property var groups: []
        property bool blocked
        property int subscription

        Controls.MenuItem {
            text: qsTr("Open chat")
            icon.name: "dialog-messages"
            onTriggered: page.openChat(contactMenu.jid, contactMenu.name, contactMenu.account)
        }
        Controls.MenuItem {
            text: qsTr("Rename…")
            icon.name: "edit-rename"
            onTriggered: {
                renameDialog.jid = contactMenu.jid
                renameDialog.account = contactMenu.account
                renameField.text = contactMenu.name
                renameDialog.open()
                renameField.selectAll()
                renameField.forceActiveFocus()
            }
        }
        Controls.MenuItem {
            text: qsTr("Groups…")
            icon.name: "tag-folder"
            onTriggered: {
                groupsDialog.jid = contactMenu.jid
                groupsDialog.account = contactMenu.account
                groupsField.text = contactMenu.groups.join(", ")
                groupsDialog.open()
                groupsField.forceActiveFocus()
            }
        }
        Controls.MenuItem {
            text: qsTr("Commands…")
            icon.name: "system-run"
            onTriggered: page.app.showCommands(contactMenu.jid, contactMenu.account)
        }
        Controls.MenuSeparator {}
        // RFC 6121 subscription states: 1 = they see ours (from), 2 = we see theirs (to), 3 = both.
        Controls.MenuItem {
            text: qsTr("Stop sharing my online status")
            icon.name: "im-invisible-user"
            visible: contactMenu.subscription === 1 || contactMenu.subscription === 3
            height: visible ? implicitHeight : 0
            onTriggered: page.controllers.contacts.cancelSubscription(contactMenu.jid, contactMenu.account)
        }
        Controls.MenuItem {
            text: qsTr("Stop receiving their online status")
            icon.name: "im-user-offline"
            visible: contactMenu.subscription === 2 || contactMenu.subscription === 3
            height: visible ? implicitHeight : 0
            onTriggered: page.controllers.contacts.unsubscribe(contactMenu.jid, contactMenu.account)
        }
        Controls.MenuItem {
            text: contactMenu.blocked ? qsTr("Unblock") : qsTr("Block")
            icon.name: "im-ban-user"
            onTriggered: contactMenu.blocked ? page.controllers.contacts.unblock(contactMenu.jid, contactMenu.account)
                                             : page.controllers.contacts.block(contactMenu.jid, contactMenu.account)
        }
        Controls.MenuItem {
            text: qsTr("Remove…")
            icon.name: "list-remove-user"
            onTriggered: {
                removeDialog.jid = contactMenu.jid
                removeDialog.name = contactMenu.name
                removeDialog.account = contactMenu.account
                removeDialog.open()
            }
        }
    }

    Kirigami.PromptDialog {
        id: renameDialog

        property string jid
        property string account

        title: qsTr("Rename Contact")
        subtitle: qsTr("The name is kept in your contact list on the server, so your other devices show it too.")
        standardButtons: Kirigami.Dialog.Ok | Kirigami.Dialog.Cancel
        onAccepted: page.controllers.contacts.rename(jid, renameField.text, account)

        Controls.TextField {
            id: renameField
            Layout.fillWidth: true
            placeholderText: renameDialog.jid
            onAccepted: renameDialog.accept()
        }
    }

    Kirigami.PromptDialog {
        id: groupsDialog

        property string jid
        property string account

        title: qsTr("Contact Groups")
        subtitle: qsTr("Groups of %1, separated by commas. Without a group the contact is listed under \"Contacts\".").arg(jid)
        standardButtons: Kirigami.Dialog.Ok | Kirigami.Dialog.Cancel
        onAccepted: {
            const groups = groupsField.text.split(",").map(group => group.trim()).filter(group => group.length > 0)
            page.controllers.contacts.setGroups(jid, groups, account)
        }

        Controls.TextField {
            id: groupsField
            Layout.fillWidth: true
            placeholderText: page.controllers.contacts.roster.groups.join(", ")
            onAccepted: groupsDialog.accept()
        }
    }

    Kirigami.PromptDialog {
        id: removeDialog

        property string jid
        property string name
        property string account

        title: qsTr("Remove %1?").arg(name)
        subtitle: qsTr("%1 leaves your contact list and you stop seeing each other's online status. Your chat history stays.").arg(jid)
        dialogType: Kirigami.PromptDialog.Warning
        standardButtons: Kirigami.Dialog.Cancel
        customFooterActions: [
            Kirigami.Action {
                text: qsTr("Remove")
                icon.name: "list-remove-user"
                onTriggered: {
                    page.controllers.contacts.remove(removeDialog.jid, removeDialog.account)
                    removeDialog.close()
                }
            }
        ]
    }
}
