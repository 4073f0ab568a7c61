// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import Isthmus.Core

// A text message's body. The markup comes from the model (bodyHtml): every character of the
// remote body is escaped before the XEP-0393 styling tags (and https/xmpp/geo links) are added, so
// nothing the sender writes can become markup, an image or a request.
Controls.Label {
    id: body

    required property string bodyHtml

    text: bodyHtml
    // Markup built by Xep0393StylingParser::toSafeHtml from escaped text only.
    textFormat: Text.StyledText
    wrapMode: Text.Wrap
    onLinkActivated: (link) => {
        // The renderer only links these schemes; check again before anything leaves the app.
        if (DisplayText.isOpenableLink(link))
            Qt.openUrlExternally(link)
    }
    // A cursor without a HoverHandler: Qt 6.8 keeps every hover delivery to a HoverHandler in a
    // list that only a click empties (QTBUG-135975); under a resting mouse, while messages came
    // in, that list grew by about a megabyte every ten minutes. No buttons: clicks reach the links.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.NoButton
        cursorShape: body.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
    }
}
