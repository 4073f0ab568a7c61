// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami
import Isthmus.Core

// Over a chat with a contact behind a gateway: says when the gateway is unreachable or its login
// failed (what is sent waits in the outbox and goes once it is back), with a way to fix it.
Kirigami.InlineMessage {
    id: banner

    required property Session session
    property string account
    required property string jid

    signal fixRequested()

    objectName: "gatewayStateBanner"
    position: Kirigami.InlineMessage.Position.Header
    visible: gatewayState.down
    type: gatewayState.state === "connecting" ? Kirigami.MessageType.Information : Kirigami.MessageType.Warning

    readonly property string networkName: {
        const names = { irc: "IRC", telegram: "Telegram", signal: "Signal", whatsapp: "WhatsApp", matrix: "Matrix",
                        sms: qsTr("SMS"), pstn: qsTr("Phone"), discord: "Discord", slack: "Slack" }
        return names[gatewayState.network] ?? gatewayState.gateway
    }
    readonly property string headline: {
        switch (gatewayState.state) {
        case "connecting": return qsTr("%1 gateway is logging in — messages will wait").arg(banner.networkName)
        case "loginFailed": return qsTr("%1 login failed — messages will wait").arg(banner.networkName)
        }
        return qsTr("%1 gateway unreachable — messages will wait").arg(banner.networkName)
    }
    text: DisplayText.asPlainText(gatewayState.statusText.length > 0
                                  ? qsTr("%1 (%2)").arg(banner.headline).arg(gatewayState.statusText) : banner.headline)
    actions: [
        Kirigami.Action {
            text: qsTr("Networks")
            icon.name: "network-workgroup"
            visible: gatewayState.state !== "connecting"
            onTriggered: banner.fixRequested()
        }
    ]

    GatewayState {
        id: gatewayState
        session: banner.session
        account: banner.account
        jid: banner.jid
    }
}
