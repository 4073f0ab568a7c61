// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import Isthmus.Core

// A gateway asking to add its network's contacts (one request each, hundreds after a sign-in):
// one banner and one decision per gateway. A flood from elsewhere: one banner that only denies.
// Review shows the separate requests instead.
ColumnLayout {
    id: banner

    required property Session session
    // "account|gateway" of the batches the person chose to review one by one.
    property var reviewing: []

    // Whether a single request's own row stays hidden behind its gateway's banner.
    function hides(account: string, jid: string): bool {
        return batches.count > 0 && batches.covers(account, jid)
            && !banner.reviewing.includes(account + "|" + jid.substring(jid.indexOf("@") + 1).toLowerCase())
    }

    spacing: 0

    GatewayRequestBatches {
        id: batches
        session: banner.session
    }

    Repeater {
        model: batches
        delegate: Kirigami.InlineMessage {
            id: batch
            required property int index
            required property string account
            required property string gateway
            required property string name
            required property int count
            required property bool isGateway
            objectName: batch.isGateway ? "gatewayRequestBatch" : "requestFlood"
            Layout.fillWidth: true
            position: Kirigami.InlineMessage.Position.Header
            visible: !banner.reviewing.includes(batch.account + "|" + batch.gateway)
            type: batch.isGateway ? Kirigami.MessageType.Information : Kirigami.MessageType.Warning
            // The gateway's name is its own words: shown as written.
            text: DisplayText.asPlainText(batch.isGateway ? qsTr("%1 wants to add %2 contacts").arg(batch.name).arg(batch.count)
                                                          : qsTr("%1 requests to add you from %2, which is no gateway you use").arg(batch.count).arg(batch.gateway))
            actions: [
                Kirigami.Action {
                    text: qsTr("Accept all")
                    icon.name: "dialog-ok-apply"
                    visible: batch.isGateway
                    onTriggered: batches.acceptAll(batch.index)
                },
                Kirigami.Action {
                    text: qsTr("Deny all")
                    icon.name: "dialog-cancel"
                    visible: !batch.isGateway
                    onTriggered: batches.denyAll(batch.index)
                },
                Kirigami.Action {
                    text: qsTr("Review")
                    icon.name: "view-list-details"
                    onTriggered: banner.reviewing = banner.reviewing.concat([batch.account + "|" + batch.gateway])
                }
            ]
        }
    }
}
