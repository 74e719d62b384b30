#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Rebuilds the derived part of the seed corpus (fuzz/corpus/<target>/) from
the repository: the lesson scripts, the differential suite and the hand-made
seeds for the Python targets, the lesson folders and the bad-folder
catalogue as bundles for the loader, and a few task-name runs for the trace
writer. Files another way put there (crashes found, merged inputs) stay.

    python3 fuzz/make_corpus.py
"""
import glob
import json
import os
import random
import struct

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "fuzz", "corpus")
PYTHON_TARGETS = ("lexer", "check", "interp")
DERIVED = ("lesson_", "diff_", "hand_", "bad_", "names_")


def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def clear_derived():
    for path in glob.glob(os.path.join(CORPUS, "*", "*")):
        if os.path.basename(path).startswith(DERIVED):
            os.remove(path)


def bundle(lesson, files):
    # The format of fuzz/lesson_bundle.h: lesson.json, then "=== NAME" files.
    out = json.dumps(lesson, ensure_ascii=False, indent=1) + "\n"
    for name, content in files.items():
        out += "=== " + name + "\n" + content
        if not content.endswith("\n"):
            out += "\n"
    return out


def python_seeds():
    for path in sorted(glob.glob(os.path.join(ROOT, "lessons", "*", "*.py"))):
        lesson = os.path.basename(os.path.dirname(path))
        yield "lesson_%s_%s" % (lesson, os.path.basename(path)), open(path, "rb").read()
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "differential", "*.py"))):
        if os.path.basename(path)[0].isdigit():
            yield "diff_" + os.path.basename(path), open(path, "rb").read()
    for path in sorted(glob.glob(os.path.join(ROOT, "fuzz", "seeds", "*.py"))):
        yield "hand_" + os.path.basename(path), open(path, "rb").read()


def lesson_bundles():
    for folder in sorted(glob.glob(os.path.join(ROOT, "lessons", "*", ""))):
        manifest = os.path.join(folder, "lesson.json")
        if not os.path.exists(manifest):
            continue
        lesson = json.load(open(manifest, encoding="utf-8"))
        files = {}
        for path in sorted(glob.glob(os.path.join(folder, "*"))):
            name = os.path.basename(path)
            if name != "lesson.json" and name.endswith((".py", ".md")):
                files[name] = open(path, encoding="utf-8").read()
        yield "lesson_%s" % os.path.basename(folder.rstrip("/")), bundle(lesson, files)
    catalogue = json.load(
        open(os.path.join(ROOT, "tests", "app", "bad_inputs", "catalogue.json"), encoding="utf-8"))
    base = catalogue["base"]
    for row in catalogue["folders"]:
        # Links, folders, pipes and sparse files cannot be written by a bundle.
        if any(k in row for k in ("links", "dirs", "fifos", "sparse")):
            continue
        lesson = dict(base["lesson"])
        lesson.update(row.get("lesson", {}))
        files = dict(base["files"])
        for name, content in row.get("files", {}).items():
            if content is None:
                files.pop(name, None)
            elif isinstance(content, str):
                files[os.path.basename(name)] = content
        text = bundle(lesson, files)
        # The size caps' rows would make the corpus too big to keep.
        if len(text) <= 64 * 1024:
            yield "bad_" + row["name"], text


def trace_seeds():
    # FuzzedDataProvider reads strings from the front and numbers from the
    # back: a few names (quotes, backslashes, controls, non-ASCII, bytes
    # that are not UTF-8) followed by the bytes that shape the run.
    names = [b"main", b'say "hi"\\', b"tab\there\nnew", b"\x01\x1f\x7f", "café ☕ 服务员".encode(),
             b"\xff\xfe bad", b"\xed\xa0\x80 surrogate", b"\xc0\xaf overlong", b"\xe2\x82 cut"]
    rng = random.Random(11)
    for i in range(12):
        picked = rng.sample(names, k=min(len(names), 1 + i % 6))
        # ConsumeRandomLengthString ends a string at a lone backslash not
        # followed by another: escape the ones in names.
        text = b"\\".join(n.replace(b"\\", b"\\\\") for n in picked) + b"\\"
        tail = bytes(rng.randrange(256) for _ in range(24)) + struct.pack("B", len(picked))
        yield "names_%02d" % i, text + tail


def main():
    clear_derived()
    for name, data in python_seeds():
        for target in PYTHON_TARGETS:
            write(target, name, data)
    for name, data in lesson_bundles():
        write("lesson_loader", name, data)
    for name, data in trace_seeds():
        write("chrome_trace", name, data)


if __name__ == "__main__":
    main()
