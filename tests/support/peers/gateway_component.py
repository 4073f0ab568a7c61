#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in XMPP gateway (XEP-0114 component, slixmpp) that only answers service discovery.

Connects to the server's component port as --domain and announces one disco#info identity,
--category/--type (e.g. gateway/telegram), the way Slidge gateways do. Prints "ready" once
the server accepted it, then runs until killed. Loopback only: --port is required.

Lines on stdin make it speak, as a gateway does after a sign-in:
  subscribe <user-jid> <count>   a subscription request from user0..user<count-1>@<domain>
                                 and from the gateway itself (a burst: one per legacy contact)
  presence <user-jid> <available|unavailable|failed> [status…]   the gateway's own presence
Each command answers "done <command>" once sent.
"""
import argparse
import asyncio
import sys

import slixmpp


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--domain", required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--category", default="gateway")
    parser.add_argument("--type", required=True)
    parser.add_argument("--feature", action="append", default=[],
                        help="a disco#info feature to announce (repeatable), e.g. jabber:iq:register")
    args = parser.parse_args()

    component = slixmpp.ComponentXMPP(args.domain, args.secret, "127.0.0.1", args.port)
    component.register_plugin("xep_0030")
    component["xep_0030"].add_identity(
        category=args.category, itype=args.type, name=f"{args.type} gateway", jid=component.boundjid)

    def ready(_event) -> None:
        print("ready", flush=True)

    async def commands() -> None:
        reader = asyncio.StreamReader()
        await asyncio.get_running_loop().connect_read_pipe(
            lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while line := (await reader.readline()).decode().strip():
            words = line.split(" ")
            if words[0] == "subscribe":
                to, count = words[1], int(words[2])
                component.send_presence(pto=to, pfrom=args.domain, ptype="subscribe")
                for i in range(count):
                    component.send_presence(pto=to, pfrom=f"user{i}@{args.domain}", ptype="subscribe")
            elif words[0] == "presence":
                to, kind, status = words[1], words[2], " ".join(words[3:])
                if kind == "available":
                    component.send_presence(pto=to, pfrom=args.domain, pstatus=status or None)
                elif kind == "failed":
                    component.send_presence(pto=to, pfrom=args.domain, pshow="dnd",
                                            pstatus=status or "Could not login: wrong code")
                else:
                    component.send_presence(pto=to, pfrom=args.domain, ptype="unavailable")
            print(f"done {words[0]}", flush=True)

    async def announce_and_listen() -> None:
        for feature in args.feature:
            await component["xep_0030"].add_feature(feature, jid=component.boundjid)
        print("ready", flush=True)
        await commands()

    def ready_and_listen(_event) -> None:
        asyncio.ensure_future(announce_and_listen())

    component.add_event_handler("session_start", ready_and_listen)
    component.add_event_handler("connection_failed", lambda e: sys.exit(f"cannot connect: {e}"))
    component.connect()
    asyncio.get_event_loop().run_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
