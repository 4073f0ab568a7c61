// SPDX-License-Identifier: GPL-3.0-or-later
// One stored chat message as the store and the models see it.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

enum class MessageState : int {
    Pending = 0, // in the outbox, not yet acknowledged by the server
    Sent = 1, // acknowledged by the server (stream management)
    Delivered = 2, // receipt from the recipient (XEP-0184)
    Read = 3, // displayed marker (XEP-0333)
    Failed = 4,
    Received = 5, // incoming
};

// What a stored message is. Anything but Text is content Isthmus cannot show yet: it is kept as a
// line saying so (with an empty body) rather than dropped, so nobody is left unaware it came.
enum class MessageKind : int {
    Text = 0,
    UnsupportedFile = 1, // XEP-0447 file share or XEP-0066 link without a body
    UnsupportedSticker = 2, // XEP-0449
    UnsupportedOther = 3, // a payload of a protocol we do not know
    Undecryptable = 4, // an encrypted message this device cannot read: errorText says why
    // A line from Isthmus, not from the sender: the contact (sender) added an OMEMO device; body
    // is its device id. Trusted blindly (no key of the contact verified yet) or not yet.
    NewDeviceTrusted = 5,
    NewDeviceUntrusted = 6,
};

// Whether a stored line counts as unread and may notify. A device added while trust is still
// blind asks nothing of the reader, so its line is quiet; one that is not trusted yet is news: the
// contact's new device gets nothing until the reader decides.
constexpr bool isNews(MessageKind kind)
{
    return kind != MessageKind::NewDeviceTrusted;
}

// How a message travelled (stored values: never renumber).
enum class MessageEncryption : int {
    None = 0,
    OmemoLegacy = 1, // eu.siacs.conversations.axolotl
    Omemo2 = 2, // urn:xmpp:omemo:2
    PlainInEncryptedChat = 3, // came unencrypted although the chat is encrypted: marked as such
};

struct Message
{
    qint64 id = 0; // row id, 0 until stored
    qint64 chatId = 0;
    QString account; // own bare JID
    QString chatJid; // the peer's bare JID
    QString sender; // bare JID of the author
    bool outgoing = false;
    QString body;
    qint64 timestamp = 0; // ms since the epoch, UTC
    // How much later than `timestamp` it may really have been: servers often stamp delayed
    // messages with whole seconds. The store's order key may fall anywhere in that range.
    int timestampSlackMs = 0;
    qint64 sortKey = 0; // the place in its chat, set by the store (see MessageOrder)
    QString originId; // XEP-0359 origin-id (our own id when outgoing)
    QString messageId; // the stanza's id attribute (markers and receipts refer to it)
    QString stanzaId; // XEP-0359 stanza-id issued by stanzaIdBy
    QString stanzaIdBy;
    MessageState state = MessageState::Received;
    bool edited = false; // corrected after it was sent (XEP-0308)
    bool retracted = false; // withdrawn by its sender (XEP-0424); body is empty then
    QString replyToId; // the message this one answers (XEP-0461), by the id the sender used
    QString replyToJid; // the answered message's author as the sender wrote it (may be a full JID)
    // The quote the sender put into the body for clients without replies (XEP-0461 fallback,
    // XEP-0428), without its "> " markers: shown when the answered message is not here.
    QString replyFallback;
    MessageKind kind = MessageKind::Text;
    QString errorText; // outgoing and Failed, or Undecryptable: why, in words
    // Outgoing and Pending: why a stage of the outgoing chain holds it, in words ("" when not).
    QString holdReason;
    MessageEncryption encryption = MessageEncryption::None;
    QStringList reactions; // one emoji per reacting person and emoji, filled by pages for the UI
    QStringList ownReactions; // the account's own among them
};

// Where a history page ends: the (sort key, id) keyset of its oldest row.
struct PageCursor
{
    qint64 sortKey = std::numeric_limits<qint64>::max();
    qint64 id = std::numeric_limits<qint64>::max();
};

Q_DECLARE_METATYPE(Message)
