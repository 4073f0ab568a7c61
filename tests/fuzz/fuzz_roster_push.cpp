// SPDX-License-Identifier: GPL-3.0-or-later
// Roster pushes and results (RFC 6121) from anyone: the manager takes only what comes from the
// account itself, and a stranger's stanza never changes the roster.
#include <QXmppClient.h>
#include <QXmppRosterIq.h>

#include "FuzzXml.h"
#include "xmpp/Rfc6121RosterManager.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzXml::ensureApplication();
    static auto &client = *new QXmppClient(QXmppClient::NoExtensions);
    static auto *roster = [] {
        client.configuration().setJid(QStringLiteral("me@example.test/fuzz"));
        auto *manager = new Rfc6121RosterManager;
        client.addExtension(manager);
        return manager;
    }();
    QXmppRosterIq::Item ann;
    ann.setBareJid(QStringLiteral("ann@example.test"));
    ann.setName(QStringLiteral("Ann"));
    ann.setSubscriptionType(QXmppRosterIq::Item::Both);
    roster->setStoredRoster({ ann }, QStringLiteral("1"));

    QDomDocument document;
    const auto element = FuzzXml::element(data, size, document);
    if (!element) {
        return 0;
    }
    // RFC 6121 §2.1.6: a push comes without 'from' or from the account's bare JID, nothing else.
    const QString from = element->attribute(QStringLiteral("from"));
    const bool fromAccount = from.isEmpty() || from == QStringLiteral("me@example.test");
    const QStringList before = roster->getRosterBareJids();
    const QString versionBefore = roster->version();
    roster->handleStanza(*element);
    if (!fromAccount && (roster->getRosterBareJids() != before || roster->version() != versionBefore)) {
        FuzzXml::fail("the roster changed on a stanza from", from);
    }
    return 0;
}
