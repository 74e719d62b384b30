#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when a translation of the interface is missing.

    check_translations.py --lupdate LUPDATE ROOT

Two checks, per .ts file of translations/:
- the file as committed has no unfinished and no empty translation;
- a copy updated by lupdate from the sources under app/ still has none, so
  a string added to the code with tr() and not translated is caught before
  a user sees it in English.
Each problem is printed as "file: source text: what is wrong".
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def problems(ts_path, label):
    found = []
    root = ET.parse(ts_path).getroot()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind in ("vanished", "obsolete"):
            continue  # no longer in the code: nobody sees it
        if translation is None or kind == "unfinished":
            found.append(f"{label}: {source!r}: not translated")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")]
        texts = forms if forms else [translation.text or ""]
        if any(not t.strip() for t in texts):
            found.append(f"{label}: {source!r}: empty translation")
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("root")
    args = parser.parse_args()
    root = Path(args.root)
    ts_files = sorted((root / "translations").glob("coroscope_*.ts"))
    if len(ts_files) < 3:
        print(f"expected en, pt_BR and uk in {root / 'translations'}, found {len(ts_files)}")
        return 1
    found = []
    for ts in ts_files:
        found += problems(ts, ts.name)
    with tempfile.TemporaryDirectory() as folder:
        copies = []
        for ts in ts_files:
            copy = Path(folder) / ts.name
            shutil.copy(ts, copy)
            copies.append(copy)
        subprocess.run([args.lupdate, "-silent", "-locations", "none", str(root / "app"), "-ts",
                        *map(str, copies)], check=True)
        for copy in copies:
            found += problems(copy, f"{copy.name} (after lupdate of app/)")
    for line in found:
        print(line)
    print(f"{len(ts_files)} translation files checked, {len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
