// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami

// Above the first message of a day: "Today", "Yesterday" or the date.
Kirigami.ListSectionHeader {
    id: header

    required property var day

    text: {
        const today = new Date()
        const yesterday = new Date(today.getTime() - 86400000)
        const day = new Date(header.day)
        if (day.toDateString() === today.toDateString())
            return qsTr("Today")
        if (day.toDateString() === yesterday.toDateString())
            return qsTr("Yesterday")
        return day.toLocaleDateString(Qt.locale(), Locale.LongFormat)
    }
}
