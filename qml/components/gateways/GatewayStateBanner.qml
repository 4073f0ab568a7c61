// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami
import Isthmus.Core

// Over a chat with a contact behind a gateway: says when the gateway is unreachable or its login
// failed (what is sent waits in the outbox and goes once it is back), with a way to fix it.
Kirigami.InlineMessage {
    id: banner

    required property RootController controllers
    property string account
    required property string jid

    signal fixRequested()

    objectName: "gatewayStateBanner"
    position: Kirigami.InlineMessage.Position.Header
    visible: gatewayState.down
    type: gatewayState.state === "connecting" ? Kirigami.MessageType.Information : Kirigami.MessageType.Warning

    text: gatewayState.fullText
    actions: [
        Kirigami.Action {
            text: qsTr("Networks")
            icon.name: "network-workgroup"
            visible: gatewayState.state !== "connecting"
            onTriggered: banner.fixRequested()
        }
    ]

    GatewayStateWords {
        id: gatewayState
        controllers: banner.controllers
        account: banner.account
        jid: banner.jid
    }
}
