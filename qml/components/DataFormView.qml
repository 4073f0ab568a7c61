// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import QtQml.Models
import org.kde.kirigami as Kirigami
import org.kde.kirigamiaddons.delegates as Delegates
import org.kde.kirigamiaddons.formcard as FormCard
import org.kde.prison as Prison
import Isthmus.Core

// A data form (XEP-0004) from a server, drawn as a form card: one row per field, by its type.
// Every text in it comes from the server, so it is shown as plain text.
// A field row costs milliseconds to build (up to 0.2 s on a busy machine), and a gateway decides
// how many fields there are (500 froze the window for two minutes): the first rows are built a
// slice per timer tick, the rest only when the person asks for them. Those are built in one go:
// in slices, every slice costs the growing column a new layout and frame, which made 460 rows take
// several times longer.
ColumnLayout {
    id: view
    objectName: "dataForm"

    required property DataFormModel form
    // Enter in the last text field.
    signal accepted()

    spacing: 0

    // Rows built without asking: more than any real sign-in or command form has.
    property int firstRows: 40
    property bool showingAll: false
    // How many of the form's fields have their row built yet, and how many are to be.
    readonly property int builtCount: shown.count
    readonly property int targetCount: view.showingAll ? view.form.count : Math.min(view.form.count, view.firstRows)
    readonly property bool complete: shown.count === view.form.count

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
    // Return in a field: on to the first required field still empty, or send when none is (not
    // while rows are still being built: one of those may be required).
    function advance() {
        if (!view.complete)
            return
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
        function onFormChanged() {
            view.showingAll = false
            builder.firstSlice = true
        }
    }

    // Adds rows to the built group for a few frames' time per tick (each slice costs the column a
    // new layout, so not one row per tick), all the asked-for rest at once after one frame that
    // shows the busy line; the first slice moves the focus into the form.
    Timer {
        id: builder
        property bool firstSlice: true
        interval: view.showingAll ? 100 : 16
        repeat: true
        running: shown.count < view.targetCount
        triggeredOnStart: !view.showingAll
        onTriggered: {
            const started = Date.now()
            if (view.showingAll)
                rows.items.addGroups(shown.count, view.targetCount - shown.count, ["shown"])
            while (shown.count < view.targetCount && Date.now() - started < 40)
                rows.items.addGroups(shown.count, 1, ["shown"])
            if (firstSlice) {
                firstSlice = false
                view.focusFirstField()
            }
        }
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
            model: DelegateModel {
                id: rows
                model: view.form
                groups: DelegateModelGroup {
                    id: shown
                    name: "shown"
                    includeByDefault: false
                }
                filterOnGroup: "shown"
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

    FormCard.FormCard {
        Layout.topMargin: Kirigami.Units.largeSpacing
        visible: !view.showingAll && view.form.count > view.firstRows
        FormCard.FormButtonDelegate {
            objectName: "showAllFields"
            text: qsTr("Show all %1 fields").arg(view.form.count)
            description: qsTr("This form is unusually long; the first %1 fields are shown.").arg(view.firstRows)
            onClicked: view.showingAll = true
        }
    }
    RowLayout {
        objectName: "formBuildBusy"
        Layout.margins: Kirigami.Units.largeSpacing
        visible: view.showingAll && !view.complete
        Controls.BusyIndicator {
            running: parent.visible
        }
        Controls.Label {
            text: qsTr("Adding %1 more fields…").arg(view.form.count - view.builtCount)
        }
    }
}
