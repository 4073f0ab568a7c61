// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// Below a bounced message: why (the server's words among ours: plain text), and a way to retry.
RowLayout {
    id: failure

    required property string errorText

    signal retryRequested()

    spacing: Kirigami.Units.smallSpacing
    Controls.Label {
        Layout.fillWidth: true
        text: failure.errorText.length > 0 ? failure.errorText : qsTr("Not delivered")
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font: Kirigami.Theme.smallFont
        color: Kirigami.Theme.negativeTextColor
    }
    Controls.Button {
        text: qsTr("Retry")
        icon.name: "view-refresh"
        onClicked: failure.retryRequested()
    }
}
