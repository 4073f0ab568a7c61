#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""An OMEMO peer we did not write: slixmpp-omemo (python-omemo with oldmemo and twomemo) for
legacy OMEMO 0.3, and for OMEMO 2 a small adapter over python-omemo's SessionManager, since
slixmpp-omemo 1.2.2 neither encrypts OMEMO 2 nor unpacks its stanza content encryption (XEP-0420)
envelope: it builds <envelope xmlns='urn:xmpp:sce:1'> (content/body, rpad, time, to, from) and
checks the envelope's <from> against the sender on receive.

Logs in as --jid, keeps its OMEMO state in --store (a JSON file: the device survives restarts),
and prints JSON lines on stdout:
  {"event": "ready", "jid": ..., "device": <own device id>}
  {"event": "message", "from": ..., "id": ..., "ns": <OMEMO namespace or null>, "body": ...,
   "device": <sender device>}                                   a decrypted (or plain) message
  {"event": "undecryptable", "from": ..., "id": ..., "ns": ..., "error": ...}
  {"event": "sent", "ns": ..., "id": ...} / {"event": "send_error", "error": ...}
and reads JSON lines on stdin:
  {"send": "<text>", "to": "<bare JID>", "version": "legacy" | "omemo2", "id": "<id>",
   "envelope_from": "<a forged XEP-0420 from, OMEMO 2 only; optional>"}
  {"quit": true}
