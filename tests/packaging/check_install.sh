#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a scratch DESTDIR and checks (1) the file list is exactly
# install-manifest.txt (a file missing, or one more, e.g. from a test, fails), (2) the PNG icons are
# the size their folder names, (3) both binaries' --version is the metainfo's newest release.
set -euo pipefail
cmake=$1 build=$2 manifest=$3
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
DESTDIR=$dest "$cmake" --install "$build" --prefix /usr > /dev/null
fail=0
got=$(cd "$dest" && find . -type f -o -type l | sed 's|^\./|/|' | sort)
if ! diff -u <(grep -v '^#' "$manifest" | sort) <(echo "$got"); then
    echo "FAIL: the installed files differ from $manifest (- expected, + installed)"
    fail=1
fi
for png in "$dest"/usr/share/icons/hicolor/*x*/apps/im.isthmus.Isthmus.png; do
    want=$(basename "$(dirname "$(dirname "$png")")")
    have=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); print("%dx%d" % struct.unpack(">II", d[16:24]))' "$png")
    [ "$want" = "$have" ] || { echo "FAIL: $png is $have, not $want"; fail=1; }
done
release=$(python3 -c 'import sys, xml.etree.ElementTree as E; print(E.parse(sys.argv[1]).find("releases/release").get("version"))' \
    "$dest/usr/share/metainfo/im.isthmus.Isthmus.metainfo.xml")
for bin in isthmus isthmus-cli; do
    version=$("$dest/usr/bin/$bin" --version 2>&1 | tail -1)
    if [ "$version" != "isthmus $release" ]; then
        echo "FAIL: '$bin --version' says '$version', the metainfo's release is $release"
        fail=1
    fi
done
[ $fail = 0 ] && echo "installed $(echo "$got" | wc -l) files as listed; --version says $release"
exit $fail
