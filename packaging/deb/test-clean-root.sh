#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The clean-root proof for the Debian package (`devroot package-test`; needs root and the Debian
# archive, so it is not part of the loopback-only test suite):
#   1. build the .deb in the development root (packaging/deb/build-deb.sh) and run lintian on it;
#   2. make a clean Debian 13 root holding only the package and what it declares (Depends; no
#      Recommends, no build tools, no -dev packages) with mmdebstrap, and list those packages;
#   3. add the tools of the check itself (Xvfb, xwd, Prosody), listed apart;
#   4. in private network, mount and PID namespaces: Prosody on loopback with a test CA, the
#      installed `isthmus` logs in under Xvfb, a screenshot, `isthmus-cli --version`.
# The package goes in with apt inside the new root (mmdebstrap 1.3.5 on Debian 12 cannot
# --include a .deb from outside the root: dpkg runs chrooted and does not find it).
# Usage: test-clean-root.sh MIRROR DEVROOT   (devroot passes the host's archive and its root);
# ISTHMUS_DEB=path/to/isthmus.deb tests that package instead of building one.
set -euo pipefail
mirror=$1 devroot=$2
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
out=$src/build/devroot-deb/clean-root
log() { printf '[package-test] %s\n' "$*" >&2; }
t0=$SECONDS

if [ -n "${ISTHMUS_DEB:-}" ]; then
    deb=$(realpath "$ISTHMUS_DEB") # a package built before (inside this source tree)
else
    log "building the package"
    deb_in_root=$("$src/packaging/devroot/devroot" shell /src/packaging/deb/build-deb.sh | tail -1)
    deb=$src/${deb_in_root#/src/}
fi
[ -f "$deb" ] || { log "no package built"; exit 1; }
t_build=$((SECONDS - t0))
log "built $(basename "$deb"): $(du -k "$deb" | cut -f1) KiB in ${t_build} s"
rm -rf "$out" && mkdir -p "$out"
dpkg-deb --info "$deb" > "$out/control.txt"
dpkg-deb --contents "$deb" > "$out/contents.txt"
grep -E '^ (Depends|Recommends|Installed-Size):' "$out/control.txt" >&2

log "lintian"
lintian_rc=0
"$src/packaging/devroot/devroot" shell lintian --fail-on error --display-info --tag-display-limit 0 \
    "/src/${deb#"$src"/}" > "$out/lintian.txt" 2>&1 || lintian_rc=$?
grep -v 'running with root privileges' "$out/lintian.txt" >&2 || true
[ "$lintian_rc" = 0 ] && log "lintian: no errors" || log "lintian: errors (above)"

log "creating a clean Debian 13 root with only the package and its declared dependencies"
t1=$SECONDS
root=$(mktemp -d /tmp/isthmus-clean-root.XXXXXX)
trap 'rm -rf "$root"' EXIT
check_tools="xvfb xauth x11-apps prosody"
mmdebstrap --variant=apt --quiet \
    --aptopt='APT::Install-Recommends "false"' \
    --aptopt='Acquire::Check-Valid-Until "false"' \
    --customize-hook="copy-in $deb /var/cache/apt/archives" \
    --customize-hook="chroot \"\$1\" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends /var/cache/apt/archives/$(basename "$deb") > /dev/null" \
    --customize-hook='chroot "$1" dpkg-query -W -f "\${Package} \${Version}\n" > "'"$out"'/packages-app.txt"' \
    --customize-hook='for p in $(chroot "$1" dpkg-query -W -f "\${Recommends}\n" isthmus | tr "," "\n" | sed "s/|.*//;s/(.*//"); do chroot "$1" apt-cache show --no-all-versions "$p" > /dev/null || { echo "recommended package $p is not in the archive"; exit 1; }; done' \
    --customize-hook="chroot \"\$1\" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $check_tools > /dev/null" \
    --customize-hook='chroot "$1" dpkg-query -W -f "\${Package} \${Version}\n" > "'"$out"'/packages-with-check-tools.txt"' \
    trixie "$root" "$mirror" >&2
t_root=$((SECONDS - t1))
log "root in ${t_root} s: $(wc -l < "$out/packages-app.txt") packages with the app; the check's tools added $(($(wc -l < "$out/packages-with-check-tools.txt") - $(wc -l < "$out/packages-app.txt")))"

# The test servers' certificates and CA come from the development root (provision.sh made them).
mkdir -p "$root/etc/isthmus-test"
cp "$devroot"/etc/isthmus-test/{trusted-ca.crt,servers.crt,servers.key} "$root/etc/isthmus-test/"
cp "$here/clean-root-check.sh" "$root/check.sh"

log "starting the installed app against Prosody on loopback"
t2=$SECONDS
unshare --mount --propagation private --pid --fork --net -- bash -c '
    set -e
    ip link set lo up 2> /dev/null || true
    mount -t proc proc "$1/proc"
    mount --rbind /dev "$1/dev"
    mount --rbind /sys "$1/sys"
    mount -t tmpfs -o mode=1777 tmpfs "$1/tmp"
    chroot "$1" /usr/bin/env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 sh /check.sh
' bash "$root" 2>&1 | tee "$out/check.log" >&2
rc=${PIPESTATUS[0]}
cp "$root"/root/screenshot.xwd "$out/" 2> /dev/null || true
t_check=$((SECONDS - t2))
if [ -f "$out/screenshot.xwd" ]; then
    "$src/packaging/devroot/devroot" shell convert "xwd:/src/${out#"$src"/}/screenshot.xwd" \
        "/src/${out#"$src"/}/screenshot.png"
    rm -f "$out/screenshot.xwd"
fi
log "times: package ${t_build} s, clean root ${t_root} s, check ${t_check} s, total $((SECONDS - t0)) s"
log "results in $out (screenshot.png, check.log, lintian.txt, packages-*.txt)"
[ "$lintian_rc" = 0 ] || rc=1
[ "$rc" = 0 ] && log "PASS" || log "FAIL"
exit "$rc"
