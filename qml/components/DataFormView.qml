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
// how many fields there are (500 froze the window for two minutes). So a row is built only when
// the page's scrolling area comes near it; until then it is an empty space of about its height.
// The values live in the model, so an unbuilt row still sends its default, and typing and Return
// reach rows that are not built yet by asking the model where to go.
ColumnLayout {
    id: view
    objectName: "dataForm"

    required property DataFormModel form
    // The page's scrolling area (Kirigami.ScrollablePage.flickable); without one, every row is built.
    property Flickable flickable
    // Enter in the last text field.
    signal accepted()

    spacing: 0

    // How many rows are built: the ones on screen or near it, and those once shown.
    property int builtCount: 0
    // The height of a built text row, for the space of the unbuilt ones (0: none built yet).
    property real textRowHeight: 0

    // Typing starts in the first field a person fills in, as soon as the form arrives.
    function focusFirstField() {
        view.focusRow(view.form.firstTextField())
    }
    // Return in a field: on to the first required field still empty, or send when none is.
    function advance() {
        const missing = view.form.firstMissingTextField()
        if (missing >= 0)
            view.focusRow(missing)
        else
            view.accepted()
    }
    function focusRow(index: int) {
        if (index < 0 || index >= view.form.count)
            return
        view.place(index + 1)
        const row = fields.itemAt(index) as FieldLoader
        row.wanted = true // built at once: a Loader is synchronous
        if (row.item)
            (row.item as Item).forceActiveFocus()
        view.reveal(row)
    }
    // Gives the first count rows their space in the form (rows are placed in order).
    function place(count: int) {
        const upTo = Math.min(count, view.form.count)
        if (upTo > placed.count)
            rows.items.addGroups(placed.count, upTo - placed.count, ["placed"])
    }
    // Scrolls the page so that the row is on screen.
    function reveal(row: Item) {
        const area = view.flickable
        if (!area || !view.visible)
            return
        column.forceLayout()
        const top = row.mapToItem(area.contentItem, 0, 0).y
        const bottom = top + row.height
        let y = area.contentY
        if (bottom > y + area.height)
            y = bottom - area.height
        if (top < y)
            y = top
        area.contentY = Math.max(0, Math.min(y, area.contentHeight - area.height))
    }
    // Builds the rows that are on screen, or within half a screen of it.
    function buildVisible() {
        if (!view.visible || fields.count === 0)
            return
        const area = view.flickable
        if (!area) {
            for (let i = 0; i < fields.count; ++i)
                (fields.itemAt(i) as FieldLoader).wanted = true
            return
        }
        column.forceLayout()
        const margin = area.height / 2
        const top = view.mapFromItem(area.contentItem, 0, area.contentY).y - margin
        const bottom = top + area.height + 2 * margin
        const rowTop = i => (fields.itemAt(i) as Item).mapToItem(view, 0, 0).y
        // Rows are laid out in order: the first one reaching the screen, by bisection.
        let low = 0
        let high = fields.count
        while (low < high) {
            const middle = (low + high) >> 1
            const row = fields.itemAt(middle) as Item
            if (rowTop(middle) + row.height < top)
                low = middle + 1
            else
                high = middle
        }
        // A few frames' worth of rows at a time, so the window keeps answering while a screenful
        // is built.
        const started = Date.now()
        for (let i = low; i < fields.count && rowTop(i) <= bottom; ++i) {
            const row = fields.itemAt(i) as FieldLoader
            if (row.wanted || !row.visible)
                continue
            if (Date.now() - started > 40) {
                buildMore.start()
                return
            }
            row.wanted = true
        }
    }
    // A field that gets the focus (Tab from the one above) comes on screen, and the rows near it
    // are built. One watcher for the whole form, not an object per row.
    Connections {
        target: view.Window.window
        function onActiveFocusItemChanged() {
            let item = view.Window.activeFocusItem
            while (item && item.parent !== fields.parent)
                item = item.parent
            if (item && item !== fields)
                view.reveal(item)
        }
    }
    // An empty space per row is cheap (500 in 24 ms), but a gateway decides how many there are
    // (a stanza holds thousands): rows are placed a slice per tick.
    Timer {
        id: placer
        interval: 16
        repeat: true
        triggeredOnStart: true
        running: view.visible && placed.count < view.form.count
        onTriggered: {
            const started = Date.now()
            while (placed.count < view.form.count && Date.now() - started < 30)
                view.place(placed.count + 25)
        }
    }
    Timer {
        id: buildMore
        interval: 16
        onTriggered: view.buildVisible()
    }
    Connections {
        target: view.form
        function onFormChanged() {
            Qt.callLater(view.buildVisible)
            Qt.callLater(view.focusFirstField)
        }
    }
    Connections {
        target: view.flickable
        function onContentYChanged() { Qt.callLater(view.buildVisible) }
        function onHeightChanged() { Qt.callLater(view.buildVisible) }
    }
    // Built rows are taller or shorter than their space was: look again once they are laid out.
    onHeightChanged: Qt.callLater(view.buildVisible)
    onVisibleChanged: Qt.callLater(view.buildVisible)
    Component.onCompleted: {
        Qt.callLater(view.buildVisible)
        Qt.callLater(view.focusFirstField)
    }

    // The rows' type, so that the functions above can reach a row's field and loaded item.
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
        // Set once the row comes near the screen (or gets the focus); never unset.
        property bool wanted: false
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

        // A positioner, not a layout: a ColumnLayout of 500 rows took 0.5 s per layout pass.
        Column {
            id: column
            Layout.fillWidth: true

            Repeater {
                id: fields
                model: DelegateModel {
                    id: rows
                    model: view.form
                    groups: DelegateModelGroup {
                        id: placed
                        name: "placed"
                        includeByDefault: false
                    }
                    filterOnGroup: "placed"
                    delegate: fieldRow
                }
            }
        }
    }

    Component {
        id: fieldRow
        FieldLoader {
            id: row

            // The server's words, in labels that would render markup: escaped.
            readonly property string shownLabel: DisplayText.asPlainText(isRequired ? qsTr("%1 (required)").arg(label) : label)
            readonly property string shownDescription: DisplayText.asPlainText(description)

            // Until built: about the height of its kind of row, so the page's length
            // and its scroll bar are nearly right.
            readonly property real roughHeight: {
                if (image.length > 0 || qrCode.length > 0)
                    return Kirigami.Units.gridUnit * 15
                switch (type) {
                case "boolean":
                case "fixed": return Kirigami.Units.gridUnit * 2.5
                case "text-multi":
                case "list-multi":
                case "jid-multi": return Kirigami.Units.gridUnit * 6
                default: return view.textRowHeight > 0 ? view.textRowHeight : Kirigami.Units.gridUnit * 4
                }
            }

            width: column.width
            height: status === Loader.Ready ? (item as Item).implicitHeight : roughHeight
            active: wanted && type !== "hidden"
            visible: type !== "hidden"
            onLoaded: {
                view.builtCount++
                if (view.textRowHeight === 0 && (type === "text-single" || type === "text-private"))
                    view.textRowHeight = (row.item as Item).implicitHeight // a value: rows come and go
            }
            Component.onDestruction: if (status === Loader.Ready) view.builtCount--

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
