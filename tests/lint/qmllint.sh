#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# qmllint over the app's QML module: any warning fails (STYLE.md: warnings are errors in CI).
# $1: cmake, $2: the build directory.
out=$("$1" --build "$2" --target isthmus-qml_qmllint 2>&1)
rc=$?
printf '%s\n' "$out"
[ "$rc" -eq 0 ] || exit "$rc"
if printf '%s\n' "$out" | grep -q '^Warning:'; then
    echo "qmllint found warnings (above); fix them or, for a false positive, disable that one line with the reason"
    exit 1
fi
