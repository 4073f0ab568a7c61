// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import org.kde.kirigami as Kirigami

Kirigami.ApplicationWindow {
    width: 900
    height: 640
    visible: true
    title: "Floor"
    pageStack.initialPage: Kirigami.Page {
        title: "Floor"
    }
}
