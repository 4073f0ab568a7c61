// SPDX-License-Identifier: GPL-3.0-or-later
// Kept apart from the tests: Xlib's macros (None, Bool, Status…) clash with Qt's names.
#include "CloseRequest.h"

#include <X11/Xlib.h>

bool requestWindowClose(unsigned long windowId)
{
    Display *display = XOpenDisplay(nullptr);
    if (!display || windowId == 0) {
        return false;
    }
    XEvent event {};
    event.xclient.type = ClientMessage;
    event.xclient.window = windowId;
    event.xclient.message_type = XInternAtom(display, "WM_PROTOCOLS", False);
    event.xclient.format = 32;
    event.xclient.data.l[0] = long(XInternAtom(display, "WM_DELETE_WINDOW", False));
    event.xclient.data.l[1] = CurrentTime;
    const bool sent = XSendEvent(display, windowId, False, NoEventMask, &event) != 0;
    XFlush(display);
    XCloseDisplay(display);
    return sent;
}
