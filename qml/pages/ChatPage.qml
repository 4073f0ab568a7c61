// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Isthmus.Core

Kirigami.Page {
    id: page

    required property RootController controllers
    // The main window, typed, so that its navigation calls are checked when the module is built.
    readonly property Main app: Controls.ApplicationWindow.window as Main
    required property string chatJid
    property string chatName
    property string account // empty: the primary account
    required property MessageListModel model
    property var chatId: 0
    property int peerState: 0 // XEP-0085 state the peer last sent

    // Re-read when the chat list reloads: opened from an xmpp: URI, the roster may come later.
    title: chatName.length > 0 ? chatName : (controllers.chats.list.count, controllers.chats.list.nameRevision, controllers.chats.list.nameOf(chatJid))
    padding: 0

    // The contact's presence under the name: online with their status, or last seen ("typing"
    // shows above the composer).
    property var contact: controllers.contacts.presence(chatJid, account)
    readonly property string subtitle: {
        const words = [qsTr("online"), qsTr("away"), qsTr("away for a while"), qsTr("busy")]
        const status = page.contact.statusText ?? ""
        if (page.contact.presence < words.length)
            return status.length > 0 ? qsTr("%1 · %2").arg(words[page.contact.presence]).arg(status) : words[page.contact.presence]
        if (page.contact.lastSeen)
            return qsTr("last seen %1").arg(page.contact.lastSeen.toLocaleString(Qt.locale(), Locale.ShortFormat))
        return ""
    }

    titleDelegate: ColumnLayout {
        spacing: 0
        Kirigami.Heading {
            Layout.fillWidth: true
            level: 1
            text: page.title
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        Controls.Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.subtitle
            elide: Text.ElideRight
            textFormat: Text.PlainText // their status message: their words
            font: Kirigami.Theme.smallFont
            color: Kirigami.Theme.disabledTextColor
        }
    }

    header: ColumnLayout {
        spacing: 0
        ConnectionBanner {
            Layout.fillWidth: true
            accounts: page.controllers.accounts
            onChangeLoginRequested: page.app.showLogin()
        }
        GatewayStateBanner {
            Layout.fillWidth: true
            controllers: page.controllers
            account: page.account
            jid: page.chatJid
            onFixRequested: page.app.showNetworks()
        }
    }
    actions: [
        // OMEMO: the chat's lock (qml/components/omemo) and its devices and fingerprints.
        EncryptionToggleAction { omemo: page.controllers.controller("omemo"); account: page.account || page.controllers.accounts.primaryJid; chatJid: page.chatJid },
        Kirigami.Action { icon.name: "view-certificate"; text: qsTr("Encryption keys"); displayHint: Kirigami.DisplayHint.AlwaysHide; onTriggered: page.app.pageStack.push(Qt.resolvedUrl("OmemoDevicesPage.qml"), { omemo: page.controllers.controller("omemo"), account: page.account || page.controllers.accounts.primaryJid, jid: page.chatJid }) },
        Kirigami.Action {
            text: qsTr("Commands…")
            icon.name: "system-run"
            displayHint: Kirigami.DisplayHint.AlwaysHide
            onTriggered: page.app.showCommands(page.chatJid, page.account)
        }
    ]

    Connections {
        target: page.controllers.contacts
        function onPresenceChanged(account, jid) {
            if (jid === page.chatJid)
                page.contact = page.controllers.contacts.presence(page.chatJid, page.account)
        }
    }
    Connections {
        target: page.controllers.chats
        function onChatStateReceived(account, jid, state) {
            if (jid === page.chatJid && (page.account.length === 0 || account === page.account))
                page.peerState = state
        }
    }

    // The model may know its chat before this page exists (page creation can lag behind under
    // load), so this follows the property rather than waiting for the signal.
    readonly property var resolvedChatId: model.chatId
    onResolvedChatIdChanged: chatResolved()

    function chatResolved() {
        if (!page.resolvedChatId || page.chatId === page.resolvedChatId)
            return
        page.chatId = page.resolvedChatId
        page.unreadAtOpen = page.controllers.chats.list.unreadOf(page.chatId)
        page.controllers.chats.markRead(page.chatId)
        // The first page may have loaded before the chat was known here: look now, not only when
        // loading next changes.
        page.findFirstUnread()
    }

    // Unread messages when the chat was opened, and the id of the oldest of them once it is loaded:
    // the view starts there with a marker above it, not at the newest message.
    property int unreadAtOpen: 0
    property var firstUnreadId: 0

    function findFirstUnread() {
        if (page.unreadAtOpen <= 0 || page.firstUnreadId !== 0 || page.model.loading || page.model.loadingOlder)
            return
        if (messages.count < page.unreadAtOpen) {
            if (page.model.canFetchMore(page.model.index(-1, -1)))
                page.model.fetchMore(page.model.index(-1, -1))
            return
        }
        const row = page.unreadAtOpen - 1
        messages.followNewest = false
        page.firstUnreadId = page.model.data(page.model.index(row, 0), MessageListModel.MessageIdRole)
        Qt.callLater(() => messages.positionViewAtIndex(row, ListView.End))
    }

    Connections {
        target: page.model
        function onLoadingChanged() { page.findFirstUnread() }
        function onLoadingOlderChanged() { page.findFirstUnread() }
        function onOlderHistoryFailed(reason: string) {
            page.app.showPassiveNotification(DisplayText.asPlainText(reason), "long")
        }
        function onRowsInserted(index: var, first: int, last: int) {
            if (page.chatId && Application.state === Qt.ApplicationActive)
                page.controllers.chats.markRead(page.chatId)
            // A new newest message (older pages come in at the end): stay with it.
            if (first === 0 && messages.followNewest)
                Qt.callLater(messages.positionViewAtBeginning)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: messages
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.model
            verticalLayoutDirection: ListView.BottomToTop
            spacing: Kirigami.Units.smallSpacing
            topMargin: Kirigami.Units.largeSpacing
            bottomMargin: Kirigami.Units.largeSpacing
            Controls.ScrollBar.vertical: Controls.ScrollBar {
                id: scrollBar
                onPressedChanged: if (!pressed) messages.followNewest = messages.atYEnd
            }

            // Kept clear of the scroll bar, which is drawn over the list's right edge.
            readonly property real scrollBarWidth: scrollBar.visible ? scrollBar.width : 0

            // At the newest message (index 0, drawn at the bottom): a new message keeps the view
            // there, instead of pushing the view up and the jump button over it.
            property bool followNewest: true
            onMovementEnded: followNewest = atYEnd

            delegate: MessageBubble {
                id: bubble
                width: ListView.view.width - messages.scrollBarWidth
                peerName: page.title
                firstUnread: page.firstUnreadId !== 0 && bubble.messageId === page.firstUnreadId
                onMenuRequested: (at) => messageActions.openFor(bubble, at)
                onRetryRequested: (id) => page.controllers.chats.retry(id)
                onReactionToggled: (id, emoji) => page.controllers.chats.toggleReaction(id, emoji)
                onDevicesRequested: page.app.pageStack.push(Qt.resolvedUrl("OmemoDevicesPage.qml"), { omemo: page.controllers.controller("omemo"), account: page.account || page.controllers.accounts.primaryJid, jid: page.chatJid })
            }


            header: Controls.BusyIndicator {
                anchors.horizontalCenter: parent.horizontalCenter
                running: page.model.loading || page.model.loadingOlder
                visible: running
            }

            // Back to the newest message after scrolling up (or after starting at the first unread).
            // Left of the scroll bar; hidden while the newest message is in view, so it never
            // covers its time and tick.
            Controls.RoundButton {
                objectName: "jumpToNewest"
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.rightMargin: Kirigami.Units.largeSpacing * 2 + messages.scrollBarWidth
                anchors.bottomMargin: Kirigami.Units.largeSpacing * 2
                visible: !messages.atYEnd && !messages.followNewest && messages.count > 0
                icon.name: "go-down"
                text: qsTr("Jump to the newest message")
                display: Controls.AbstractButton.IconOnly
                onClicked: {
                    messages.followNewest = true
                    messages.positionViewAtBeginning()
                }
                Controls.ToolTip.text: text
                Controls.ToolTip.visible: hovered
            }

            Kirigami.PlaceholderMessage {
                anchors.centerIn: parent
                width: parent.width - Kirigami.Units.gridUnit * 4
                visible: messages.count === 0 && !page.model.loading
                // Typed with a Kirigami-private type the linter cannot resolve: exempt.
                icon.name: "mail-message-new" // qmllint disable unresolved-type unqualified missing-property
                text: qsTr("Say hello")
                explanation: qsTr("This is the beginning of your conversation with %1.").arg(page.chatJid)
            }
        }

        Controls.Label {
            Layout.leftMargin: Kirigami.Units.largeSpacing
            visible: page.peerState === ChatsController.Composing
            text: qsTr("%1 is typing…").arg(page.title)
            font: Kirigami.Theme.smallFont
            color: Kirigami.Theme.disabledTextColor
            textFormat: Text.PlainText
        }

        Kirigami.Separator { Layout.fillWidth: true }

        // The reply or edit in progress. Loaded rather than bound to `visible`: InlineMessage
        // animates its own visibility (and its close button sets it), which made a binding on it
        // loop and then broke it.
        Loader {
            objectName: "composerBanner"
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            active: chatComposer.replyToId !== 0 || chatComposer.editingId !== 0
            visible: active
            sourceComponent: Kirigami.InlineMessage {
                visible: true
                type: Kirigami.MessageType.Information
                text: DisplayText.asPlainText(chatComposer.editingId !== 0 ? qsTr("Editing your message") : qsTr("Replying to: %1").arg(chatComposer.replyToText))
                actions: Kirigami.Action {
                    icon.name: "dialog-close"
                    text: qsTr("Cancel")
                    displayHint: Kirigami.DisplayHint.IconOnly
                    onTriggered: page.cancelReplyOrEdit()
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Kirigami.Units.smallSpacing
            spacing: Kirigami.Units.smallSpacing

            Controls.ScrollView {
                Layout.fillWidth: true
                Layout.maximumHeight: Kirigami.Units.gridUnit * 8
                Controls.TextArea {
                    id: composer
                    objectName: "composer"
                    placeholderText: qsTr("Write a message…")
                    wrapMode: TextEdit.Wrap
                    focus: true
                    // Sonnet underlines misspelt words (the style's default follows a KDE setting that is off)
                    Kirigami.SpellCheck.enabled: true
                    Keys.onReturnPressed: (event) => {
                        if (event.modifiers & Qt.ShiftModifier) {
                            event.accepted = false
                        } else {
                            page.send()
                        }
                    }
                    Keys.onEnterPressed: page.send()
                    Keys.onPressed: (event) => {
                        if (event.key === Qt.Key_K && event.modifiers === Qt.ControlModifier) {
                            event.accepted = true
                            page.app.openQuickSwitcher()
                        }
                    }
                    Keys.onEscapePressed: page.cancelReplyOrEdit()
                    // What the person types; the composer object keeps the draft and tells the peer.
                    onTextChanged: chatComposer.text = text
                }
            }
            Controls.Button {
                id: emojiButton
                icon.name: "face-smile"
                text: qsTr("Insert emoji")
                display: Controls.AbstractButton.IconOnly
                onClicked: emojiPicker.open()
                Controls.ToolTip.text: qsTr("Insert emoji (Ctrl+E)")
                Controls.ToolTip.visible: hovered
                EmojiPicker {
                    id: emojiPicker
                    y: -height - Kirigami.Units.smallSpacing
                    x: emojiButton.width - width
                    onPicked: (emoji) => {
                        composer.insert(composer.cursorPosition, emoji)
                        composer.forceActiveFocus()
                    }
                }
            }
            Controls.Button {
                icon.name: "document-send"
                text: qsTr("Send")
                display: Controls.AbstractButton.IconOnly
                enabled: chatComposer.canSend
                onClicked: page.send()
                Controls.ToolTip.text: text
                Controls.ToolTip.visible: hovered
            }
        }
    }

    MessageActions {
        id: messageActions
        anchors.fill: parent
        onReplyRequested: (id, text) => {
            chatComposer.startReply(id, text)
            composer.forceActiveFocus()
        }
        onEditRequested: (id, text) => {
            chatComposer.startEdit(id, text)
            composer.forceActiveFocus()
        }
        onRetractRequested: (id) => page.controllers.chats.retract(id)
        onReactionToggled: (id, emoji) => page.controllers.chats.toggleReaction(id, emoji)
    }

    // What is being written here: the draft, the reply or edit target, the typing notices.
    ChatComposer {
        id: chatComposer
        chats: page.controllers.chats
        chatJid: page.chatJid
        account: page.account
        chatId: page.chatId
        // Text the person did not type: a restored draft, an edit's words, the field cleared
        // after sending.
        onTextChanged: {
            if (composer.text !== chatComposer.text) {
                composer.text = chatComposer.text
                composer.cursorPosition = composer.length
            }
        }
    }

    function cancelReplyOrEdit() {
        chatComposer.cancel()
        composer.forceActiveFocus()
    }

    function send() {
        if (!chatComposer.send())
            return
        messages.followNewest = true
        messages.positionViewAtBeginning()
    }

    Shortcut {
        sequence: "Ctrl+E"
        onActivated: emojiPicker.open()
    }

    Component.onCompleted: {
        chatResolved()
        composer.forceActiveFocus()
    }
}
