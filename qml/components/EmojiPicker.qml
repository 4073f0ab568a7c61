// SPDX-License-Identifier: GPL-3.0-or-later
// A popup of common emoji by category; the chosen one is inserted where the cursor is. Arrow keys
// move through the grid, Enter picks, Escape closes.
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as Controls
import QtQuick.Layouts
import org.kde.kirigami as Kirigami

Controls.Popup {
    id: picker

    signal picked(emoji: string)

    // Color emoji where the system has them (Qt 6.8 may otherwise pick a monochrome symbol font).
    readonly property string emojiFamily: "Noto Color Emoji"

    readonly property var categories: [
        { name: qsTr("Smileys"), icon: "face-smile", emoji: "😀 😃 😄 😁 😆 😅 😂 🤣 🙂 🙃 😉 😊 😇 🥰 😍 🤩 😘 😋 😛 😜 🤪 🤗 🤭 🤫 🤔 😐 😑 😶 😏 😒 🙄 😬 😌 😔 😪 😴 😷 🤒 🤯 🥳 😎 🤓 😕 😟 🙁 😮 😲 😳 🥺 😢 😭 😱 😖 😣 😞 😓 😩 😫 🥱 😤 😡 😠 🤬".split(" ") },
        { name: qsTr("People"), icon: "im-user", emoji: "👋 🤚 ✋ 🖖 👌 🤌 🤏 ✌️ 🤞 🤟 🤘 🤙 👈 👉 👆 👇 👍 👎 ✊ 👊 👏 🙌 👐 🤲 🤝 🙏 💪 🧠 👀 👶 🧒 👦 👧 🧑 👱 👨 👩 🧓 👴 👵 🧗 🚴 🏃 💃 🕺".split(" ") },
        { name: qsTr("Hearts"), icon: "emblem-favorite", emoji: "❤️ 🧡 💛 💚 💙 💜 🖤 🤍 🤎 💔 ❣️ 💕 💞 💓 💗 💖 💘 💝 💯 💢 💥 💫 💦 💨 🔥 ✨ ⭐ 🌟 🎉 🎊 🎈 🎁".split(" ") },
        { name: qsTr("Nature"), icon: "weather-clear", emoji: "🐶 🐱 🐭 🐹 🐰 🦊 🐻 🐼 🐨 🐯 🦁 🐮 🐷 🐸 🐵 🐔 🐧 🐦 🦆 🦉 🐝 🦋 🐌 🐞 🌸 🌷 🌹 🌻 🌼 🌲 🌳 🌴 🌵 🍀 🍁 🍂 ☀️ 🌤️ ⛅ 🌧️ ⛈️ ❄️ 🌈 🌙".split(" ") },
        { name: qsTr("Food"), icon: "food", emoji: "🍎 🍐 🍊 🍋 🍌 🍉 🍇 🍓 🍒 🍑 🥭 🍍 🥥 🥝 🍅 🥑 🥦 🥕 🌽 🍞 🥐 🧀 🥚 🍳 🥞 🥓 🍔 🍟 🍕 🌭 🥪 🌮 🍝 🍜 🍣 🍰 🎂 🍪 🍫 🍿 ☕ 🍵 🍺 🍻 🍷 🥂".split(" ") },
        { name: qsTr("Things"), icon: "applications-other", emoji: "⚽ 🏀 🏈 🎾 🏐 🎮 🎲 🎯 🎸 🎹 🎧 📷 💻 ⌨️ 📱 ☎️ 💡 🔦 📚 📖 ✏️ 📝 📌 📎 🔑 🔒 🧰 🔧 🔨 ⏰ ⌛ 📅 ✉️ 📦 🚗 🚲 🚆 ✈️ 🚀 🏠 🏔️ ⛺ 🗺️ ✅ ❌ ❓ ❗ ➕ ➖".split(" ") }
    ]
    property int category: 0

    width: Kirigami.Units.gridUnit * 19
    height: Kirigami.Units.gridUnit * 16
    padding: Kirigami.Units.smallSpacing
    focus: true

    onOpened: grid.forceActiveFocus()

    contentItem: ColumnLayout {
        spacing: Kirigami.Units.smallSpacing

        RowLayout {
            spacing: 0
            Repeater {
                model: picker.categories
                delegate: Controls.ToolButton {
                    required property var modelData
                    required property int index
                    icon.name: modelData.icon
                    checkable: true
                    checked: picker.category === index
                    onClicked: {
                        picker.category = index
                        grid.currentIndex = 0
                        grid.forceActiveFocus()
                    }
                    Controls.ToolTip.text: modelData.name
                    Controls.ToolTip.visible: hovered
                    Accessible.name: modelData.name
                }
            }
        }

        GridView {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            cellWidth: Kirigami.Units.gridUnit * 2
            cellHeight: Kirigami.Units.gridUnit * 2
            model: picker.categories[picker.category].emoji
            keyNavigationEnabled: true
            highlight: Rectangle {
                color: Kirigami.Theme.highlightColor
                opacity: 0.3
                radius: Kirigami.Units.smallSpacing
            }
            Keys.onReturnPressed: picker.choose(model[currentIndex])
            Keys.onEnterPressed: picker.choose(model[currentIndex])
            Controls.ScrollBar.vertical: Controls.ScrollBar {}

            delegate: Controls.ToolButton {
                required property string modelData
                width: grid.cellWidth
                height: grid.cellHeight
                text: modelData
                font.family: picker.emojiFamily
                font.pointSize: Kirigami.Theme.defaultFont.pointSize * 1.4
                onClicked: picker.choose(modelData)
                Accessible.name: modelData
            }
        }
    }

    function choose(emoji: string) {
        picker.picked(emoji)
        picker.close()
    }
}
