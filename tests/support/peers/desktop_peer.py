#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A desktop for tests, on the session bus: a notification server and a status notifier watcher.

org.freedesktop.Notifications records every Notify call and can send ActionInvoked and
NotificationReplied as if a person had clicked or typed a reply. org.kde.StatusNotifierWatcher
accepts status notifier items (and says a host shows them), so an app's tray icon registers.
The test drives both through im.isthmus.test.DesktopPeer (/DesktopPeer): Notifications() and
ItemProperties() answer in JSON; InvokeAction, Reply, ActivateItem, ClickMenuItem and
SetHostRegistered act.
Runs until killed.
"""
import asyncio
import json
import signal

from dbus_next import BusType, Message, MessageType, Variant
from dbus_next.aio import MessageBus
from dbus_next.service import PropertyAccess, ServiceInterface, dbus_property, method
from dbus_next.service import signal as dbus_signal

PEER_NAME = "im.isthmus.test.DesktopPeer"


def plain(value):
    """A hint value JSON can hold (image data and the like become a placeholder)."""
    if isinstance(value, Variant):
        value = value.value
    if isinstance(value, (str, int, float, bool)):
        return value
    return "<%s>" % type(value).__name__


class Notifications(ServiceInterface):
    def __init__(self):
        super().__init__("org.freedesktop.Notifications")
        self.calls = []
        self.next_id = 1

    @method()
    def GetCapabilities(self) -> "as":
        # No body-markup: the client must send plain text.
        return ["actions", "body", "inline-reply"]

    @method()
    def GetServerInformation(self) -> "ssss":
        return ["isthmus-test-desktop", "Isthmus tests", "1.0", "1.2"]

    @method()
    def Notify(self, app_name: "s", replaces_id: "u", app_icon: "s", summary: "s", body: "s",
               actions: "as", hints: "a{sv}", expire_timeout: "i") -> "u":
        notification_id = replaces_id if replaces_id else self.next_id
        if not replaces_id:
            self.next_id += 1
        self.calls.append({
            "id": notification_id, "replaces_id": replaces_id, "app_name": app_name,
            "app_icon": app_icon, "summary": summary, "body": body, "actions": actions,
            "hints": {key: plain(value) for key, value in hints.items()},
        })
        return notification_id

    @method()
    def CloseNotification(self, notification_id: "u"):
        self.calls.append({"closed": notification_id})
        self.NotificationClosed(notification_id, 3)

    @dbus_signal()
    def NotificationClosed(self, notification_id, reason) -> "uu":
        return [notification_id, reason]

    @dbus_signal()
    def ActionInvoked(self, notification_id, action_key) -> "us":
        return [notification_id, action_key]

    @dbus_signal()
    def NotificationReplied(self, notification_id, text) -> "us":
        return [notification_id, text]


class StatusNotifierWatcher(ServiceInterface):
    def __init__(self):
        super().__init__("org.kde.StatusNotifierWatcher")
        self.items = []  # (bus name, object path)
        self.host_registered = True

    def register(self, sender, service):
        """Called with the caller's bus name (the method itself does not see it)."""
        if service.startswith("/"):
            name, path = sender, service
        else:
            name, path = service, "/StatusNotifierItem"
        if (name, path) not in self.items:
            self.items.append((name, path))
        self.StatusNotifierItemRegistered(name + path)

    @method()
    def RegisterStatusNotifierItem(self, service: "s"):
        pass  # see register(), called by the message handler in main()

    @method()
    def RegisterStatusNotifierHost(self, service: "s"):
        pass

    @dbus_property(access=PropertyAccess.READ)
    def RegisteredStatusNotifierItems(self) -> "as":
        return [name + path for name, path in self.items]

    @dbus_property(access=PropertyAccess.READ)
    def IsStatusNotifierHostRegistered(self) -> "b":
        return self.host_registered

    def set_host_registered(self, registered):
        self.host_registered = registered
        if registered:
            self.StatusNotifierHostRegistered()
        else:
            self.StatusNotifierHostUnregistered()

    @dbus_property(access=PropertyAccess.READ)
    def ProtocolVersion(self) -> "i":
        return 0

    @dbus_signal()
    def StatusNotifierItemRegistered(self, service) -> "s":
        return service

    @dbus_signal()
    def StatusNotifierItemUnregistered(self, service) -> "s":
        return service

    @dbus_signal()
    def StatusNotifierHostRegistered(self):
        pass

    @dbus_signal()
    def StatusNotifierHostUnregistered(self):
        pass


