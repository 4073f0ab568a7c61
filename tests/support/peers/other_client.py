#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Another XMPP client (slixmpp), driven line by line: what Kaidan, Dino or Conversations put on
the wire, sent from an independent implementation, and what it receives, reported back.

Logs in as --jid and prints JSON lines on stdout:
  {"event": "ready", "jid": "<own full JID>"}
  {"event": "message", "from": ..., "id": ..., "body": ..., "states": ["composing", ...],
   "replace": <corrected id or null>, "receipt_requested": bool, "xml": "<message ...>"}
for every message stanza it receives (chat states, corrections and receipts included), and
  {"event": "iq", "type": "result"|"error", "id": ..., "from": ..., "xml": "<iq ...>"}
for every IQ answer it receives (to its own requests, or to nobody's: spoofed ones), and
reads JSON lines on stdin:
  {"raw": "<message .../>"}   sent as written, "{me}" replaced by its own full JID
  {"quit": true}              signs off and exits 0
A request <query xmlns='urn:example:slow'/> sent to it is answered after 2 s with
<answer>REAL</answer>: a pending request for others to answer in its place.
Loopback only: --host and --port are required.
"""
import argparse
import asyncio
import json
import sys
import threading

import slixmpp
from slixmpp.xmlstream.handler import Callback
from slixmpp.xmlstream.matcher import MatchXPath

from peer_run import run_peer

CHAT_STATES_NS = "http://jabber.org/protocol/chatstates"


def emit(obj) -> None:
    print(json.dumps(obj), flush=True)


class OtherClient(slixmpp.ClientXMPP):
    def __init__(self, args: argparse.Namespace):
        super().__init__(args.jid, args.password)
        self.enable_direct_tls = False
        self.enable_starttls = True
        self.ok = False
        self.add_event_handler("session_start", self.start)
        # Every message stanza: slixmpp's "message" event skips those without a body (chat
        # states, receipts), which are what this peer is here to see.
        self.register_handler(Callback("every message", MatchXPath("{jabber:client}message"), self.received))
        self.register_handler(Callback("every answer", MatchXPath("{jabber:client}iq"), self.answer))
        self.register_handler(Callback("slow request", MatchXPath("{jabber:client}iq/{urn:example:slow}query"),
                                       self.slow))
        self.add_event_handler("failed_auth", lambda _: self.disconnect())

    async def start(self, _event) -> None:
        self.send_presence()
        emit({"event": "ready", "jid": self.boundjid.full})
        loop = asyncio.get_running_loop()

        def read() -> None:
            for line in sys.stdin:
                loop.call_soon_threadsafe(self.command, line)
            loop.call_soon_threadsafe(self.command, '{"quit": true}')

        threading.Thread(target=read, daemon=True).start()

    def command(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        cmd = json.loads(line)
        if "raw" in cmd:
            self.send_raw(cmd["raw"].replace("{me}", self.boundjid.full))
        if cmd.get("quit"):
            self.ok = True
            self.disconnect()

    def answer(self, iq) -> None:
        if iq["type"] in ("result", "error"):
            emit({"event": "iq", "type": iq["type"], "id": iq["id"], "from": str(iq["from"]), "xml": str(iq)})

    def slow(self, iq) -> None:
        if iq["type"] != "get":
            return

        def reply() -> None:
            self.send_raw(f"<iq xmlns='jabber:client' type='result' id='{iq['id']}' to='{iq['from']}'>"
                          "<query xmlns='urn:example:slow'><answer>REAL</answer></query></iq>")

        asyncio.get_running_loop().call_later(2, reply)

    def received(self, msg) -> None:
        xml = msg.xml
        states = [child.tag.split("}")[1] for child in xml if child.tag.startswith("{" + CHAT_STATES_NS + "}")]
        replace = xml.find("{urn:xmpp:message-correct:0}replace")
        emit({
            "event": "message",
            "from": str(msg["from"]),
            "id": msg["id"],
            "body": msg["body"],
            "states": states,
            "replace": replace.get("id") if replace is not None else None,
            "receipt_requested": xml.find("{urn:xmpp:receipts}request") is not None,
            "xml": str(msg),
        })


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jid", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    return run_peer("other_client.py", OtherClient, args, timeout=300)


if __name__ == "__main__":
    sys.exit(main())
