#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in XMPP gateway (XEP-0114 component, slixmpp) that only answers service discovery.

Connects to the server's component port as --domain and announces one disco#info identity,
--category/--type (e.g. gateway/telegram), the way Slidge gateways do. Prints "ready" once
the server accepted it, then runs until killed. Loopback only: --port is required.
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
    args = parser.parse_args()

    component = slixmpp.ComponentXMPP(args.domain, args.secret, "127.0.0.1", args.port)
    component.register_plugin("xep_0030")
    component["xep_0030"].add_identity(
        category=args.category, itype=args.type, name=f"{args.type} gateway", jid=component.boundjid)

    def ready(_event) -> None:
        print("ready", flush=True)

    component.add_event_handler("session_start", ready)
    component.add_event_handler("connection_failed", lambda e: sys.exit(f"cannot connect: {e}"))
    component.connect()
    asyncio.get_event_loop().run_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
