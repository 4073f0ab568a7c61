// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami
import Isthmus.Core

Kirigami.ApplicationWindow {
    id: root

    required property Session session

    title: session.accountJid.length > 0 ? qsTr("Isthmus — %1").arg(session.accountJid) : qsTr("Isthmus")
    width: Kirigami.Units.gridUnit * 60
    height: Kirigami.Units.gridUnit * 40
    minimumWidth: Kirigami.Units.gridUnit * 20
    pageStack.defaultColumnWidth: Kirigami.Units.gridUnit * 22
    pageStack.globalToolBar.style: Kirigami.ApplicationHeaderStyle.ToolBar

    function openChat(jid: string, name: string, account: string) {
        while (pageStack.depth > 1)
            pageStack.pop()
        pageStack.push(Qt.resolvedUrl("pages/ChatPage.qml"), {
            session: root.session,
            chatJid: jid,
            chatName: name,
            account: account || "",
            model: root.session.openChat(jid, account || "")
        })
    }

    // Tells the session which chat is on screen: its messages raise no notification meanwhile.
    function updateViewedChat() {
        const pages = pageStack.items
        for (let i = pages.length - 1; i >= 0; --i) {
            if (pages[i] instanceof ChatPage) {
                session.setViewedChat(pages[i].chatJid, pages[i].account)
                return
            }
        }
        session.setViewedChat("", "")
    }

    function showLogin() {
        pageStack.clear()
        pageStack.push(Qt.resolvedUrl("pages/LoginPage.qml"), { session: root.session })
    }

    function showChats() {
        pageStack.clear()
        pageStack.push(Qt.resolvedUrl("pages/ChatListPage.qml"), { session: root.session })
    }

    function showSearch() {
        pageStack.clear()
        pageStack.push(Qt.resolvedUrl("pages/SearchPage.qml"), { session: root.session })
    }

    function showContacts() {
        pageStack.clear()
        pageStack.push(Qt.resolvedUrl("pages/RosterPage.qml"), { session: root.session })
    }

    function showStart() {
        pageStack.clear()
        if (session.connectionState === Session.NoAccount || (session.connectionState === Session.Failed && session.chats.count === 0))
            pageStack.push(Qt.resolvedUrl("pages/LoginPage.qml"), { session: root.session })
        else
            pageStack.push(Qt.resolvedUrl("pages/ChatListPage.qml"), { session: root.session })
    }

    Connections {
        target: root.session
        function onChatRequested(jid: string, account: string) { root.openChat(jid, "", account) }
        function onNotice(text: string) { root.showPassiveNotification(text, "long") }
        function onAccountChanged() {
            if (root.session.accountJid.length > 0 && root.pageStack.currentItem instanceof LoginPage === false)
                return
            root.showStart()
        }
        function onConnectionStateChanged() {
            if (root.session.connectionState === Session.Connected && root.pageStack.currentItem instanceof LoginPage)
                root.showStart()
        }
    }

    Connections {
        target: root.pageStack
        function onDepthChanged() { root.updateViewedChat() }
    }

    Component.onCompleted: showStart()
}
