// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

// Above the oldest message that was unread when the chat was opened.
RowLayout {
    spacing: Kirigami.Units.smallSpacing
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: Kirigami.Theme.negativeTextColor
    }
    Controls.Label {
        text: qsTr("New messages")
        font: Kirigami.Theme.smallFont
        color: Kirigami.Theme.negativeTextColor
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: 1
        color: Kirigami.Theme.negativeTextColor
    }
}
