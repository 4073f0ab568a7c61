# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs one slixmpp test peer to its end: loopback addresses only, bounded in time."""
import asyncio
import sys


def run_peer(name: str, make_client, args, timeout: int) -> int:
    if not (args.host.startswith("127.") or args.host == "::1"):
        print(f"{name}: loopback addresses only", file=sys.stderr)
        return 2
    xmpp = make_client(args)
    loop = asyncio.get_event_loop()
    xmpp.connect(host=args.host, port=args.port)
    try:
        loop.run_until_complete(asyncio.wait_for(xmpp.disconnected, timeout=timeout))
    except asyncio.TimeoutError:
        print(f"{name}: timed out", file=sys.stderr)
        return 1
    return 0 if xmpp.ok else 1
