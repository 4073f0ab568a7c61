// SPDX-License-Identifier: GPL-3.0-or-later
// jabber:iq:gateway (XEP-0100 §6.3): ask a gateway how it names a legacy contact (its prompt,
// e.g. "Phone number"), then hand it the legacy id and get the contact's JID back.
#pragma once

#include <QXmppIq.h>

class Xep0100GatewayIq : public QXmppIq
{
public:
    Xep0100GatewayIq();

    // A get: the gateway's description and prompt.
    static Xep0100GatewayIq promptRequest(const QString &gateway);
    // A set: the legacy id the person typed; the answer carries the JID.
    static Xep0100GatewayIq translationRequest(const QString &gateway, const QString &legacyId);

    QString description() const { return m_description; }
    QString prompt() const { return m_prompt; }
    // The translated JID (older gateways put it in <prompt/>: read from there when <jid/> is missing).
    QString jid() const { return m_jid.isEmpty() ? m_prompt : m_jid; }

    static bool isGatewayIq(const QDomElement &element);

protected:
    void parseElementFromChild(const QDomElement &element) override;
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override;

private:
    QString m_description;
    QString m_prompt;
    QString m_jid;
};
