#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Differential tests: every script must behave the same under CPython and Coroscope.

    run_differential.py --coroscope PATH [--jobs N] [--timeout S] [SCRIPT ...]
        Runs each script under this Python (the reference, CPython 3.11) and
        under `PATH run SCRIPT`, then compares standard output byte for byte
        and the exit status. Prints a unified diff for every mismatch.

    run_differential.py --python-only [--runs N] [--jobs N] [--timeout S] [SCRIPT ...]
        Runs each script N times under this Python and checks that the output
        is identical every time and that the exit status is the expected one.
        Runs after the first use another hash seed and shift the memory layout,
        so output that depends on set order or object addresses shows up.

SCRIPT may be a path, a file name in this folder or a number prefix ("043").
Without SCRIPT, every NNN_*.py file in this folder is run. `--lessons DIR`
adds every lesson script, DIR/*/*.py, to those.

Under python3 the simulated services the lessons use (sim, requests, aiohttp,
db, redis) come from the shims/ folder here, which is put on PYTHONPATH.

A script's expected exit status is 0 unless its first line says otherwise:

    # expect-exit: 1
    # SPDX-License-Identifier: MIT

The last line printed is "N passed, M failed"; the exit status is 0 only when
nothing failed.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHIMS = HERE / "shims"
SCRIPT_PATTERN = "[0-9][0-9][0-9]_*.py"
SPDX_LINE = "# SPDX-License-Identifier: MIT"
EXPECT_EXIT = re.compile(r"#\s*expect-exit:\s*(\d+)")
MAX_DIFF_LINES = 120
REFERENCE_VERSION = (3, 11)

# Runs the script through runpy after allocating some ballast, so that
# objects land at other addresses than in a plain run.
SHIFTED_RUN = """\
import runpy, sys
size = int(sys.argv[1])
ballast = ([object() for _ in range(size)], [[] for _ in range(size % 101)], bytearray(size * 16))
sys.argv = sys.argv[2:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


@dataclass
class Run:
    stdout: bytes
    stderr: bytes
    status: int | None  # None when the run was stopped by the timeout
    seconds: float


@dataclass
class Outcome:
    script: Path
    passed: bool = True
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def fail(self, note):
        self.passed = False
        self.notes.append(note)


def read_expected_exit(script):
    """Returns (expected exit status, list of header problems)."""
    try:
        lines = script.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        return 0, [f"cannot read the script: {e}"]
    problems = []
    expected = 0
    spdx_index = 0
    match = EXPECT_EXIT.fullmatch(lines[0].strip()) if lines else None
    if match:
        expected = int(match.group(1))
        spdx_index = 1
    if len(lines) <= spdx_index or lines[spdx_index].strip() != SPDX_LINE:
        where = "second line, after # expect-exit:" if match else "first line"
        problems.append(f"the {where} must be '{SPDX_LINE}'")
    for number, line in enumerate(lines[1:10], start=2):
        if EXPECT_EXIT.search(line):
            problems.append(f"line {number}: '# expect-exit:' is only read on the first line")
    return expected, problems


def clean_environment(extra=None):
    env = dict(os.environ)
    # Settings that change asyncio's behaviour or Python's output.
    for name in ("PYTHONASYNCIODEBUG", "PYTHONDEVMODE", "PYTHONWARNINGS", "PYTHONSTARTUP"):
        env.pop(name, None)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra or {})
    return env


def stop_process_group(process):
    try:
        if hasattr(os, "killpg"):
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except ProcessLookupError:
        pass


def run(command, cwd, timeout, env):
    start = time.monotonic()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # lets a timeout stop the script's children too
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
        status = process.returncode
    except subprocess.TimeoutExpired:
        stop_process_group(process)
        stdout, stderr = process.communicate()
        status = None
    return Run(stdout, stderr, status, time.monotonic() - start)


def describe_status(status, timeout):
    if status is None:
        return f"timed out after {timeout:g}s"
    if status < 0:
        try:
            return f"killed by {signal.Signals(-status).name}"
        except ValueError:
            return f"killed by signal {-status}"
    return f"exit status {status}"


def unified_diff(expected, actual, expected_label, actual_label):
    a = expected.decode("utf-8", "replace").splitlines(keepends=True)
    b = actual.decode("utf-8", "replace").splitlines(keepends=True)
    lines = []
    for line in difflib.unified_diff(a, b, expected_label, actual_label):
        if line.endswith("\n"):
            lines.append(line)
        else:
            lines.append(line + "\n")
            lines.append("\\ No newline at end of file\n")
    if not lines:
        return f"(the bytes differ but not the lines: {expected[-40:]!r} vs {actual[-40:]!r})\n"
    if len(lines) > MAX_DIFF_LINES:
        hidden = len(lines) - MAX_DIFF_LINES
        lines = lines[:MAX_DIFF_LINES] + [f"... {hidden} more diff lines\n"]
    return "".join(lines)


def tail(data, count=8):
    text = data.decode("utf-8", "replace").rstrip("\n")
    return "\n".join(text.splitlines()[-count:]) if text else "(empty)"


def indent(text, prefix="    "):
    return "".join(prefix + line for line in text.splitlines(keepends=True)).rstrip("\n")


def python_command(script):
    return [sys.executable, str(script)]


def python_environment(extra=None):
    """The environment of a python3 run: the shims come first on the path."""
    env = clean_environment(extra)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SHIMS), env.get("PYTHONPATH")]))
    return env


def display_name(script):
    """A corpus script by its file name, a lesson script as lesson/file.py."""
    return script.name if script.parent == HERE else f"{script.parent.name}/{script.name}"


def check_against_coroscope(script, coroscope, timeout):
    outcome = Outcome(script)
    expected, problems = read_expected_exit(script)
    for problem in problems:
        outcome.fail(f"header: {problem}")
    env = clean_environment()
    reference = run(python_command(script), script.parent, timeout, python_environment())
    outcome.seconds = reference.seconds
    if reference.status != expected:
        outcome.fail(
            f"python3 gave {describe_status(reference.status, timeout)}, the script expects "
            f"{expected}; python3 stderr:\n{indent(tail(reference.stderr))}"
        )
        return outcome
    try:
        candidate = run([coroscope, "run", str(script)], script.parent, timeout, env)
    except OSError as e:
        outcome.fail(f"cannot start coroscope: {e}")
        return outcome
    outcome.seconds += candidate.seconds
    if candidate.status != reference.status:
        outcome.fail(
            f"python3 gave {describe_status(reference.status, timeout)}, coroscope gave "
            f"{describe_status(candidate.status, timeout)}; coroscope stderr:\n"
            f"{indent(tail(candidate.stderr))}"
        )
    if candidate.stdout != reference.stdout:
        outcome.fail(
            "stdout differs:\n"
            + indent(unified_diff(reference.stdout, candidate.stdout,
                                  f"python3 {script.name}", f"coroscope {script.name}"))
        )
    return outcome


def check_determinism(script, runs, timeout):
    outcome = Outcome(script)
    expected, problems = read_expected_exit(script)
    for problem in problems:
        outcome.fail(f"header: {problem}")
    first = None
    for index in range(runs):
        if index == 0:
            command = python_command(script)
            env = python_environment()
            label = "run 1"
        else:
            ballast = (index * 7919) % 20011 + index
            command = [sys.executable, "-c", SHIFTED_RUN, str(ballast), str(script)]
            env = python_environment({"PYTHONHASHSEED": str(index)})
            label = f"run {index + 1} (hash seed {index}, shifted memory)"
        result = run(command, script.parent, timeout, env)
        outcome.seconds = max(outcome.seconds, result.seconds)
        if result.status != expected:
            outcome.fail(
                f"{label}: {describe_status(result.status, timeout)}, the script expects "
                f"{expected}; stderr:\n{indent(tail(result.stderr))}"
            )
        if first is None:
            first = result
        elif result.stdout != first.stdout:
            outcome.fail(
                f"{label}: stdout differs from run 1:\n"
                + indent(unified_diff(first.stdout, result.stdout, "run 1", label))
            )
    return outcome


def find_scripts(names, lessons=None):
    if lessons is not None:
        lessons = Path(lessons)
        if not lessons.is_dir():
            raise SystemExit(f"run_differential.py: not a folder: {lessons}")
        lesson_scripts = sorted(p.resolve() for p in lessons.glob("*/*.py"))
    else:
        lesson_scripts = []
    if not names:
        return sorted(HERE.glob(SCRIPT_PATTERN)) + lesson_scripts
    scripts = []
    for name in names:
        path = Path(name)
        if path.is_file():
            scripts.append(path.resolve())
        elif (HERE / name).is_file():
            scripts.append(HERE / name)
        elif name.isdigit() and sorted(HERE.glob(f"{name}*.py")):
            scripts.extend(sorted(HERE.glob(f"{name}*.py")))
        else:
            raise SystemExit(f"run_differential.py: no such script: {name}")
    return scripts + lesson_scripts


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Compare Coroscope with CPython on the differential corpus.")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--coroscope", metavar="PATH",
                      help="the coroscope executable; it is run as 'PATH run SCRIPT'")
    mode.add_argument("--python-only", action="store_true",
                      help="only check that the scripts are deterministic under python3")
    parser.add_argument("--jobs", type=int, default=2, metavar="N",
                        help="scripts checked in parallel (default 2)")
    parser.add_argument("--runs", type=int, default=3, metavar="N",
                        help="runs per script with --python-only (default 3)")
    parser.add_argument("--timeout", type=float, default=20.0, metavar="S",
                        help="seconds before a single run is stopped (default 20)")
    parser.add_argument("--lessons", metavar="DIR",
                        help="also run every lesson script, DIR/*/*.py")
    parser.add_argument("scripts", nargs="*", metavar="SCRIPT",
                        help="a path, a file name here or a number prefix; default: all")
    args = parser.parse_args(argv)
    if args.jobs < 1 or args.runs < 1 or args.timeout <= 0:
        parser.error("--jobs, --runs and --timeout must be positive")
    if args.python_only and args.runs < 2:
        parser.error("--python-only needs --runs of at least 2 to compare anything")
    return args


