// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as Controls
import org.kde.kirigami as Kirigami

// Below a message of ours that a stage of the outgoing chain holds back (no encryption key for
// the contact, say): why it has not gone out yet. It goes by itself once the reason is gone.
Controls.Label {
    id: held

    required property string reason

    objectName: "heldLine"
    text: qsTr("Waiting: %1").arg(qsTranslate("OmemoReason", held.reason)) // core's reasons: OmemoError.h
    textFormat: Text.PlainText // the stage's words may quote the network's
    wrapMode: Text.Wrap
    horizontalAlignment: Text.AlignRight
    font: Kirigami.Theme.smallFont
    color: Kirigami.Theme.neutralTextColor
}
