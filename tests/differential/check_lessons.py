#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks lesson folders against the format in lessons/README.md.

    check_lessons.py [DIR ...]

DIR is a folder of lessons (each lesson a sub-folder with lesson.json) or a
single lesson folder; the default is the repository's lessons/ folder. Every
problem is printed as "path: what is wrong"; the exit status is 1 when there
is any, 0 otherwise.

What it checks:
- lesson.json: the fields and their types; `id` is the folder name; `order`
  is unique; every text (title, summary, labels, prompts, choices) is given
  in every language;
- scripts: listed files exist, parse as Python, start with the licence line,
  and every *.py in the folder is listed;
- parameters: a known type, a default inside [min, max]; a script parameter
  names a top-level UPPER_CASE constant of one of the scripts; a machine
  parameter is one the simulated machine has;
- narration: every step id has a section in every narration file and every
  section a step; triggers are well formed, name a listed script, and a line
  trigger points at a line of code (not blank, not only a comment);
- questions: `before` names a script, `measure` is known, choice values have
  the type the measure gives, and `correct` is one of the choices.
"""

import ast
import json
import re
import sys
from pathlib import Path

LANGUAGES = ("en", "pt_BR", "uk")
VIEWS = {"restaurant", "timeline", "code", "compare"}
TRIGGERS = {"start", "line", "taskDone", "time", "key"}
MEASURES = {"totalTime", "peakMemory", "workers", "firstDone"}
MACHINE = {"machine.cores": "int", "machine.gil": "bool",
           "machine.switch_interval": "float", "machine.process_startup": "float"}
PARAMETER_TYPES = {"int", "float", "bool"}
PY_LICENCE = "# SPDX-License-Identifier: MIT"
MD_LICENCE = "<!-- SPDX-License-Identifier: MIT -->"
SECTION = re.compile(r"^## (\S.*?)\s*$")
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CONSTANT = re.compile(r"^[A-Z][A-Z0-9_]*$")
DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "lessons"


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class Checker:
    def __init__(self):
        self.problems = []

    def problem(self, path, message):
        self.problems.append(f"{path}: {message}")

    # ------------------------------------------------------------- helpers

    def texts(self, path, where, value):
        """A dict with a non-empty string for every language."""
        if not isinstance(value, dict):
            self.problem(path, f"{where} must be an object with {', '.join(LANGUAGES)}")
            return
        for lang in LANGUAGES:
            text = value.get(lang)
            if not isinstance(text, str) or not text.strip():
                self.problem(path, f"{where} has no {lang} text")
        for lang in value:
            if lang not in LANGUAGES:
                self.problem(path, f"{where} has an unknown language {lang!r}")

    # -------------------------------------------------------------- lesson

    def lesson(self, folder, orders):
        path = folder / "lesson.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            self.problem(path, f"cannot be read: {e}")
            return
        if not isinstance(data, dict):
            self.problem(path, "must hold a JSON object")
            return
        known = {"id", "order", "title", "summary", "view", "scripts", "compare",
                 "parameters", "narration", "questions"}
        for key in data:
            if key not in known:
                self.problem(path, f"unknown field {key!r}")
        if data.get("id") != folder.name:
            self.problem(path, f"id {data.get('id')!r} is not the folder name {folder.name!r}")
        order = data.get("order")
        if not isinstance(order, int) or isinstance(order, bool):
            self.problem(path, "order must be an integer")
        elif order in orders:
            self.problem(path, f"order {order} is also used by {orders[order]}")
        else:
            orders[order] = folder.name
        self.texts(path, "title", data.get("title"))
        self.texts(path, "summary", data.get("summary"))
        if data.get("view") not in VIEWS:
            self.problem(path, f"view must be one of {sorted(VIEWS)}")
        if "compare" in data and not isinstance(data["compare"], bool):
            self.problem(path, "compare must be true or false")

        scripts = self.scripts(folder, path, data.get("scripts"))
        self.parameters(path, data.get("parameters", []), scripts)
        steps = self.narration(folder, path, data.get("narration"), scripts)
        self.narration_files(folder, steps)
        self.questions(path, data.get("questions", []), scripts)

    def scripts(self, folder, path, entries):
        """Checks the scripts; returns {file name: source lines} of those that exist."""
        scripts = {}
        if not isinstance(entries, list) or not entries:
            self.problem(path, "scripts must be a non-empty list")
            return scripts
        for index, entry in enumerate(entries):
            where = f"scripts[{index}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
                self.problem(path, f"{where} needs a file")
                continue
            name = entry["file"]
            self.texts(path, f"{where} ({name}) label", entry.get("label"))
            if name in scripts:
                self.problem(path, f"{where}: {name} is listed twice")
                continue
            script = folder / name
            if "/" in name or not name.endswith(".py"):
                self.problem(path, f"{where}: {name!r} must be a .py file in the lesson folder")
                continue
            try:
                source = script.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                self.problem(path, f"{where}: cannot read {name}: {e}")
                continue
            lines = source.splitlines()
            if not lines or lines[0] != PY_LICENCE:
                self.problem(script, f"the first line must be {PY_LICENCE!r}")
            try:
                tree = ast.parse(source, filename=str(script))
            except SyntaxError as e:
                self.problem(script, f"line {e.lineno}: {e.msg}")
                tree = None
            scripts[name] = (lines, tree)
        for script in sorted(folder.glob("*.py")):
            if script.name not in scripts and not any(
                    isinstance(e, dict) and e.get("file") == script.name for e in entries):
                self.problem(script, "is not listed in lesson.json scripts")
        return scripts

    def parameters(self, path, entries, scripts):
        if not isinstance(entries, list):
            self.problem(path, "parameters must be a list")
            return
        constants = set()
        for _lines, tree in scripts.values():
            if tree is None:
                continue
            for node in tree.body:
                targets = node.targets if isinstance(node, ast.Assign) else (
                    [node.target] if isinstance(node, ast.AnnAssign) else [])
                for target in targets:
                    if isinstance(target, ast.Name):
                        constants.add(target.id)
        names = set()
        for index, p in enumerate(entries):
            where = f"parameters[{index}]"
            if not isinstance(p, dict):
                self.problem(path, f"{where} must be an object")
                continue
            name = p.get("name")
            where = f"parameter {name!r}"
            if not isinstance(name, str):
                self.problem(path, f"parameters[{index}] needs a name")
                continue
            if name in names:
                self.problem(path, f"{where} is listed twice")
            names.add(name)
            kind = p.get("type")
            if kind not in PARAMETER_TYPES:
                self.problem(path, f"{where}: type must be int, float or bool")
                continue
            if name.startswith("machine."):
                if name not in MACHINE:
                    self.problem(path, f"{where}: the machine has no such setting "
                                       f"(known: {', '.join(sorted(MACHINE))})")
                elif MACHINE[name] != kind:
                    self.problem(path, f"{where}: type must be {MACHINE[name]}")
            elif not CONSTANT.match(name):
                self.problem(path, f"{where}: a script parameter is an UPPER_CASE constant")
            elif name not in constants:
                self.problem(path, f"{where}: no script defines the constant at top level")
            self.texts(path, f"{where} label", p.get("label"))
            default = p.get("default")
            if kind == "bool":
                if not isinstance(default, bool):
                    self.problem(path, f"{where}: default must be true or false")
                continue
            ok_default = is_number(default) and (kind == "float" or isinstance(default, int))
            if not ok_default:
                self.problem(path, f"{where}: default must be {'an integer' if kind == 'int' else 'a number'}")
            low, high = p.get("min"), p.get("max")
            if not (is_number(low) and is_number(high) and low <= high):
                self.problem(path, f"{where}: needs numbers min <= max")
            elif ok_default and not low <= default <= high:
                self.problem(path, f"{where}: default {default} is outside [{low}, {high}]")
            if "step" in p and not (is_number(p["step"]) and p["step"] > 0):
                self.problem(path, f"{where}: step must be a positive number")

    def narration(self, folder, path, entries, scripts):
        """Checks the steps; returns their ids in order."""
        ids = []
        if not isinstance(entries, list) or not entries:
            self.problem(path, "narration must be a non-empty list")
            return ids
        first = next(iter(scripts), None)
        for index, step in enumerate(entries):
            if not isinstance(step, dict) or not isinstance(step.get("id"), str):
                self.problem(path, f"narration[{index}] needs an id")
                continue
            step_id = step["id"]
            where = f"narration step {step_id!r}"
            if not ID.match(step_id):
                self.problem(path, f"{where}: an id is lower-case words joined by '-'")
            if step_id in ids:
                self.problem(path, f"{where} is listed twice")
            ids.append(step_id)
            trigger = step.get("trigger")
            if not isinstance(trigger, dict) or trigger.get("kind") not in TRIGGERS:
                self.problem(path, f"{where}: trigger kind must be one of {sorted(TRIGGERS)}")
                continue
            kind = trigger["kind"]
            allowed = {"kind", "script"} | {"line": {"line"}, "taskDone": {"task"},
                                            "time": {"seconds"}}.get(kind, set())
            for key in trigger:
                if key not in allowed:
                    self.problem(path, f"{where}: a {kind} trigger has no {key!r}")
            script = trigger.get("script", first)
            if "script" in trigger and trigger["script"] not in scripts:
                self.problem(path, f"{where}: {trigger['script']!r} is not one of the scripts")
                continue
            if kind == "line":
                self.line_trigger(folder, path, where, script, trigger.get("line"), scripts)
            elif kind == "taskDone":
                if not isinstance(trigger.get("task"), str) or not trigger["task"]:
                    self.problem(path, f"{where}: a taskDone trigger needs a task name")
            elif kind == "time":
                seconds = trigger.get("seconds")
                if not is_number(seconds) or seconds < 0:
                    self.problem(path, f"{where}: a time trigger needs seconds >= 0")
        return ids

    def line_trigger(self, folder, path, where, script, line, scripts):
        if not isinstance(line, int) or isinstance(line, bool) or line < 1:
            self.problem(path, f"{where}: a line trigger needs a line number >= 1")
            return
        if script not in scripts:
            return
        lines, _tree = scripts[script]
        if line > len(lines):
            self.problem(path, f"{where}: {script} has only {len(lines)} lines, not {line}")
            return
        text = lines[line - 1].strip()
        if not text or text.startswith("#"):
            self.problem(path, f"{where}: line {line} of {script} is "
                               f"{'blank' if not text else 'a comment'}, so no task reaches it")

    def narration_files(self, folder, ids):
        wanted = set(ids)
        for lang in LANGUAGES:
            path = folder / f"narration.{lang}.md"
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as e:
                self.problem(path, f"cannot be read: {e}")
                continue
            if not lines or lines[0] != MD_LICENCE:
                self.problem(path, f"the first line must be {MD_LICENCE!r}")
            sections = {}
            current = None
            for number, text in enumerate(lines, start=1):
                match = SECTION.match(text)
                if match:
                    current = match.group(1)
                    if current in sections:
                        self.problem(path, f"line {number}: section {current!r} appears twice")
                    sections[current] = []
                elif current is not None:
                    if text.strip():
                        sections[current].append(text)
                elif text.strip() and text != MD_LICENCE:
                    self.problem(path, f"line {number}: text before the first '## step' heading")
            for name, body in sections.items():
                if name not in wanted:
                    self.problem(path, f"section {name!r} has no narration step in lesson.json")
                elif not body:
                    self.problem(path, f"section {name!r} is empty")
            for step_id in ids:
                if step_id not in sections:
                    self.problem(path, f"no section for narration step {step_id!r}")
        for extra in sorted(folder.glob("narration.*.md")):
            lang = extra.name[len("narration."):-len(".md")]
            if lang not in LANGUAGES:
                self.problem(extra, f"unknown language {lang!r}")

    def questions(self, path, entries, scripts):
        if not isinstance(entries, list):
            self.problem(path, "questions must be a list")
            return
        ids = set()
        for index, q in enumerate(entries):
            if not isinstance(q, dict) or not isinstance(q.get("id"), str):
                self.problem(path, f"questions[{index}] needs an id")
                continue
            where = f"question {q['id']!r}"
            if q["id"] in ids:
                self.problem(path, f"{where} is listed twice")
            ids.add(q["id"])
            if q.get("before") not in scripts:
                self.problem(path, f"{where}: before {q.get('before')!r} is not one of the scripts")
            self.texts(path, f"{where} prompt", q.get("prompt"))
            measure = q.get("measure")
            if measure not in MEASURES:
                self.problem(path, f"{where}: measure must be one of {sorted(MEASURES)}")
            choices = q.get("choices")
            if not isinstance(choices, list) or len(choices) < 2:
                self.problem(path, f"{where}: needs at least two choices")
                continue
            choice_ids = []
            values = []
            for c_index, choice in enumerate(choices):
                if not isinstance(choice, dict) or not isinstance(choice.get("id"), str):
                    self.problem(path, f"{where}: choices[{c_index}] needs an id")
                    continue
                c_where = f"{where} choice {choice['id']!r}"
                if choice["id"] in choice_ids:
                    self.problem(path, f"{c_where} is listed twice")
                choice_ids.append(choice["id"])
                self.texts(path, f"{c_where} text", choice.get("text"))
                value = choice.get("value")
                if measure == "firstDone":
                    if not isinstance(value, str) or not value:
                        self.problem(path, f"{c_where}: a firstDone value is a task name")
                elif measure in MEASURES and not (is_number(value) and value >= 0):
                    self.problem(path, f"{c_where}: a {measure} value is a number >= 0")
                if value in values:
                    self.problem(path, f"{c_where}: another choice has the same value")
                values.append(value)
            if q.get("correct") not in choice_ids:
                self.problem(path, f"{where}: correct {q.get('correct')!r} is not one of "
                                   f"the choices {choice_ids}")


def lesson_folders(directory):
    if (directory / "lesson.json").is_file():
        return [directory]
    return sorted(p for p in directory.iterdir() if p.is_dir() and not p.name.startswith("."))


def main(argv):
    directories = [Path(a) for a in argv] or [DEFAULT_DIR]
    checker = Checker()
    count = 0
    for directory in directories:
        if not directory.is_dir():
            checker.problem(directory, "is not a folder")
            continue
        orders = {}
        for folder in lesson_folders(directory):
            if not (folder / "lesson.json").is_file():
                checker.problem(folder, "has no lesson.json")
                continue
            checker.lesson(folder, orders)
            count += 1
    for problem in checker.problems:
        print(problem)
    print(f"{count} lessons checked, {len(checker.problems)} problems")
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
