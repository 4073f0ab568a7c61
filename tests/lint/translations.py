#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Every string the sources show is translated in every language: lupdate runs on copies of the .ts
# files (the tree is not touched) with the build's own lupdate project, and no message may be new
# or unfinished. The OMEMO pages once stayed English in all three languages for a whole session.
# Usage: translations.py LUPDATE CMAKE GENERATE-LUPDATE-PROJECT.cmake LUPDATE-PROJECT.cmake
import json
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

lupdate, cmake, generator, project_cmake = sys.argv[1:5]
with tempfile.TemporaryDirectory() as tmp:
    # The JSON project is what the update_translations target writes; made here the same way.
    project_json = pathlib.Path(tmp) / "generated.json"
    subprocess.run([cmake, f"-DIN_FILE={project_cmake}", f"-DOUT_FILE={project_json}", "-P", generator],
                   check=True)
    project = json.loads(project_json.read_text())
    copies = {}
    for ts in project["translations"]:
        copy = pathlib.Path(tmp) / pathlib.Path(ts).name
        shutil.copy(ts, copy)
        copies[ts] = str(copy)

    def redirect(node):
        if "translations" in node:  # an empty list would keep a subproject's strings out
            node["translations"] = [copies[t] for t in node["translations"]]
        for sub in node.get("subProjects", []):
            redirect(sub)

    redirect(project)
    copy_project = pathlib.Path(tmp) / "project.json"
    copy_project.write_text(json.dumps(project))
    subprocess.run([lupdate, "-project", str(copy_project), "-no-obsolete", "-locations", "none", "-silent"],
                   check=True)
    failed = False
    if not all(pathlib.Path(c).read_text(encoding="utf-8").count("<message>") > 0 for c in copies.values()):
        print("lupdate left a language without messages: the project was not read as the build's")
        sys.exit(1)
    for original, copy in copies.items():
        text = pathlib.Path(copy).read_text(encoding="utf-8")
        missing = re.findall(r"<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?"
                             r"<translation type=\"unfinished\"", text, re.S)
        if missing:
            failed = True
            print(f"{pathlib.Path(original).name}: {len(missing)} untranslated:")
            for source in missing[:20]:
                print(f"  {source}")
    if failed:
        print("Run `cmake --build <dir> --target update_translations` and translate them.")
        sys.exit(1)
    print(f"{len(copies)} languages, every message translated")
