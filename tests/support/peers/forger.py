#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An independent (slixmpp) client that tries to forge state into a victim's client.

Logs in as --jid and sends the victim's full JID: a forged received carbon, a forged sent
carbon, a forged roster push, forged archive (MAM) results (one behind a decoy), a receipt and a
read marker for each --receipt-for id, and finally one ordinary message whose body is --done, so
the test knows everything before it has been delivered. Exits 0 once all is sent, 1 on any
error. Loopback only: --host and --port are required.
"""
import argparse
import asyncio
import sys

import slixmpp

from peer_run import run_peer

FORGED_BODY = "FORGED: this text must never reach the store"


def stanzas(attacker: str, victim: str, victim_bare: str, impersonated: str) -> list[str]:
    return [
        # XEP-0280: a "received" carbon, but from a stranger instead of the account itself.
        f"<message xmlns='jabber:client' from='{attacker}' to='{victim}'>"
        f"<received xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
        f"<message xmlns='jabber:client' from='{impersonated}/x' to='{victim_bare}' type='chat'>"
        f"<body>{FORGED_BODY} (received carbon)</body></message></forwarded></received></message>",
        # XEP-0280: a "sent" carbon claiming the victim wrote something.
        f"<message xmlns='jabber:client' from='{attacker}' to='{victim}'>"
        f"<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
        f"<message xmlns='jabber:client' from='{victim_bare}/phone' to='{impersonated}' type='chat'>"
        f"<body>{FORGED_BODY} (sent carbon)</body></message></forwarded></sent></message>",
        # RFC 6121 2.1.6: a roster push must come from the account itself.
        f"<iq xmlns='jabber:client' type='set' id='forged-push' from='{attacker}' to='{victim}'>"
        f"<query xmlns='jabber:iq:roster'><item jid='{impersonated}' name='Forged Name' subscription='both'>"
        f"<group>Forged</group></item></query></iq>",
        # XEP-0313: an archive result from somebody else's "archive".
        f"<message xmlns='jabber:client' from='{attacker}' to='{victim}'>"
        f"<result xmlns='urn:xmpp:mam:2' queryid='guessed' id='forged-result'>"
        f"<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='2020-01-01T00:00:00Z'/>"
        f"<message xmlns='jabber:client' from='{impersonated}/x' to='{victim_bare}' type='chat'>"
        f"<body>{FORGED_BODY} (archive result)</body></message></forwarded></result></message>",
        # XEP-0313 again, behind a decoy <result> in another namespace (issue 10): a filter that
        # looks at the first <result> only let the real one through.
        f"<message xmlns='jabber:client' from='{attacker}' to='{victim}'>"
        f"<result xmlns='urn:example:decoy' queryid='guessed' id='decoy'/>"
        f"<result xmlns='urn:xmpp:mam:2' queryid='guessed' id='forged-result-2'>"
        f"<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='2020-01-01T00:00:00Z'/>"
        f"<message xmlns='jabber:client' from='{impersonated}/x' to='{victim_bare}' type='chat'>"
        f"<body>{FORGED_BODY} (archive result behind a decoy)</body></message></forwarded></result></message>",
    ]


def receipts(victim: str, message_id: str) -> list[str]:
    """A delivery receipt (XEP-0184) and a displayed marker (XEP-0333) for somebody else's chat."""
    return [
        f"<message xmlns='jabber:client' to='{victim}'><received xmlns='urn:xmpp:receipts' id='{message_id}'/>"
        f"</message>",
        f"<message xmlns='jabber:client' to='{victim}' type='chat'>"
        f"<displayed xmlns='urn:xmpp:chat-markers:0' id='{message_id}'/></message>",
    ]


class Forger(slixmpp.ClientXMPP):
    def __init__(self, args: argparse.Namespace):
        super().__init__(args.jid, args.password)
        self.args = args
        self.enable_direct_tls = False
        self.enable_starttls = True
        self.ok = False
        self.add_event_handler("session_start", self.start)
        self.add_event_handler("failed_auth", lambda _: self.disconnect())

    async def start(self, _event) -> None:
        victim_bare = self.args.victim.split("/")[0]
        for raw in stanzas(self.boundjid.full, self.args.victim, victim_bare, self.args.impersonate):
            self.send_raw(raw)
        for message_id in self.args.receipt_for or []:
            for raw in receipts(self.args.victim, message_id):
                self.send_raw(raw)
        self.send_message(mto=victim_bare, mbody=self.args.done, mtype="chat")
        self.ok = True
        await asyncio.sleep(0.5)
        self.disconnect()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jid", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--victim", required=True, help="full JID of the client under test")
    parser.add_argument("--impersonate", required=True, help="bare JID the forgeries claim to be from")
    parser.add_argument("--done", required=True, help="body of the last, ordinary message")
    parser.add_argument("--receipt-for", action="append",
                        help="an id of the victim's message to forge a receipt and a read marker for")
    args = parser.parse_args()
    return run_peer("forger.py", Forger, args, timeout=30)


if __name__ == "__main__":
    sys.exit(main())
