// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Isthmus.Core

// Search over the whole history of every account (FTS5), newest first.
Kirigami.ScrollablePage {
    id: page

    required property RootController controllers
    // The main window, typed, so that its navigation calls are checked when the module is built.
    readonly property Main app: Controls.ApplicationWindow.window as Main

    title: qsTr("Search")

    actions: [
        Kirigami.Action {
            text: qsTr("Chats")
            icon.name: "dialog-messages"
            onTriggered: page.app.showChats()
        }
    ]

    header: Kirigami.SearchField {
        id: field
        focus: true
        placeholderText: qsTr("Search all messages…")
        text: page.controllers.chats.search.query
        onTextChanged: page.controllers.chats.search.query = text
        // The last query comes back with the page, selected: typing starts a new one.
        onActiveFocusChanged: if (activeFocus) selectAll()
        Keys.onDownPressed: {
            results.entered = true
            results.forceActiveFocus()
        }
    }

    // The page stack gives the page focus once its transition ends, and ScrollablePage hands it to
    // the list: typing belongs in the field until the person moves down into the results.
    onActiveFocusChanged: {
        if (activeFocus && !results.entered)
            field.forceActiveFocus()
    }

    ListView {
        id: results

        property bool entered: false

        onActiveFocusChanged: {
            if (!activeFocus)
                entered = false
            else if (!entered)
                field.forceActiveFocus()
        }
        model: page.controllers.chats.search
        keyNavigationEnabled: true
        currentIndex: -1

        delegate: Controls.ItemDelegate {
            id: hit
            required property int index
            required property string body
            required property string chat
            required property string account
            required property bool outgoing
            required property var time

            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            onClicked: page.app.openChat(hit.chat, "", hit.account)
            Keys.onReturnPressed: clicked()

            contentItem: ColumnLayout {
                spacing: 0
                RowLayout {
                    Controls.Label {
                        Layout.fillWidth: true
                        text: hit.outgoing ? qsTr("You to %1").arg(page.controllers.chats.list.nameOf(hit.chat))
                                           : page.controllers.chats.list.nameOf(hit.chat)
                        font.bold: true
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                    }
                    Controls.Label {
                        text: hit.time.toLocaleString(Qt.locale(), Locale.ShortFormat)
                        color: Kirigami.Theme.disabledTextColor
                        font: Kirigami.Theme.smallFont
                    }
                }
                Controls.Label {
                    Layout.fillWidth: true
                    text: hit.body
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
            }
        }

        Kirigami.PlaceholderMessage {
            anchors.centerIn: parent
            width: parent.width - Kirigami.Units.gridUnit * 4
            visible: results.count === 0 && !page.controllers.chats.search.searching
            // Typed with a Kirigami-private type the linter cannot resolve: exempt.
            icon.name: "search" // qmllint disable unresolved-type unqualified missing-property
            text: page.controllers.chats.search.query.trim().length === 0 ? qsTr("Search your history")
                                                                : qsTr("Nothing found")
            explanation: page.controllers.chats.search.query.trim().length === 0
                ? qsTr("Words from any message in any chat; the last word may be the start of a word.")
                : qsTr("No message contains all of these words.")
        }
    }
}
