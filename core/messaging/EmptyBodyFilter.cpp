// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyBodyFilter.h"

#include <QDomElement>
#include <QXmppElement.h>
#include <QXmppMessage.h>

#include "capability/ReceivedMessage.h"

namespace {
// Elements that travel beside or instead of content without being any: protocol plumbing of
// features we do not have (or handle elsewhere), and what servers add on the way (ejabberd's
// <archived/> on every stored stanza, receipts included). A person has nothing to see of them.
const QStringList plumbingNamespaces {
    QStringLiteral("urn:xmpp:mam:tmp"),
    QStringLiteral("urn:xmpp:mam:1"),
    QStringLiteral("urn:xmpp:mam:2"), // a result not from our archive (a forgery) was refused
    QStringLiteral("urn:xmpp:carbons:2"), // likewise a carbon not from our account
    QStringLiteral("urn:xmpp:forward:0"),
    QStringLiteral("jabber:x:event"), // XEP-0022, legacy typing events
    QStringLiteral("http://jabber.org/protocol/nick"),
    QStringLiteral("http://jabber.org/protocol/address"),
    QStringLiteral("http://jabber.org/protocol/muc#user"), // group chat status and invitations
    QStringLiteral("http://jabber.org/protocol/pubsub#event"),
    QStringLiteral("urn:xmpp:styling:0"),
    QStringLiteral("urn:xmpp:message-moderate:0"),
    QStringLiteral("urn:xmpp:message-moderate:1"),
    // OMEMO key transport and heartbeats carry keys only; a message we cannot decrypt has a body.
    QStringLiteral("eu.siacs.conversations.axolotl"),
    QStringLiteral("urn:xmpp:omemo:2"),
};
const QString stickerNamespace = QStringLiteral("urn:xmpp:stickers:0");
const QString fileSharingNamespace = QStringLiteral("urn:xmpp:sfs:0");

QString namespaceOf(const QXmppElement &element)
{
    const QString fromDom = element.sourceDomElement().namespaceURI();
    return fromDom.isEmpty() ? element.attribute(QStringLiteral("xmlns")) : fromDom;
}
} // namespace

MessageKind EmptyBodyFilter::contentKind(const QXmppMessage &stanza)
{
    // Sources attached to an earlier file share (XEP-0447 via XEP-0367) add to that message.
    if (!stanza.attachId().isEmpty()) {
        return MessageKind::Text;
    }
    bool sticker = false;
    bool fileSharing = !stanza.sharedFiles().isEmpty() || !stanza.outOfBandUrl().isEmpty();
    // An element we do not know is a payload for a person only when its sender wants to hear
    // that it arrived (a receipt request, XEP-0184, or markable, XEP-0333), as clients mark
    // content: we acknowledge it, so it must not vanish. Unmarked, it is someone's plumbing.
    const bool content = stanza.isReceiptRequested() || stanza.isMarkable();
    bool unknown = false;
    const auto extensions = stanza.extensions();
    for (const QXmppElement &element : extensions) {
        const QString ns = namespaceOf(element);
        if (ns == stickerNamespace) {
            sticker = true;
        } else if (ns == fileSharingNamespace) {
            fileSharing = true;
        } else if (content && !plumbingNamespaces.contains(ns)) {
            unknown = true;
        }
    }
    if (sticker) {
        return MessageKind::UnsupportedSticker;
    }
    if (fileSharing) {
        return MessageKind::UnsupportedFile;
    }
    return unknown ? MessageKind::UnsupportedOther : MessageKind::Text;
}

bool EmptyBodyFilter::process(ReceivedMessage &received)
{
    // A kind an earlier stage chose (an undecryptable message) is content without a body.
    if (!received.message.body.trimmed().isEmpty() || received.message.kind != MessageKind::Text) {
        return true;
    }
    // A retraction, correction or reaction was handled (and dropped) by its own stage; what is
    // left may still be content we cannot show.
    received.message.kind = contentKind(received.stanza);
    return received.message.kind != MessageKind::Text;
}
