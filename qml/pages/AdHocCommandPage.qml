// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.formcard as FormCard
import Isthmus.Core

// The ad-hoc commands (XEP-0050) of one entity (a gateway, an IRC server, a contact): the list,
// then a run with its forms, notes and result tables, step by step. Everything shown is the
// entity's text, drawn as plain text.
Kirigami.ScrollablePage {
    id: page

    required property AdHocCommandController controller

    // The page heading draws plain text.
    title: page.controller.commandName.length > 0 ? page.controller.commandName
                                                  : qsTr("Commands of %1").arg(page.controller.jid)

    readonly property bool inRun: page.controller.commandName.length > 0

    Component.onCompleted: if (!page.inRun) page.controller.listCommands()

    actions: [
        Kirigami.Action {
            text: qsTr("Back")
            icon.name: "go-previous"
            visible: page.controller.canPrev
            onTriggered: page.controller.prev()
        },
        Kirigami.Action {
            text: qsTr("Next")
            icon.name: "go-next"
            visible: page.controller.canNext
            onTriggered: page.controller.next()
        },
        Kirigami.Action {
            text: qsTr("Finish")
            icon.name: "dialog-ok-apply"
            visible: page.controller.canComplete
            onTriggered: page.controller.complete()
        },
        Kirigami.Action {
            text: qsTr("Cancel")
            icon.name: "dialog-cancel"
            visible: page.controller.running
            onTriggered: page.controller.cancel()
        },
        Kirigami.Action {
            text: qsTr("All commands")
            icon.name: "view-list-details"
            visible: page.inRun && !page.controller.running
            onTriggered: {
                page.controller.reset()
                page.controller.listCommands()
            }
        }
    ]

    ColumnLayout {
        spacing: Kirigami.Units.largeSpacing

        Kirigami.InlineMessage {
            Layout.fillWidth: true
            visible: page.controller.errorText.length > 0
            type: Kirigami.MessageType.Error
            // The entity's or our words about it: plain text either way.
            text: DisplayText.asPlainText(page.controller.errorText)
        }

        Controls.BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: page.controller.state === "listing" || page.controller.state === "waiting"
            running: visible
        }

        // The list of commands, before a run.
        FormCard.FormCard {
            visible: !page.inRun && page.controller.commands.length > 0
            Repeater {
                model: page.controller.commands
                delegate: FormCard.FormButtonDelegate {
                    required property var modelData
                    text: DisplayText.asPlainText(modelData.name)
                    description: modelData.node
                    onClicked: page.controller.run(modelData.node, modelData.name, modelData.jid)
                }
            }
        }
        Kirigami.PlaceholderMessage {
            Layout.fillWidth: true
            visible: !page.inRun && page.controller.state === "idle" && page.controller.commands.length === 0
            text: qsTr("No commands")
        }

        // The entity's notes of this stage.
        Repeater {
            model: page.controller.notes
            delegate: Kirigami.InlineMessage {
                required property var modelData
                Layout.fillWidth: true
                visible: true
                type: modelData.type === "error" ? Kirigami.MessageType.Error
                    : modelData.type === "warn" ? Kirigami.MessageType.Warning : Kirigami.MessageType.Information
                text: DisplayText.asPlainText(modelData.text)
            }
        }

        DataFormView {
            Layout.fillWidth: true
            visible: page.controller.hasForm
            form: page.controller.form
            flickable: page.flickable
            onAccepted: {
                if (page.controller.canNext)
                    page.controller.next()
                else if (page.controller.canComplete)
                    page.controller.complete()
                else
                    page.controller.execute()
            }
        }

        // A result table (<reported> columns, one row per <item>).
        FormCard.FormCard {
            id: table
            visible: page.controller.tableColumns.length > 0
            GridLayout {
                Layout.fillWidth: true
                Layout.margins: Kirigami.Units.largeSpacing
                columns: Math.max(1, page.controller.tableColumns.length)
                columnSpacing: Kirigami.Units.largeSpacing
                rowSpacing: Kirigami.Units.smallSpacing
                Repeater {
                    model: page.controller.tableColumns
                    delegate: Controls.Label {
                        required property string modelData
                        text: modelData
                        textFormat: Text.PlainText
                        font.bold: true
                        Layout.fillWidth: true
                    }
                }
                Repeater {
                    // Row by row, cell by cell, in the grid's reading order.
                    model: {
                        const cells = []
                        for (const row of page.controller.tableRows)
                            for (const cell of row)
                                cells.push(cell)
                        return cells
                    }
                    delegate: Controls.Label {
                        required property string modelData
                        text: modelData
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
        Controls.Label {
            visible: page.controller.tableTruncated
            text: qsTr("Only the first rows are shown.")
        }

        Kirigami.PlaceholderMessage {
            Layout.fillWidth: true
            visible: page.inRun && (page.controller.state === "completed" || page.controller.state === "canceled")
                && page.controller.notes.length === 0 && page.controller.tableColumns.length === 0
                && !page.controller.hasForm
            text: page.controller.state === "completed" ? qsTr("Done") : qsTr("Canceled")
        }

        // A form on its last stage without <actions/>: the one way on is to send it.
        Controls.Button {
            Layout.alignment: Qt.AlignRight
            visible: page.controller.state === "executing" && !page.controller.canNext && !page.controller.canComplete
            text: qsTr("Send")
            onClicked: page.controller.execute()
        }
    }
}