Loopback only: --host and --port are required.
"""
import argparse
import asyncio
import json
import os
import secrets
import string
import sys
import threading
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from typing import Any, Dict, FrozenSet, Optional

import oldmemo
import twomemo
from omemo.storage import Just, Maybe, Nothing, Storage
from omemo.types import DeviceInformation, JSONType
from slixmpp import JID
import slixmpp
from slixmpp.plugins import register_plugin
from slixmpp.xmlstream.handler import CoroutineCallback
from slixmpp.xmlstream.matcher import MatchXPath
from slixmpp_omemo import TrustLevel, XEP_0384

from peer_run import run_peer

SCE = "urn:xmpp:sce:1"


def emit(obj) -> None:
    print(json.dumps(obj), flush=True)


class JsonFileStorage(Storage):
    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path
        self.data: Dict[str, JSONType] = {}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                self.data = json.load(f)

    def _save(self) -> None:
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(self.data, f)
        os.replace(tmp, self.path)

    async def _load(self, key: str) -> Maybe[JSONType]:
        return Just(self.data[key]) if key in self.data else Nothing()

    async def _store(self, key: str, value: JSONType) -> None:
        self.data[key] = value
        self._save()

    async def _delete(self, key: str) -> None:
        self.data.pop(key, None)
        self._save()


class PeerOmemo(XEP_0384):
    """slixmpp-omemo with blind trust before verification and a file store."""
    default_config = {"fallback_message": "This message is OMEMO encrypted.", "store_path": None}

    def plugin_init(self) -> None:
        self._storage = JsonFileStorage(self.store_path)
        super().plugin_init()

    @property
    def storage(self) -> Storage:
        return self._storage

    @property
    def _btbv_enabled(self) -> bool:
        return True

    async def _devices_blindly_trusted(self, blindly_trusted: FrozenSet[DeviceInformation], identifier: Optional[str]) -> None:
        pass

    async def _prompt_manual_trust(self, manually_trusted: FrozenSet[DeviceInformation], identifier: Optional[str]) -> None:
        session_manager = await self.get_session_manager()
        for device in manually_trusted:
            await session_manager.set_trust(device.bare_jid, device.identity_key, TrustLevel.TRUSTED.value)


register_plugin(PeerOmemo)


def envelope_xml(body: str, sender: str, recipient: str) -> bytes:
    root = ET.Element(f"{{{SCE}}}envelope")
    content = ET.SubElement(root, f"{{{SCE}}}content")
    ET.SubElement(content, "{jabber:client}body").text = body
    ET.SubElement(root, f"{{{SCE}}}rpad").text = "".join(
        secrets.choice(string.ascii_letters) for _ in range(secrets.randbelow(200)))
    ET.SubElement(root, f"{{{SCE}}}time", stamp=datetime.now(timezone.utc).isoformat())
    ET.SubElement(root, f"{{{SCE}}}to", jid=recipient)
    ET.SubElement(root, f"{{{SCE}}}from", jid=sender)
    return ET.tostring(root)


def envelope_body(plaintext: bytes, sender: str) -> str:
    root = ET.fromstring(plaintext)
    if root.tag != f"{{{SCE}}}envelope":
        raise ValueError("not an SCE envelope")
    from_elt = root.find(f"{{{SCE}}}from")
    if from_elt is None or from_elt.get("jid") != sender:
        raise ValueError(f"envelope from {None if from_elt is None else from_elt.get('jid')} in a message from {sender}")
    body = root.find(f"{{{SCE}}}content/{{jabber:client}}body")
    return body.text if body is not None and body.text else ""


class OmemoPeer(slixmpp.ClientXMPP):
    def __init__(self, args: argparse.Namespace):
        super().__init__(args.jid, args.password)
        self.enable_direct_tls = False
        self.enable_starttls = True
        self.ok = False
        self.versions = args.versions
        # One message at a time, as a client handles its stream: python-omemo's session manager
        # is not safe for concurrent decryptions of one session (slixmpp runs coroutine handlers
        # concurrently; pre-key messages then rebuilt the session mid-way).
        self.receiving = asyncio.Lock()
        # Sends one at a time too: concurrent encryptions for a new device built two sessions
        # from one bundle, the second on a pre-key the first had already used up.
        self.sending = asyncio.Lock()
        for plugin in ("xep_0030", "xep_0060", "xep_0163", "xep_0280", "xep_0334"):
            self.register_plugin(plugin)
        self.register_plugin("xep_0384", {"store_path": args.store})
        self.add_event_handler("session_start", self.start)
        self.add_event_handler("omemo_initialized", self.initialized)
        self.register_handler(CoroutineCallback("messages", MatchXPath("{jabber:client}message"), self.received))
        self.add_event_handler("failed_auth", lambda _: self.disconnect())

    async def start(self, _event) -> None:
        self.send_presence()

    async def initialized(self, _event) -> None:
        session_manager = await self["xep_0384"].get_session_manager()
        info, _ = await session_manager.get_own_device_information()
        # A device of one version only (Conversations is legacy-only, Kaidan OMEMO 2-only):
        # python-omemo always runs both backends, so the other version's device list goes.
        # slixmpp-omemo republishes its own list only on publish events, not on a deletion.
        drop = {"legacy": "urn:xmpp:omemo:2:devices", "omemo2": "eu.siacs.conversations.axolotl.devicelist"}
        if self.versions in drop:
            try:
                await self["xep_0060"].delete_node(JID(self.boundjid.bare), drop[self.versions])
            except Exception as error:
                emit({"event": "warning", "error": repr(error)})
        emit({"event": "ready", "jid": self.boundjid.full, "device": info.device_id})
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
        if "send" in cmd:
            asyncio.ensure_future(self.send_encrypted(cmd))
        if cmd.get("quit"):
            self.ok = True
            self.disconnect()

    async def send_encrypted(self, cmd: Dict[str, Any]) -> None:
        async with self.sending:
            await self.send_one(cmd)

    async def send_one(self, cmd: Dict[str, Any]) -> None:
        to = JID(cmd["to"])
        try:
            if cmd.get("version", "legacy") == "legacy":
                stanza = self.make_message(mto=to, mtype="chat")
                stanza["body"] = cmd["send"]
                messages, errors = await self["xep_0384"].encrypt_message(stanza, to)
                for namespace, message in messages.items():
                    message["id"] = cmd.get("id") or message["id"]
                    message.send()
                    emit({"event": "sent", "ns": namespace, "id": message["id"]})
            else:
                xep = self["xep_0384"]
                await xep.refresh_device_lists({to})
                session_manager = await xep.get_session_manager()
                # "envelope_from": a forged XEP-0420 <from/> (a bad-input test: must be refused)
                plaintext = envelope_xml(cmd["send"], cmd.get("envelope_from") or self.boundjid.bare, to.bare)
                messages, errors = await session_manager.encrypt(
                    frozenset({to.bare}), {twomemo.twomemo.NAMESPACE: plaintext},
                    backend_priority_order=[twomemo.twomemo.NAMESPACE])
                for message in messages:
                    stanza = self.make_message(mto=to, mtype="chat")
                    stanza.append(twomemo.etree.serialize_message(message))
                    stanza["body"] = xep.fallback_message
                    stanza.enable("store")
                    if cmd.get("id"):
                        stanza["id"] = cmd["id"]
                    stanza.send()
                    emit({"event": "sent", "ns": message.namespace, "id": stanza["id"]})
            if errors:
                emit({"event": "send_warnings", "errors": [repr(e) for e in errors]})
        except Exception as error:  # reported to the test, which decides
            emit({"event": "send_error", "error": repr(error)})

    async def received(self, msg) -> None:
        async with self.receiving:
            await self.handle(msg)

    async def handle(self, msg) -> None:
        if msg["type"] not in ("chat", "normal") or msg.xml.find("{http://jabber.org/protocol/pubsub#event}event") is not None:
            return
        sender = msg["from"].bare
        xep = self["xep_0384"]
        namespace = xep.is_encrypted(msg)
        base = {"from": str(msg["from"]), "id": msg["id"], "ns": namespace}
        if namespace is None:
            if msg["body"]:
                emit({"event": "message", "body": msg["body"], "device": None, **base})
            return
        try:
            if namespace == twomemo.twomemo.NAMESPACE:
                session_manager = await xep.get_session_manager()
                element = msg.xml.find(f"{{{twomemo.twomemo.NAMESPACE}}}encrypted")
                message = twomemo.etree.parse_message(element, sender)
                plaintext, device, _ = await session_manager.decrypt(message)
                body = envelope_body(plaintext, sender) if plaintext is not None else None
            else:
                decrypted, device = await xep.decrypt_message(msg)
                body = decrypted["body"]
            emit({"event": "message", "body": body, "device": device.device_id, **base})
        except Exception as error:
            emit({"event": "undecryptable", "error": repr(error), **base})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jid", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--versions", default="both", choices=("both", "legacy", "omemo2"))
    args = parser.parse_args()
    return run_peer("omemo_peer.py", OmemoPeer, args, timeout=600)


if __name__ == "__main__":
    sys.exit(main())
