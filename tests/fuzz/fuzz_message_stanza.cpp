// SPDX-License-Identifier: GPL-3.0-or-later
// A hostile <message>: the archive-result filter, QXmpp's parser, our stanza → message conversion
// and the stages that need no store. Nothing may crash, and what is kept names a peer.
#include <QXmppClient.h>
#include <QXmppMessage.h>

#include "FuzzXml.h"
#include "capability/MessagePipeline.h"
#include "capability/ReceivedMessage.h"
#include "messaging/ChatMessageFilter.h"
#include "messaging/EmptyBodyFilter.h"
#include "messaging/ReplyStage.h"
#include "xmpp/Xep0313ArchiveResultFilter.h"

namespace {
const QString me = QStringLiteral("me@example.test");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzXml::ensureApplication();
    static auto &client = *new QXmppClient(QXmppClient::NoExtensions);
    static auto *filter = [] {
        auto *extension = new Xep0313ArchiveResultFilter;
        client.addExtension(extension);
        return extension;
    }();
    QDomDocument document;
    const auto element = FuzzXml::element(data, size, document);
    if (!element) {
        return 0;
    }
    if (filter->handleStanza(*element)) {
        return 0; // dropped as a forged archive result
    }
    QXmppMessage stanza;
    stanza.parse(*element);
    ReceivedMessage received { stanza, MessagePipeline::fromStanza(me, stanza) };
    ChatMessageFilter chat;
    ReplyStage reply;
    EmptyBodyFilter empty;
    if (chat.process(received) && reply.process(received) && empty.process(received)) {
        if (received.message.chatJid.isEmpty() || received.message.account != me) {
            FuzzXml::fail("a kept message names no peer or another account", received.message.chatJid);
        }
    }
    return 0;
}
