// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import Isthmus.Core

// The other networks each account's server reaches through gateways (Telegram, Signal, IRC…):
// whether the account is signed in to each and whether the gateway is up, with what to do
// about it: sign in, change the sign-in, leave the network, run the gateway's commands.
Kirigami.ScrollablePage {
    id: page

    required property Session session
    readonly property Main app: Controls.ApplicationWindow.window as Main

    title: qsTr("Networks")

    function signIn(account: string, gateway: string, name: string) {
        page.app.pageStack.push(Qt.resolvedUrl("GatewaySignInPage.qml"), {
            session: page.session, account: account, gateway: gateway, gatewayName: name
        })
    }

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Repeater {
            model: page.session.accounts
            delegate: ColumnLayout {
                id: accountSection
                required property string modelData
                Layout.fillWidth: true
                spacing: 0

                GatewayListModel {
                    id: gateways
                    session: page.session
                    account: accountSection.modelData
                }

                FormCard.FormHeader {
                    visible: page.session.accounts.length > 1
                    title: accountSection.modelData
                }
                FormCard.FormCard {
                    visible: gateways.count > 0
                    Repeater {
                        model: gateways
                        delegate: GatewayRow {
                            session: page.session
                            account: accountSection.modelData
                            onSignInRequested: (jid, name) => page.signIn(accountSection.modelData, jid, name)
                            onCommandsRequested: jid => page.app.showCommands(jid, accountSection.modelData)
                            onRemoveRequested: (jid, name) => {
                                removeDialog.account = accountSection.modelData
                                removeDialog.gateway = jid
                                removeDialog.gatewayName = name
                                removeDialog.open()
                            }
                        }
                    }
                }
                Kirigami.PlaceholderMessage {
                    Layout.fillWidth: true
                    visible: gateways.count === 0
                    icon.name: "network-workgroup" // qmllint disable unresolved-type unqualified missing-property
                    text: qsTr("No gateways")
                    explanation: qsTr("%1's server offers no gateways to other networks.").arg(accountSection.modelData)
                }
            }
        }
    }

    GatewayRemoveDialog {
        id: removeDialog
        session: page.session
        onRemoved: text => page.app.showPassiveNotification(text)
    }
}