class Control(ServiceInterface):
    """What the test calls."""

    def __init__(self, bus, notifications, watcher):
        super().__init__(PEER_NAME)
        self.bus = bus
        self.notifications = notifications
        self.watcher = watcher

    @method()
    def Notifications(self) -> "s":
        return json.dumps(self.notifications.calls)

    @method()
    def InvokeAction(self, notification_id: "u", action_key: "s"):
        self.notifications.ActionInvoked(notification_id, action_key)

    @method()
    def Reply(self, notification_id: "u", text: "s"):
        self.notifications.NotificationReplied(notification_id, text)

    async def item_call(self, interface, member, signature="", body=None):
        if not self.watcher.items:
            raise RuntimeError("no status notifier item registered")
        name, path = self.watcher.items[-1]
        reply = await self.bus.call(Message(destination=name, path=path, interface=interface,
                                            member=member, signature=signature, body=body or []))
        if reply.message_type == MessageType.ERROR:
            raise RuntimeError("%s: %s" % (reply.error_name, reply.body))
        return reply.body

    @method()
    async def ItemProperties(self) -> "s":
        if not self.watcher.items:
            return "{}"
        body = await self.item_call("org.freedesktop.DBus.Properties", "GetAll", "s",
                                    ["org.kde.StatusNotifierItem"])
        properties = {key: variant.value for key, variant in body[0].items()}
        tooltip = properties.get("ToolTip") or ["", [], "", ""]
        return json.dumps({
            "Id": properties.get("Id"), "Title": properties.get("Title"),
            "Status": properties.get("Status"), "IconName": properties.get("IconName"),
            "OverlayIconName": properties.get("OverlayIconName"),
            "AttentionIconName": properties.get("AttentionIconName"),
            "ToolTipTitle": tooltip[2], "ToolTipSubTitle": tooltip[3],
            "Menu": properties.get("Menu"),
        })

    @method()
    def SetHostRegistered(self, registered: "b"):
        """False: as if no panel showed status notifier items (the watcher stays)."""
        self.watcher.set_host_registered(registered)

    @method()
    async def ClickMenuItem(self, label: "s") -> "b":
        """Clicks the item's menu entry with this label (mnemonic ampersands ignored)."""
        properties = await self.item_call("org.freedesktop.DBus.Properties", "Get", "ss",
                                          ["org.kde.StatusNotifierItem", "Menu"])
        menu_path = properties[0].value
        name = self.watcher.items[-1][0]
        reply = await self.bus.call(Message(destination=name, path=menu_path,
                                            interface="com.canonical.dbusmenu", member="GetLayout",
                                            signature="iias", body=[0, -1, ["label"]]))
        if reply.message_type == MessageType.ERROR:
            raise RuntimeError("%s: %s" % (reply.error_name, reply.body))

        def find(node):
            item_id, props, children = node
            text = props.get("label")
            if text is not None and text.value.replace("&", "") == label:
                return item_id
            for child in children:
                found = find(child.value)
                if found is not None:
                    return found
            return None

        item_id = find(reply.body[1])
        if item_id is None:
            return False
        await self.bus.call(Message(destination=name, path=menu_path,
                                    interface="com.canonical.dbusmenu", member="Event",
                                    signature="isvu", body=[item_id, "clicked", Variant("i", 0), 0]))
        return True

    @method()
    async def ActivateItem(self):
        await self.item_call("org.kde.StatusNotifierItem", "Activate", "ii", [0, 0])


async def main():
    bus = await MessageBus(bus_type=BusType.SESSION).connect()
    notifications = Notifications()
    watcher = StatusNotifierWatcher()

    def on_message(message):
        if (message.message_type == MessageType.METHOD_CALL
                and message.member == "RegisterStatusNotifierItem" and message.body):
            watcher.register(message.sender, message.body[0])
        return None  # the interface still answers the call

    bus.add_message_handler(on_message)
    bus.export("/org/freedesktop/Notifications", notifications)
    bus.export("/StatusNotifierWatcher", watcher)
    bus.export("/DesktopPeer", Control(bus, notifications, watcher))
    await bus.request_name("org.freedesktop.Notifications")
    await bus.request_name("org.kde.StatusNotifierWatcher")
    await bus.request_name(PEER_NAME)  # last: once it is there, the others are too

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await stop.wait()
    bus.disconnect()


if __name__ == "__main__":
    asyncio.run(main())
