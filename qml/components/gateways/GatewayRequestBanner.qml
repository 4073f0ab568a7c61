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
    // The requests to show one by one (a model), and the request model's row of one of them.
    readonly property var singles: batches.singles
    function sourceRow(row: int): int { return batches.sourceRow(row) }

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
            visible: true
            type: batch.isGateway ? Kirigami.MessageType.Information : Kirigami.MessageType.Warning
            // The gateway's name is its own words: shown as written.
            text: DisplayText.asPlainText(batch.isGateway ? qsTr("%1 wants to add %2 contacts").arg(batch.name).arg(batch.count)
                                                          : qsTr("%1 requests from %2, not a gateway").arg(batch.count).arg(batch.gateway))
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
                    onTriggered: batches.review(batch.index)
                }
            ]
        }
    }
}
