#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A hostile sender standing in for a federated server (XEP-0114 component, slixmpp).

A component, like a server-to-server link, may send stanzas up to Prosody's s2s size limit
(512 KiB), twice what a client may send (256 KiB). Connects as --domain and reads commands
from stdin, one per line:

  evil TO BYTES   a chat message to TO whose id is BYTES long, asking for a receipt (XEP-0184):
                  a receipt repeating that id is too big for the recipient's own server
  hello TO TEXT   an ordinary message to TO
  deep TO N       a headline message (which no archive keeps) to TO with N nested elements
  deeppresence TO N   a directed presence to TO with N nested elements
  devicelist TO NS    a PEP notification of an OMEMO device list (NS: legacy or omemo2) from the
                  bare mallory@DOMAIN, as a federated server may send one for a stranger

Prints "ready" once the server accepted it and "sent" after each command. Loopback only.
"""
import argparse
import asyncio
import os
import sys

import slixmpp


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--domain", required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()

    component = slixmpp.ComponentXMPP(args.domain, args.secret, "127.0.0.1", args.port)
    sender = f"mallory@{args.domain}/storm"
    serial = 0

    def command(line: str) -> None:
        nonlocal serial
        parts = line.split(" ", 2)
        serial += 1
        if parts[0] == "evil" and len(parts) == 3:
            message_id = (f"storm{serial}-" + "x" * int(parts[2]))[: int(parts[2])]
            component.send_raw(
                f"<message xmlns='jabber:component:accept' from='{sender}' to='{parts[1]}' type='chat'"
                f" id='{message_id}'><body>evil {serial}</body>"
                f"<request xmlns='urn:xmpp:receipts'/></message>"
                # Whitespace after it, as keepalives are: expat (2.6+) defers re-parsing a large
                # token until more data comes, so the server would otherwise sit on the stanza.
                + " " * int(parts[2]))
        elif parts[0] in ("deep", "deeppresence") and len(parts) == 3:
            depth = int(parts[2])
            nested = "<x xmlns='urn:example:deep'>" * depth + "</x>" * depth
            if parts[0] == "deep":
                component.send_raw(
                    f"<message xmlns='jabber:component:accept' from='{sender}' to='{parts[1]}' type='headline'"
                    f" id='deep{serial}'><body>deep {serial}</body>{nested}</message>" + " " * len(nested))
            else:
                component.send_raw(
                    f"<presence xmlns='jabber:component:accept' from='{sender}' to='{parts[1]}'>{nested}</presence>"
                    + " " * len(nested))
        elif parts[0] == "devicelist" and len(parts) == 3:
            if parts[2] == "omemo2":
                node, payload = "urn:xmpp:omemo:2:devices", "<devices xmlns='urn:xmpp:omemo:2'><device id='4242'/></devices>"
            else:
                node = "eu.siacs.conversations.axolotl.devicelist"
                payload = "<list xmlns='eu.siacs.conversations.axolotl'><device id='4242'/></list>"
            component.send_raw(
                f"<message xmlns='jabber:component:accept' from='mallory@{args.domain}' to='{parts[1]}'"
                f" type='headline'><event xmlns='http://jabber.org/protocol/pubsub#event'>"
                f"<items node='{node}'><item id='current'>{payload}</item></items></event></message>")
        elif parts[0] == "hello" and len(parts) == 3:
            component.send_message(mto=parts[1], mbody=parts[2], mtype="chat", mfrom=sender)
        else:
            print(f"storm_peer.py: unknown command {line!r}", file=sys.stderr, flush=True)
            return
        print("sent", flush=True)

    def ready(_event) -> None:
        loop = asyncio.get_event_loop()

        pending = b""

        def read() -> None:
            # Unbuffered: sys.stdin would keep further lines in its buffer, unseen by the loop.
            nonlocal pending
            data = os.read(sys.stdin.fileno(), 65536)
            if not data:
                loop.stop()
                return
            pending += data
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                command(line.decode().strip())

        loop.add_reader(sys.stdin.fileno(), read)
        print("ready", flush=True)

    component.add_event_handler("session_start", ready)
    component.add_event_handler("connection_failed", lambda e: sys.exit(f"cannot connect: {e}"))
    component.connect()
    asyncio.get_event_loop().run_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
