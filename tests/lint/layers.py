#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Includes point down the layers only (DESIGN.md, "Layout"): fails on a project include from a
lower layer to a higher one, or between two folders of the same floor, unless the crossing is
listed in layers-allowed.txt (the ones that were there when this test came, each with a reason).

A bare include ("File.h") is resolved the way the compiler does: the including file's own
folder first, then the public include directories of isthmus-core.

Usage: layers.py SOURCE_DIR [ALLOW_LIST]
"""
import re
import sys
from pathlib import Path

# Bottom to top; folders on one floor share a number and may not include each other.
FLOORS = {
    "xmpp": 0,
    "account": 1,
    "storage": 2,
    # What every capability plugs into (the Capability interface, the receive pipeline and its
    # stages, the outgoing chain): below the capability folders, which may not include each other.
    "capability": 3,
    "messaging": 4, "roster": 4, "omemo": 4, "muc": 4, "gateways": 4, "files": 4,
    "session": 5,
    "models": 6,
    "desktop": 7,
    "app": 8,
}
# core/Logging.h and the like: below everything, includable from anywhere.
BASE = -1
# Where a bare "File.h" is looked for after the including file's folder (isthmus-core's public
# include directories, in their order).
INCLUDE_DIRS = ["core"]

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layer_of(path: Path, src: Path):
    """The layer folder of a source file (relative to src), or None outside the layers."""
    parts = path.relative_to(src).parts
    if parts[0] == "app":
        return "app"
    if parts[0] == "core":
        return parts[1] if len(parts) > 2 and parts[1] in FLOORS else "" if len(parts) == 2 else None
    return None


def floor_of(layer: str) -> int:
    return BASE if layer == "" else FLOORS[layer]


def resolve(including: Path, name: str, src: Path):
    for folder in [including.parent] + [src / d for d in INCLUDE_DIRS]:
        candidate = (folder / name).resolve()
        if candidate.is_file():
            return candidate
    return None


def main() -> int:
    src = Path(sys.argv[1]).resolve()
    allow_file = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).with_name("layers-allowed.txt")
    allowed = {}
    for number, line in enumerate(allow_file.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = line.split(None, 2)
        if len(fields) < 3:
            print(f"{allow_file}:{number}: needs 'FILE INCLUDED-FILE reason'")
            return 1
        allowed[(fields[0], fields[1])] = fields[2]

    found = set()
    violations = []
    files = sorted(p for d in ("core", "app") for p in (src / d).rglob("*") if p.suffix in (".h", ".cpp"))
    for path in files:
        layer = layer_of(path, src)
        if layer is None:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in INCLUDE.finditer(text):
            target = resolve(path, match.group(1), src)
            if target is None or src not in target.parents:
                continue  # generated (moc, qmltypes) or from outside the tree
            target_layer = layer_of(target, src)
            if target_layer is None or target_layer == layer:
                continue
            upward = floor_of(target_layer) > floor_of(layer)
            sideways = floor_of(target_layer) == floor_of(layer)
            if not (upward or sideways):
                continue
            key = (str(path.relative_to(src)), str(target.relative_to(src)))
            found.add(key)
            if key not in allowed:
                line = text.count("\n", 0, match.start()) + 1
                kind = "up" if upward else "sideways"
                violations.append(
                    f"{key[0]}:{line}: includes {key[1]} ({layer or 'core'} -> {target_layer}, {kind})")

    for key in sorted(set(allowed) - found):
        # Not a failure: the crossing is gone, the line can go too.
        print(f"note: {allow_file.name} lists {key[0]} -> {key[1]}, which no longer crosses; remove the line")
    if violations:
        print("Includes that point up or sideways across the layers (DESIGN.md, \"Layout\"):")
        print("\n".join(violations))
        print(f"Move the shared piece down a layer instead; {allow_file.name} is for crossings that predate this test.")
        return 1
    print(f"layers: {len(files)} files, {len(found)} known crossings (listed in {allow_file.name}), no new ones")
    return 0


if __name__ == "__main__":
    sys.exit(main())
