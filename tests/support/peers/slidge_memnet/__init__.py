# SPDX-License-Identifier: GPL-3.0-or-later
"""An in-memory legacy network for Slidge, for Isthmus's gateway tests (no other network needed).

Slidge (python3-slidge) ships no legacy network of its own. This one keeps everything in memory:
signing in asks for a phone number, then shows a QR code to "flash" (confirmed by the network
itself a moment later, as a phone would), so registration runs Slidge's multi-step
jabber:iq:register ad-hoc command with the code as a form field. After login the network's
contacts (MEMNET_CONTACTS, default 3: alice, bob, carol) fill the roster; a message to a contact
is answered "echo: <text>"; the search form has one field, so jabber:iq:gateway turns a legacy id
(a username) into its JID. Run: PYTHONPATH=<this dir's parent> python3 -m slidge --legacy-module
slidge_memnet --jid ... (see tests/support/SlidgeGateway.cpp).
"""
import asyncio
import os
import uuid

from slidge import BaseGateway, BaseSession, FormField, LegacyContact, LegacyRoster, SearchResult
from slidge.command.register import RegistrationType

_NAMES = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"]


def contact_ids() -> list[str]:
    count = int(os.environ.get("MEMNET_CONTACTS", "3"))
    return [_NAMES[i] if i < len(_NAMES) else f"user{i}" for i in range(count)]


class Gateway(BaseGateway):
    COMPONENT_NAME = os.environ.get("MEMNET_NAME", "Memory network")
    COMPONENT_TYPE = os.environ.get("MEMNET_TYPE", "telegram")
    REGISTRATION_TYPE = RegistrationType.QRCODE
    REGISTRATION_INSTRUCTIONS = "Enter your phone number, then flash the code with your phone."
    REGISTRATION_FIELDS = [FormField(var="phone", label="Phone number", required=True)]
    SEARCH_FIELDS = [FormField(var="username", label="Username", required=True)]
    SEARCH_TITLE = "Find a contact"
    GROUPS = False

    async def validate(self, user_jid, registration_form):
        phone = (registration_form.get("phone") or "").strip()
        if not phone.startswith("+"):
            raise ValueError("The phone number needs its country code (+…)")
        return {"phone": phone}

    async def get_qr_text(self, user) -> str:
        token = f"memnet://login?token={uuid.uuid4().hex[:12]}"
        # The phone scans it a moment later.
        self.loop.call_later(1.0, lambda: asyncio.ensure_future(
            self.confirm_qr(user.jid.bare, legacy_data={"token": token})))
        return token


class Contact(LegacyContact[str]):
    async def update_info(self):
        self.name = self.legacy_id.capitalize()
        self.is_friend = True


class Roster(LegacyRoster[str, Contact]):
    async def fill(self):
        for legacy_id in contact_ids():
            contact = await self.by_legacy_id(legacy_id)
            contact.is_friend = True
            yield contact


class Session(BaseSession[str, Contact]):
    async def login(self):
        for legacy_id in contact_ids():
            contact = await self.contacts.by_legacy_id(legacy_id)
            contact.online(status="on the memory network")
        return f"Logged in as {self.user.legacy_module_data.get('phone', '?')}"

    async def logout(self):
        pass

    async def on_text(self, chat, text, **_kwargs):
        legacy_id = uuid.uuid4().hex
        # The contact answers right away, so a test sees a message come back.
        self.xmpp.loop.call_later(0.2, lambda: chat.send_text(f"echo: {text}"))
        return legacy_id

    async def on_search(self, form_values):
        username = (form_values.get("username") or "").strip().lower()
        if username not in contact_ids():
            return None
        contact = await self.contacts.by_legacy_id(username)
        return SearchResult(
            fields=[FormField("username", label="Username"), FormField("jid", label="JID", type="jid-single")],
            items=[{"username": username, "jid": contact.jid.bare}],
        )
