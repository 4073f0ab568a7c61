// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl+K: type a few letters of a chat's name or address, Enter opens it. An address nobody has
// chatted with yet can be opened from here too.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.components as Components
import Isthmus.Core

Kirigami.SearchDialog {
    id: dialog
    objectName: "quickSwitcher"
    // Kirigami empties the field when the opening animation has ended, so letters typed during it
    // were lost (Ctrl+K and typing at once started no chat under load): open without one.
    enter: Transition {}

    required property ChatsController chats

    signal chatChosen(jid: string, name: string, account: string)

    searchFieldPlaceholderText: qsTr("Go to a chat…")
    emptyText: looksLikeAddress ? qsTr("No chat with %1 yet").arg(text.trim()) : qsTr("No chat matches")
    // Typed with a Kirigami-private type the linter cannot resolve: exempt.
    emptyIcon.name: "dialog-messages" // qmllint disable unresolved-type unqualified missing-property
    emptyHelpfulAction: looksLikeAddress ? startAction : null

    readonly property bool looksLikeAddress: /^[^@\s\/]+@[^@\s\/]+\.[^@\s\/]+$/.test(text.trim())

    Kirigami.Action {
        id: startAction
        text: qsTr("Start a chat with %1").arg(dialog.text.trim())
        icon.name: "document-edit"
        onTriggered: dialog.choose(dialog.text.trim().toLowerCase(), "", "")
    }

    function choose(jid: string, name: string, account: string) {
        dialog.close()
        dialog.chatChosen(jid, name, account)
    }

    model: ChatFilterModel {
        id: filtered
        sourceModel: dialog.chats.list
        filterText: dialog.text
    }

    onAccepted: {
        if (filtered.count > 0) {
            const current = currentItem as ChatEntry
            const row = Math.max(0, current ? current.index : 0)
            choose(filtered.valueAt(row, "jid"), filtered.valueAt(row, "name"), filtered.valueAt(row, "account"))
        } else if (looksLikeAddress) {
            startAction.trigger()
        }
    }

    // The delegate's type, so that the current entry's row can be read from it.
    component ChatEntry: Controls.ItemDelegate {
        required property int index
        required property string jid
        required property string name
        required property string account
        required property int unread
    }

    delegate: ChatEntry {
        id: entry

        width: ListView.view.width
        highlighted: ListView.isCurrentItem
        onClicked: dialog.choose(entry.jid, entry.name, entry.account)

        contentItem: RowLayout {
            spacing: Kirigami.Units.largeSpacing
            Components.Avatar {
                Layout.preferredWidth: Kirigami.Units.iconSizes.smallMedium
                Layout.preferredHeight: Kirigami.Units.iconSizes.smallMedium
                name: entry.name
            }
            Controls.Label {
                Layout.fillWidth: true
                text: entry.name
                textFormat: Text.PlainText
                elide: Text.ElideRight
                font.bold: entry.unread > 0
            }
            Controls.Label {
                text: entry.jid
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                // Grey on the selection colour could hardly be read.
                color: entry.highlighted ? Kirigami.Theme.highlightedTextColor : Kirigami.Theme.disabledTextColor
                opacity: entry.highlighted ? 0.8 : 1
                font: Kirigami.Theme.smallFont
                Layout.maximumWidth: Kirigami.Units.gridUnit * 12
            }
        }
    }
}
