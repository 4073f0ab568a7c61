// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami
import Isthmus.Core

Kirigami.ApplicationWindow {
    id: root

    // The old facade, still passed in while QML moves off it; pages take the controllers.
    required property Session session
    // What the pages talk to: accounts, contacts, chats, and the capabilities' controllers.
    readonly property RootController controllers: session.root
    // Using the singleton creates it, and that applies the chosen colour scheme.
    readonly property int colourScheme: Appearance.scheme

    title: controllers.accounts.primaryJid.length > 0 ? qsTr("Isthmus — %1").arg(controllers.accounts.primaryJid) : qsTr("Isthmus")
    width: Kirigami.Units.gridUnit * 60
    height: Kirigami.Units.gridUnit * 40
    minimumWidth: Kirigami.Units.gridUnit * 20
    pageStack.defaultColumnWidth: Kirigami.Units.gridUnit * 22
    pageStack.globalToolBar.style: Kirigami.ApplicationHeaderStyle.ToolBar

    function openChat(jid: string, name: string, account: string) {
        while (pageStack.depth > 1)
            pageStack.pop()
        pageStack.push(Qt.resolvedUrl("pages/ChatPage.qml"), {
            controllers: root.controllers,
            chatJid: jid,
            chatName: name,
            account: account || "",
            model: root.controllers.chats.open(jid, account || "")
        })
    }

    // Tells the session which chat is on screen: its messages raise no notification meanwhile.
    function updateViewedChat() {
        const pages = pageStack.items
        for (let i = pages.length - 1; i >= 0; --i) {
            if (pages[i] instanceof ChatPage) {
                controllers.chats.setViewed(pages[i].chatJid, pages[i].account)
                return
            }
        }
        controllers.chats.setViewed("", "")
    }

    function showLogin() {
        pageStack.clear()
        pageStack.push(Qt.resolvedUrl("pages/LoginPage.qml"), { accounts: root.controllers.accounts })
    }

    function showChats() {
        pageStack.clear()
        pageStack.push(Qt.resolvedUrl("pages/ChatListPage.qml"), { controllers: root.controllers })
    }

    function showSearch() {
        pageStack.clear()
        pageStack.push(Qt.resolvedUrl("pages/SearchPage.qml"), { controllers: root.controllers })
    }

    function showSettings() {
        pageStack.clear()
        pageStack.push(Qt.resolvedUrl("pages/SettingsPage.qml"), { controllers: root.controllers })
    }

    function showContacts() {
        pageStack.clear()
        pageStack.push(Qt.resolvedUrl("pages/RosterPage.qml"), { controllers: root.controllers })
    }

    // Gateways (issue 12): the networks list, an entity's ad-hoc commands, a gateway's login command.
    function showNetworks() {
        pageStack.clear()
        pageStack.push(Qt.resolvedUrl("pages/NetworksPage.qml"), { session: root.session })
    }
    function showCommands(jid: string, account: string) {
        pageStack.push(Qt.resolvedUrl("pages/AdHocCommandPage.qml"), { controller: commandRunner.createObject(root, {
            session: root.session, account: account, jid: jid }) })
    }
    function showRegisterCommand(gateway: string, account: string, signIn: GatewaySignIn) {
        const controller = commandRunner.createObject(root, { session: root.session, account: account, jid: gateway })
        controller.changed.connect(() => { if (controller.state === "completed") signIn.commandCompleted() })
        controller.run("jabber:iq:register", qsTr("Sign in"), gateway)
        pageStack.replace(Qt.resolvedUrl("pages/AdHocCommandPage.qml"), { controller: controller })
    }
    Component {
        id: commandRunner
        AdHocCommandController {}
    }

    function showStart() {
        pageStack.clear()
        if (controllers.accounts.connectionState === AccountsController.NoAccount || (controllers.accounts.connectionState === AccountsController.Failed && controllers.chats.list.count === 0))
            pageStack.push(Qt.resolvedUrl("pages/LoginPage.qml"), { accounts: root.controllers.accounts })
        else
            pageStack.push(Qt.resolvedUrl("pages/ChatListPage.qml"), { controllers: root.controllers })
    }

    Connections {
        target: root.controllers
        function onNotice(text: string) { root.showPassiveNotification(DisplayText.asPlainText(text), "long") }
    }
    Connections {
        target: root.controllers.chats
        function onChatRequested(jid: string, account: string) { root.openChat(jid, "", account) }
    }
    Connections {
        target: root.controllers.accounts
        function onAccountsChanged() {
            if (root.controllers.accounts.primaryJid.length > 0 && !root.settingUpAccount())
                return
            root.showStart()
        }
        function onConnectionStateChanged() {
            if (root.controllers.accounts.connectionState === AccountsController.Connected && root.settingUpAccount())
                root.showStart()
            // A certificate question blocks the account: ask it where the login details are.
            else if (root.controllers.accounts.connectionState === AccountsController.Failed && root.controllers.accounts.certificateAccount.length > 0
                     && !root.settingUpAccount() && root.controllers.chats.list.count === 0)
                root.showLogin()
        }
    }

    // Account setup: `xmpp:server?register` (XEP-0147) asks for a server's form; show it.
    function settingUpAccount(): bool {
        return pageStack.currentItem instanceof LoginPage || pageStack.currentItem instanceof CreateAccountPage
    }
    Connections {
        target: root.controllers.accounts.creation
        function onStepChanged() {
            if (root.controllers.accounts.creation.step === AccountCreation.FetchingForm && !(root.pageStack.currentItem instanceof CreateAccountPage))
                root.pageStack.push(Qt.resolvedUrl("pages/CreateAccountPage.qml"), { accounts: root.controllers.accounts })
        }
    }

    // Where to go, from any page: the pages' own actions only work while the page is shown.
    Shortcut {
        sequence: "Ctrl+1"
        onActivated: root.showChats()
    }
    Shortcut {
        sequence: "Ctrl+2"
        onActivated: root.showContacts()
    }
    Shortcut {
        sequence: "Ctrl+3"
        onActivated: root.showNetworks()
    }
    Shortcut {
        sequence: StandardKey.Find
        onActivated: root.showSearch()
    }
    Shortcut {
        sequences: [StandardKey.Preferences, "Ctrl+,"]
        onActivated: root.showSettings()
    }
    Shortcut {
        sequence: "Ctrl+K"
        onActivated: root.openQuickSwitcher()
    }

    // Also called by the composer: a text field takes Ctrl+K for itself (delete to the end of the
    // line on X11), so there the window's shortcut never fires.
    function openQuickSwitcher() {
        quickSwitcher.open()
    }

    QuickSwitcher {
        id: quickSwitcher
        chats: root.controllers.chats
        onChatChosen: (jid, name, account) => root.openChat(jid, name, account)
    }

    Connections {
        target: root.pageStack
        function onDepthChanged() { root.updateViewedChat() }
    }

    Component.onCompleted: showStart()
}
