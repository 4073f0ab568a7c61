#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# isthmus-cli is the core without a window (issue 9): it must not load Qt Qml/Quick or any KDE
# Framework, and must not write the app's UI settings. Usage: cli_links.sh PATH-TO-isthmus-cli
set -eu
cli=$1
needed=$(readelf -d "$cli" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || { echo "no NEEDED entries read from $cli"; exit 1; }
bad=$(printf '%s\n' "$needed" | grep -E '^lib(Qt6Qml|Qt6Quick|KF6)' || true)
if [ -n "$bad" ]; then
    echo "isthmus-cli links libraries it must not:"
    printf '  %s\n' $bad
    exit 1
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
QT_QPA_PLATFORM=offscreen "$cli" --data-dir "$data" chats > /dev/null
[ -f "$data/isthmus.sqlite" ] || { echo "isthmus-cli did not open its database in $data"; exit 1; }
if [ -e "$data/settings.ini" ]; then
    echo "isthmus-cli wrote the app's UI settings ($data/settings.ini)"
    exit 1
fi
echo "isthmus-cli needs: $(printf '%s ' $needed)"
