// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Isthmus.Core

// The add-contact dialog's choice of network: plain XMPP, or one of the account's gateways
// (Telegram, IRC, SMS…). With a gateway chosen, the address is typed in that network's terms
// (the gateway's prompt says what: a phone number, a username, a nick) and resolve() turns it
// into the contact's JID (jabber:iq:gateway, else XEP-0106 or the % form; E.164 numbers).
ColumnLayout {
    id: chips

    required property Session session
    property string account // empty: the primary one

    readonly property string gateway: resolver.gateway
    readonly property string network: resolver.network
    readonly property bool busy: resolver.busy
    // What to type, for the address field's label and placeholder.
    readonly property string prompt: resolver.gateway.length === 0 ? ""
        : resolver.prompt.length > 0 ? resolver.prompt
        : (resolver.network === "sms" || resolver.network === "pstn") ? qsTr("Phone number")
        : resolver.network === "irc" ? qsTr("nick%irc.example.org") : qsTr("Username or id on that network")

    signal resolved(legacyId: string, jid: string)
    signal failed(text: string)

    function resolve(text: string) { resolver.resolve(text) }
    function reset() { resolver.gateway = "" }

    visible: gateways.count > 0
    spacing: Kirigami.Units.smallSpacing

    GatewayListModel {
        id: gateways
        session: chips.session
        account: chips.account
    }
    GatewayContactResolver {
        id: resolver
        session: chips.session
        account: chips.account
        onResolved: (legacyId, jid) => chips.resolved(legacyId, jid)
        onFailed: text => chips.failed(text)
    }

    Flow {
        Layout.fillWidth: true
        spacing: Kirigami.Units.smallSpacing
        Kirigami.Chip {
            objectName: "chip-xmpp"
            text: qsTr("XMPP")
            icon.name: "im-user"
            closable: false
            checkable: true
            checked: resolver.gateway.length === 0
            onClicked: resolver.gateway = ""
        }
        Repeater {
            model: gateways
            delegate: Kirigami.Chip {
                required property string jid
                required property string name
                required property string network
                objectName: "chip-" + jid
                text: DisplayText.asPlainText(name) // the gateway's own words: shown as written
                closable: false
                checkable: true
                checked: resolver.gateway === jid
                onClicked: resolver.gateway = jid
                Controls.ToolTip.text: jid
                Controls.ToolTip.visible: hovered
            }
        }
    }
}
