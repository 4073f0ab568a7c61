#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Lints the Flatpak manifest as far as this machine can without Flathub: valid JSON, every
# downloaded source pinned by a sha256, permissions no wider than a messenger needs, the app id
# the desktop file and metainfo use, and flatpak-builder parsing it without a warning (a
# misspelt property is only a warning there, and would silently drop e.g. a checksum).
import json, re, shutil, subprocess, sys

manifest_path = sys.argv[1]
problems = []
manifest = json.load(open(manifest_path))

def modules(ms):
    for m in ms:
        if isinstance(m, dict):
            yield m
            yield from modules(m.get("modules", []))

for m in modules(manifest["modules"]):
    for s in m.get("sources", []):
        if s.get("type") in ("archive", "file"):
            if not re.fullmatch(r"[0-9a-f]{64}", s.get("sha256", "")):
                problems.append(f"{m['name']}: {s.get('url')} has no sha256")
            if not s.get("url", "").startswith("https://"):
                problems.append(f"{m['name']}: {s.get('url')} is not https")
        if s.get("type") == "git" and not s.get("commit"):
            problems.append(f"{m['name']}: a git source without a pinned commit")

too_wide = {"--filesystem=home", "--filesystem=host", "--device=all", "--socket=session-bus",
            "--socket=system-bus", "--talk-name=org.freedesktop.Flatpak"}
for arg in manifest.get("finish-args", []):
    if arg in too_wide or arg.startswith("--filesystem=/"):
        problems.append(f"permission wider than a messenger needs: {arg}")
if manifest.get("id") != "im.isthmus.Isthmus":
    problems.append("the app id differs from the desktop file's and the metainfo's")
if manifest.get("runtime") != "org.kde.Platform":
    problems.append("not on the KDE runtime")

if shutil.which("flatpak-builder"):
    run = subprocess.run(["flatpak-builder", "--show-manifest", manifest_path],
                         capture_output=True, text=True)
    if run.returncode != 0 or "WARNING" in run.stderr or "Unknown property" in run.stderr:
        problems.append("flatpak-builder --show-manifest: " + run.stderr.strip())
else:
    print("flatpak-builder not found: its parse is skipped")

for p in problems:
    print("FAIL:", p)
print(f"{len(list(modules(manifest['modules'])))} modules checked")
sys.exit(1 if problems else 0)
