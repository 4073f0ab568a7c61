// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import org.kde.kirigami as Kirigami

// What is left of a retracted message: a line saying so.
Controls.Label {
    required property bool outgoing

    text: outgoing ? qsTr("You retracted this message") : qsTr("This message was retracted")
    font.italic: true
    color: Kirigami.Theme.disabledTextColor
}
