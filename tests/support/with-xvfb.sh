#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command on its own Xvfb display. Xvfb picks a free display itself (-displayfd), so UI
# tests started at the same moment never share one: `xvfb-run -a` let two of them choose :99,
# and the second ran on the first's display until that test ended ("could not connect to
# display :99", loaded run, session 13). -noreset: by default Xvfb resets when its last client
# leaves, and an app started during the reset cannot connect (tst_page_screenshots' second app,
# "could not connect to display :1", loaded run, session 16).
set -euo pipefail
fifo=$(mktemp -u)
mkfifo "$fifo"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3> "$fifo" 2> /dev/null &
xvfb=$!
trap 'kill "$xvfb" 2> /dev/null || true; rm -f "$fifo"' EXIT
read -r display < "$fifo"
export DISPLAY=":$display"
"$@"
