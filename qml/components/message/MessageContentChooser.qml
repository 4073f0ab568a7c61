// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick

// What a message's bubble shows, picked by its kind: the styled text, the line for content
// Isthmus cannot show yet, or the retraction notice. A new kind (a file, an encryption notice)
// is one new component and one more case here.
Loader {
    id: chooser

    required property int kind // MessageKind: 0 text, 1..3 content we cannot show yet
    required property bool retracted
    required property bool outgoing
    required property string bodyHtml
    // Who sent it, as the person knows them.
    required property string senderName

    // Undecryptable (kind 4): why, in words.
    property string errorText
    // New device (kinds 5 and 6): its id, the message's body.
    property string body

    // A new-device line asks for the contact's devices page.
    signal devicesRequested

    sourceComponent: retracted ? retractedContent : kind === 0 ? textContent : kind === 4 ? undecryptableContent : kind === 5 || kind === 6 ? newDeviceContent : unsupportedContent

    Component {
        id: textContent
        TextContent {
            bodyHtml: chooser.bodyHtml
        }
    }
    Component {
        id: retractedContent
        RetractedContent {
            outgoing: chooser.outgoing
        }
    }
    Component {
        id: undecryptableContent
        UndecryptableContent {
            reason: chooser.errorText
            senderName: chooser.senderName
        }
    }
    Component {
        id: newDeviceContent
        NewDeviceContent {
            trusted: chooser.kind === 5
            senderName: chooser.senderName
            deviceId: chooser.body
            onDevicesRequested: chooser.devicesRequested()
        }
    }
    Component {
        id: unsupportedContent
        UnsupportedContent {
            kind: chooser.kind
            outgoing: chooser.outgoing
            senderName: chooser.senderName
        }
    }
}
