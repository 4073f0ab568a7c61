#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package inside the development root: the `deb` preset (release flags, no
# tests), then CPack's DEB generator, whose Depends come from dpkg-shlibdeps plus the run-time
# modules named in packaging/cpack.cmake. Prints the .deb's path.
set -euo pipefail
src=${1:-/src}
build=$src/build/devroot-deb
cmake --preset deb -S "$src" -B "$build" > /dev/null
cmake --build "$build"
rm -f "$build"/isthmus_*.deb
(cd "$build" && cpack -G DEB > cpack.log 2>&1) || { cat "$build/cpack.log"; exit 1; }
ls "$build"/isthmus_*.deb
