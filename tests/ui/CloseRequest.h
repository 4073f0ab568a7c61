// SPDX-License-Identifier: GPL-3.0-or-later
// Asks an X11 window to close the way a window manager's close button does (WM_DELETE_WINDOW):
// the tests run without a window manager, and xdotool can only destroy or kill.
#pragma once

// False when there is no display or no such window.
bool requestWindowClose(unsigned long windowId);