def main(argv=None):
    args = parse_arguments(argv)
    if sys.version_info[:2] != REFERENCE_VERSION:
        print(f"warning: the reference is CPython {'.'.join(map(str, REFERENCE_VERSION))}, "
              f"this is {sys.version.split()[0]}", file=sys.stderr)
    scripts = find_scripts(args.scripts, args.lessons)
    if args.python_only:
        def check(script):
            return check_determinism(script, args.runs, args.timeout)
    else:
        coroscope = str(Path(args.coroscope).resolve())
        if not (Path(coroscope).is_file() and os.access(coroscope, os.X_OK)):
            raise SystemExit(f"run_differential.py: not an executable file: {args.coroscope}")

        def check(script):
            return check_against_coroscope(script, coroscope, args.timeout)

    started = time.monotonic()
    passed = failed = 0
    slowest = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for outcome in pool.map(check, scripts):
            name = display_name(outcome.script)
            slowest.append((outcome.seconds, name))
            if outcome.passed:
                passed += 1
                print(f"PASS  {name}  ({outcome.seconds:.2f}s)", flush=True)
            else:
                failed += 1
                print(f"FAIL  {name}", flush=True)
                for note in outcome.notes:
                    print(indent(note), flush=True)
    slowest.sort(reverse=True)
    summary = ", ".join(f"{name} {seconds:.2f}s" for seconds, name in slowest[:3])
    print(f"wall time {time.monotonic() - started:.1f}s; slowest: {summary}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
