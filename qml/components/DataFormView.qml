// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates
import org.kde.kirigamiaddons.formcard as FormCard
import org.kde.prison as Prison
import Isthmus.Core

// A data form (XEP-0004) from a server, drawn as a form card: one row per field, by its type.
// Every text in it comes from the server, so it is shown as plain text.
ColumnLayout {
    id: view

    required property DataFormModel form
    // Enter in the last text field.
    signal accepted()

    spacing: 0

    // Typing starts in the first field a person fills in, as soon as the form arrives.
    function focusFirstField() {
        for (let i = 0; i < fields.count; ++i) {
            const row = fields.itemAt(i) as FieldLoader
            if (row && row.item && (row.type === "text-single" || row.type === "text-private" || row.type === "jid-single")) {
                (row.item as Item).forceActiveFocus()
                return
            }
        }
    }
    // Return in a field: on to the first required field still empty, or send when none is.
    function advance() {
        for (let i = 0; i < fields.count; ++i) {
            const row = fields.itemAt(i) as FieldLoader
            if (row && row.item && row.isRequired && String(row.value).length === 0
                    && (row.type === "text-single" || row.type === "text-private" || row.type === "jid-single")) {
                (row.item as Item).forceActiveFocus()
                return
            }
        }
        view.accepted()
    }
    Connections {
        target: view.form
        function onFormChanged() { Qt.callLater(view.focusFirstField) }
    }

    // The rows' type, so that the loops above can read a row's field and loaded item.
    component FieldLoader: Loader {
        required property int index
        required property string key
        required property string type
        required property string label
        required property string description
        required property var value
        required property bool isRequired
        required property var options
        required property string image
        required property string qrCode
    }

    FormCard.FormHeader {
        visible: view.form.title.length > 0
        title: DisplayText.asPlainText(view.form.title)
    }

    FormCard.FormCard {
        FormCard.FormTextDelegate {
            visible: view.form.instructions.length > 0
            text: view.form.instructions
            textItem.textFormat: Text.PlainText
            textItem.wrapMode: Text.Wrap
        }

        Repeater {
            id: fields
            model: view.form
            delegate: FieldLoader {
                id: row

                // The server's words, in labels that would render markup: escaped.
                readonly property string shownLabel: DisplayText.asPlainText(isRequired ? qsTr("%1 (required)").arg(label) : label)
                readonly property string shownDescription: DisplayText.asPlainText(description)

                Layout.fillWidth: true
                active: type !== "hidden"
                visible: active
                sourceComponent: {
                    if (image.length > 0 || qrCode.length > 0)
                        return mediaField
                    switch (type) {
                    case "text-private": return passwordField
                    case "boolean": return checkField
                    case "list-single": return choiceField
                    case "fixed": return fixedText
                    case "text-multi":
                    case "list-multi":
                    case "jid-multi": return multiLineField
                    default: return textField
                    }
                }

                Component {
                    id: textField
                    FormCard.FormTextFieldDelegate {
                        label: row.shownLabel
                        text: row.value
                        placeholderText: row.description
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                        onTextChanged: view.form.setValue(row.index, text)
                        onAccepted: view.advance()
                        Accessible.name: row.label
                    }
                }
                Component {
                    id: passwordField
                    FormCard.FormPasswordFieldDelegate {
                        label: row.shownLabel
                        text: row.value
                        placeholderText: row.description
                        onTextChanged: view.form.setValue(row.index, text)
                        onAccepted: view.advance()
                        Accessible.name: row.label
                    }
                }
                Component {
                    id: checkField
                    FormCard.FormCheckDelegate {
                        text: row.shownLabel
                        description: row.shownDescription
                        checked: row.value === true
                        onToggled: view.form.setValue(row.index, checked)
                    }
                }
                Component {
                    id: choiceField
                    FormCard.FormComboBoxDelegate {
                        id: choice
                        text: row.shownLabel
                        description: row.shownDescription
                        model: row.options
                        textRole: "label"
                        // The choices are the server's words: the stock entries show them as
                        // rich text when they look like markup (an <img> fetched its URL), these
                        // as written. The chosen one also feeds a hidden rich-text label inside
                        // the delegate: there a look-alike stands in for "<", so no tag forms.
                        displayMode: FormCard.FormComboBoxDelegate.ComboBox
                        displayText: choice.currentText.replace(/</g, "\u2039")
                        comboBoxDelegate: Delegates.RoundedItemDelegate {
                            id: choiceEntry
                            required property var modelData
                            required property int index
                            implicitWidth: ListView.view ? ListView.view.width : Kirigami.Units.gridUnit * 16
                            text: choiceEntry.modelData.label
                            highlighted: choice.highlightedIndex === choiceEntry.index
                            contentItem: Delegates.DefaultContentItem {
                                itemDelegate: choiceEntry
                                labelItem.textFormat: Text.PlainText
                            }
                        }
                        valueRole: "value"
                        currentIndex: Math.max(0, indexOfValue(row.value))
                        onActivated: view.form.setValue(row.index, currentValue)
                        Component.onCompleted: {
                            // The server's default, or the first choice, is what gets sent.
                            if (row.value === "" && row.options.length > 0)
                                view.form.setValue(row.index, row.options[0].value)
                        }
                    }
                }
                Component {
                    // A QR code or picture the gateway shows with the field (a data: image only,
                    // see DataFormModel::ImageRole), with the field's text below it.
                    id: mediaField
                    FormCard.AbstractFormDelegate {
                        background: null
                        contentItem: ColumnLayout {
                            Image {
                                visible: row.image.length > 0
                                Layout.alignment: Qt.AlignHCenter
                                Layout.preferredWidth: Kirigami.Units.gridUnit * 12
                                Layout.preferredHeight: Kirigami.Units.gridUnit * 12
                                source: row.image
                                fillMode: Image.PreserveAspectFit
                                smooth: false // a QR code stays sharp
                                Accessible.name: row.label
                            }
                            // Drawn here from its text: the gateway's link to a picture is never fetched.
                            Prison.Barcode {
                                objectName: "qrCode"
                                visible: row.image.length === 0
                                Layout.alignment: Qt.AlignHCenter
                                Layout.preferredWidth: Kirigami.Units.gridUnit * 12
                                Layout.preferredHeight: Kirigami.Units.gridUnit * 12
                                barcodeType: Prison.Barcode.QRCode
                                content: row.qrCode
                                foregroundColor: "black"
                                backgroundColor: "white"
                                Accessible.name: row.label
                            }
                            Controls.Label {
                                Layout.fillWidth: true
                                text: row.label + (String(row.value).length > 0 ? "\n" + row.value : "")
                                textFormat: Text.PlainText
                                wrapMode: Text.Wrap
                                horizontalAlignment: Text.AlignHCenter
                            }
                        }
                    }
                }
                Component {
                    id: fixedText
                    FormCard.FormTextDelegate {
                        text: row.value
                        textItem.textFormat: Text.PlainText
                        textItem.wrapMode: Text.Wrap
                    }
                }
                Component {
                    id: multiLineField
                    FormCard.FormTextAreaDelegate {
                        label: row.shownLabel
                        text: row.value
                        placeholderText: row.description
                        onTextChanged: view.form.setValue(row.index, text)
                    }
                }
            }
        }
    }
}
