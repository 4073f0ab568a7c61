#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside the clean root (packaging/deb/test-clean-root.sh), in a private network namespace
# with only loopback: Prosody for example.test on 127.0.0.2 with the test CA, then the installed
# isthmus logs in under Xvfb and isthmus-cli, as another user, sends it a message. Fails when the
# app exits, does not log in, or logs a missing QML module, plugin or driver.
set -eu
fail() { echo "FAIL: $*"; [ -f /tmp/app.log ] && tail -40 /tmp/app.log; exit 1; }
echo "127.0.0.2 example.test" >> /etc/hosts
# No network here: a resolver that refuses at once (SRV lookups fall back to the hosts file).
echo "nameserver 127.0.0.1" > /etc/resolv.conf
cp /etc/isthmus-test/trusted-ca.crt /usr/local/share/ca-certificates/isthmus-test-ca.crt
update-ca-certificates > /dev/null

p=/tmp/prosody
mkdir -p $p/data $p/logs
cp /etc/isthmus-test/servers.crt /etc/isthmus-test/servers.key $p/
cat > $p/prosody.cfg.lua <<CFG
pidfile = "$p/data/prosody.pid"
data_path = "$p/data"
log = { { levels = { min = "info" }, to = "file", filename = "$p/logs/prosody.log" } }
interfaces = { "127.0.0.2" }
c2s_ports = { 5222 }
c2s_direct_tls_ports = { }
s2s_ports = { }
http_ports = { }
https_ports = { }
modules_enabled = { "roster", "saslauth", "tls", "disco", "carbons", "ping", "mam", "smacks", "csi_simple", "offline" }
c2s_require_encryption = true
authentication = "internal_hashed"
storage = "internal"
ssl = { key = "$p/servers.key", certificate = "$p/servers.crt" }
VirtualHost "example.test"
CFG
chown -R prosody:prosody $p
prosodyctl --config $p/prosody.cfg.lua register demo example.test demo-password
prosodyctl --config $p/prosody.cfg.lua register bob example.test bob-password
setpriv --reuid=prosody --regid=prosody --init-groups prosody -F --config $p/prosody.cfg.lua &
Xvfb :9 -screen 0 1280x800x24 -nolisten tcp > /tmp/xvfb.log 2>&1 &
sleep 2

echo "== isthmus-cli --version: $(isthmus-cli --version)"
echo "== isthmus --version: $(QT_QPA_PLATFORM=offscreen isthmus --version)"

mkdir -p /tmp/home
HOME=/tmp/home DISPLAY=:9 ISTHMUS_PASSWORD=demo-password QT_LOGGING_RULES='isthmus.*.info=true' \
    isthmus --jid demo@example.test > /tmp/app.log 2>&1 &
app=$!
i=0
until grep -q 'Authenticated as demo@example.test' $p/logs/prosody.log 2> /dev/null; do
    kill -0 $app 2> /dev/null || fail "isthmus exited before logging in"
    i=$((i + 1)); [ $i -lt 60 ] || fail "isthmus did not log in within 60 s"
    sleep 1
done
echo "== isthmus logged in as demo@example.test after about $i s"

mkdir -p /tmp/bob
HOME=/tmp/bob ISTHMUS_PASSWORD=bob-password timeout 60 \
    isthmus-cli --jid bob@example.test send demo@example.test "Hello from isthmus-cli in the clean root" \
    || fail "isthmus-cli could not send"
echo "== isthmus-cli sent a message as bob@example.test"
sleep 6
kill -0 $app 2> /dev/null || fail "isthmus exited"
xwd -root -display :9 -silent > /root/screenshot.xwd
echo "== screenshot taken"
echo "== the app's log:"
cat /tmp/app.log
# What a missing run-time package looks like in the log.
if grep -E 'module "[^"]*" is not installed|Cannot load library|driver not loaded|Failed to load|could not load the Qt platform plugin' /tmp/app.log; then
    fail "a run-time dependency is missing (above)"
fi
kill $app
echo "== PASS"
