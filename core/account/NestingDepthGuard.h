// SPDX-License-Identifier: GPL-3.0-or-later
// Stanzas nested absurdly deep, dropped before QXmpp parses them. QXmpp 1.10 keeps every child
// element it does not know as a QXmppElement, and each level copies its whole subtree again:
// parsing costs the square of the depth. A message no archive keeps (a headline, a no-store
// hint) or a directed presence, from anyone, with 5,000 nested elements (35 KB) took 11.6 s of
// the GUI thread and 430 MB; 20,000 killed the app (issue 10). Extensions see the stanza as a
// DOM first (built in linear time by the stream), so this one, first of all, walks it once
// (iteratively, stopping at the limit) and takes anything deeper than maxDepth off the stream.
//
// The limit, 64 levels below the stanza: the deepest real stanzas we know are about 10 (an
// OMEMO key inside a carbon inside an archive result, a data form in a command, XHTML-IM
// markup); at 64 levels QXmpp's quadratic copy costs nothing measurable.
//
// What this cannot bound: the stream's own parser. QXmpp's socket reader re-parses its whole
// buffer on every read until a stanza is complete, so a huge stanza arriving in small pieces
// costs its size squared before any extension sees it. Only a patched QXmpp can bound that (a
// streaming reader with a size and depth limit): its socket and reader are private classes
// that a client cannot replace or precede.
#pragma once

#include <QXmppClientExtension.h>

class NestingDepthGuard : public QXmppClientExtension
{
    Q_OBJECT
public:
    static constexpr int maxDepth = 64;

    // How deep the element's descendants go (0: no child elements), counting no further than
    // `limit` + 1.
    static int depth(const QDomElement &element, int limit = maxDepth);

    bool handleStanza(const QDomElement &element) override;

    int droppedCount() const { return m_dropped; }

private:
    int m_dropped = 0;
};
