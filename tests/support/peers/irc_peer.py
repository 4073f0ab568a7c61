#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A plain IRC client for gateway tests: a socket, no IRC library.

Connects to --port on 127.0.0.1 as --nick, joins --channel, prints "ready" once joined. Then:
every line read on stdin is sent to the server as is (e.g. "PRIVMSG isthmus :hi"), and every
PRIVMSG or NOTICE received is printed as "PRIVMSG <from-nick> <target> :<text>". Answers PINGs.
"""
import argparse
import selectors
import socket
import sys


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--nick", required=True)
    parser.add_argument("--channel", required=True)
    args = parser.parse_args()

    sock = socket.create_connection(("127.0.0.1", args.port), timeout=30)
    sock.setblocking(False)

    def send(line: str) -> None:
        sock.sendall((line + "\r\n").encode())

    send(f"NICK {args.nick}")
    send(f"USER {args.nick} 0 * :Test peer")
    selector = selectors.DefaultSelector()
    selector.register(sock, selectors.EVENT_READ, "irc")
    selector.register(sys.stdin, selectors.EVENT_READ, "stdin")
    buffer = b""
    while True:
        for key, _ in selector.select():
            if key.data == "stdin":
                line = sys.stdin.readline()
                if not line:
                    return 0
                send(line.rstrip("\r\n"))
                continue
            data = sock.recv(65536)
            if not data:
                print("closed", flush=True)
                return 1
            buffer += data
            while b"\r\n" in buffer:
                raw, buffer = buffer.split(b"\r\n", 1)
                line = raw.decode(errors="replace")
                parts = line.split(" ")
                if parts[0] == "PING":
                    send("PONG " + " ".join(parts[1:]))
                elif len(parts) > 1 and parts[1] == "001":
                    send(f"JOIN {args.channel}")
                elif len(parts) > 1 and parts[1] == "366":  # end of the channel's names: joined
                    print("ready", flush=True)
                elif len(parts) > 3 and parts[1] in ("PRIVMSG", "NOTICE"):
                    sender = parts[0][1:].split("!", 1)[0]
                    text = line.split(" :", 1)[1] if " :" in line else ""
                    print(f"{parts[1]} {sender} {parts[2]} :{text}", flush=True)
                elif len(parts) > 2 and parts[1] == "JOIN":
                    print(f"JOIN {parts[0][1:].split('!', 1)[0]}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
