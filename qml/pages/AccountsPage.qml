// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import org.kde.kirigamiaddons.formcard as FormCard
import Isthmus.Core
import "../components"

// The accounts on their own page (Ctrl+Shift+A) until the settings page hosts AccountsSection.
FormCard.FormCardPage {
    id: page

    required property Session session

    title: qsTr("Accounts")

    AccountsSection {
        Layout.fillWidth: true
        Layout.topMargin: 0
        session: page.session
    }
}
