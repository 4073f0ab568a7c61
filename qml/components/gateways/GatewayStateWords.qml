// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Isthmus.Core

// A contact's gateway state in words: the chat's banner and the rows of the chat list and the
// roster say the same thing about a gateway that is down, logging in or failed its login.
GatewayState {
    id: words

    readonly property string networkName: (words.network.length > 0 ? NetworkNames.title(words.network) : "") || words.gateway
    readonly property string headline: {
        switch (words.state) {
        case "connecting": return qsTr("%1 gateway is logging in — messages will wait").arg(words.networkName)
        case "loginFailed": return qsTr("%1 login failed — messages will wait").arg(words.networkName)
        }
        return qsTr("%1 gateway unreachable — messages will wait").arg(words.networkName)
    }
    // The headline and the gateway's own words, as plain text.
    readonly property string fullText: DisplayText.asPlainText(words.statusText.length > 0
        ? qsTr("%1 (%2)").arg(words.headline).arg(words.statusText) : words.headline)
}
